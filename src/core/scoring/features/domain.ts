import { stem } from '../text/stem.ts';
import { canonical } from '../text/synonyms.ts';

function stems(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => canonical(stem(w))));
}

/**
 * The vocabulary of distributed and backend engineering (BRIEF §4–§7), used
 * to judge relevance when no bank rubric is available or when a story may
 * range over the whole domain.
 */
export const DOMAIN_VOCABULARY = stems(`
  distributed system service microservice api endpoint request response client server node cluster
  replica shard partition queue topic stream event message broker consumer producer kafka rabbitmq
  database sql nosql postgres mysql cassandra dynamo mongodb redis cache index schema table column row
  consistency consistent eventual strong linearizable quorum consensus raft paxos leader follower election
  latency throughput p99 p95 percentile load traffic scale capacity bottleneck performance profile
  failure fault outage incident retry timeout backoff circuit breaker idempotent idempotency key
  deploy rollout rollback canary migration version compatible contract protocol grpc http rest
  monitor alert metric dashboard trace log observability slo sla uptime availability durability
  network partition region zone datacenter cloud aws gcp azure kubernetes container docker pod
  lock transaction atomic isolation concurrency conflict order sequence clock timestamp vector
  hash ring lookup routing gossip heartbeat membership rebalance replication sharding storage disk
  memory cpu thread async sync batch pipeline job worker scheduler cron automation script terraform
  security encryption tls auth token secret permission access audit compliance
  payment order checkout inventory user customer tenant billing
  go java rust python typescript node erlang scala kotlin c++ language runtime garbage
  design architecture tradeoff decision alternative benchmark test validation prototype
`);

/** Words of a work story: who, where, when and with what result. */
export const NARRATIVE_VOCABULARY = stems(`
  i we my our team company startup employer manager lead engineer developer architect sre role job
  project product customer week month year day hour minute night weekend quarter
  responsible owned led built wrote designed migrated fixed shipped launched debugged investigated
  result reduced improved increased dropped saved cut percent ms second
  learned mentor promoted joined moved interview role position hiring opportunity mission
  problem issue bug ticket root cause postmortem on-call pager
`);
