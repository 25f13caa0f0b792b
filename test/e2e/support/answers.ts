/**
 * What the simulated candidates of the browser tests say. The strong answers
 * follow each question type's rubric (STAR with numbers, trade-offs, named
 * projects); the thin ones are one-liners that invite a follow-up.
 */
const STRONG: readonly (readonly [RegExp, string])[] = [
  [
    /professional experience|distributed systems\. Which roles/i,
    'For four years I was a backend engineer at Northwind Logistics, on the shipment-tracking platform: 40 services on Kubernetes, Kafka between them and PostgreSQL with read replicas. I personally owned the event ingestion pipeline. I moved it from a cron batch to a Kafka consumer group with idempotent writes keyed by event id, which cut tracking delay from 15 minutes to under 10 seconds at about 3,000 events per second. In 2022 I was promoted to lead the three-person platform team, where I introduced SLOs and p99 latency dashboards.',
  ],
  [
    /solved a problem|specific time/i,
    'Last year our order service double-charged about 0.3% of customers after a network blip. I was the on-call engineer and owned the fix. I traced it to client retries hitting two instances that both read the order as unpaid. I added an idempotency key column with a unique constraint, made the payment call a conditional update on the version, and wrote a reconciliation job. Duplicate charges went from roughly 40 a week to zero over the next three months, and I wrote the post-mortem the team still uses.',
  ],
  [
    /network between some of your nodes fails|partition/i,
    'First I would decide, per operation, whether we favour consistency or availability. For the write path of balances I would keep a majority quorum: the minority side refuses writes and returns a clear retryable error, so we never have two leaders. For reads of catalogue data I would serve possibly stale data from the minority side with a staleness header. While it happens I would watch quorum health and error rates, fence the old leader with an epoch number, and after the partition heals let anti-entropy repair replicas. The trade-off is lower availability for writes during the partition in exchange for no lost updates.',
  ],
  [
    /high-severity production incident|incident you handled/i,
    'In March our checkout API started timing out at 9 am; error rate reached 35% and we lost about 20,000 euros an hour. I was the incident commander. I saw connection pool exhaustion on the primary database, caused by a new report query without an index. I personally killed the query, disabled the report behind a feature flag and scaled the pool, which recovered checkout in 18 minutes. Afterwards I added a query timeout, a slow-query alert and a load test in CI; we have had no repeat in a year.',
  ],
  [
    /why this team|particular role|Why do you want/i,
    'I want this role because your team owns the payment ledger, and correctness under retries and concurrency is exactly the work I have enjoyed most: my idempotency and reconciliation work at Northwind was the best year of my career. I read your engineering blog post on moving to event sourcing and I would like to help with the migration, and I want to grow towards leading design reviews, which your job description mentions.',
  ],
  [
    /distributed hash table/i,
    'A distributed hash table splits a key space across nodes using consistent hashing: each node owns a range on a hash ring, often with virtual nodes for balance. A key is stored on the first node clockwise from its hash and replicated to the next N nodes. When a node joins or leaves only its neighbouring ranges move, so rebalancing is proportional to 1/N of the data. Lookups are routed with finger tables in Chord or XOR distance in Kademlia, in O(log N) hops. When a node fails, replicas serve the data and a repair process re-replicates.',
  ],
];

const FALLBACK =
  'In my last role I personally designed and ran the service that handled this, measured the result (p99 latency went from 800 ms to 120 ms), and weighed the trade-off between consistency and availability before choosing quorum writes.';

export function strongAnswer(question: string): string {
  return STRONG.find(([re]) => re.test(question))?.[1] ?? FALLBACK;
}

export const THIN_ANSWER = 'We fixed it quickly and it worked.';

export function weakAnswer(): string {
  return 'I would probably use some tools and it would be fine.';
}
