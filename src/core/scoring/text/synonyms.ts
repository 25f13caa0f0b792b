import { stem } from './stem.ts';

/**
 * Plain-word synonym sets of the domain, so a paraphrase that avoids the
 * textbook term still meets the claim ("copies on three machines" ~
 * "replicas on three nodes"). Each set maps its members' stems to the stem of
 * its first word. Kept to ideas the bank's rubrics talk about (BRIEF §4–§7).
 */
const SETS: readonly (readonly string[])[] = [
  ['replica', 'copy', 'copies', 'replicate', 'replication', 'duplicate', 'mirror', 'backup'],
  ['shard', 'partition', 'split', 'slice', 'chunk', 'bucket', 'segment'],
  ['node', 'server', 'machine', 'instance', 'host', 'box', 'peer', 'member', 'replica-set'],
  ['fail', 'failure', 'crash', 'outage', 'down', 'die', 'dead', 'unavailable', 'fault', 'break'],
  ['retry', 'resend', 'redeliver', 'reattempt', 'repeat', 'again'],
  ['order', 'ordering', 'sequence', 'sequential', 'sort'],
  ['clock', 'timestamp', 'time', 'wall-clock'],
  ['quorum', 'majority', 'consensus', 'agree', 'agreement', 'vote'],
  ['latency', 'delay', 'slow', 'lag', 'response-time', 'wait'],
  ['throughput', 'capacity', 'bandwidth', 'volume', 'rate', 'rps', 'qps'],
  ['cache', 'memoize', 'memcached', 'redis'],
  ['lock', 'mutex', 'lease', 'latch'],
  ['queue', 'buffer', 'topic', 'stream', 'kafka', 'broker'],
  ['consistent', 'consistency', 'agree', 'same', 'identical', 'coherent'],
  ['conflict', 'clash', 'collision', 'concurrent', 'simultaneous', 'race'],
  ['converge', 'convergence', 'eventually', 'settle', 'catch-up', 'sync', 'synchronize', 'reconcile'],
  ['idempotent', 'idempotency', 'dedupe', 'deduplicate', 'deduplication', 'exactly-once'],
  ['version', 'revision', 'generation', 'etag'],
  ['encrypt', 'encryption', 'cipher', 'tls', 'ssl'],
  ['auth', 'authenticate', 'authentication', 'authorize', 'authorization', 'login', 'identity'],
  ['key', 'id', 'identifier'],
  ['network', 'link', 'connection', 'connectivity'],
  ['monitor', 'observe', 'observability', 'alert', 'dashboard', 'metric', 'watch'],
  ['scale', 'scaling', 'grow', 'expand', 'horizontal'],
  ['database', 'db', 'datastore', 'store', 'storage', 'postgres', 'mysql', 'cassandra', 'dynamo'],
  ['heartbeat', 'ping', 'health-check', 'probe'],
  ['rebalance', 'reshuffle', 'redistribute', 'move', 'migrate'],
  ['transaction', 'atomic', 'atomically', 'all-or-nothing'],
  ['write', 'update', 'modify', 'save', 'put', 'insert'],
  ['read', 'fetch', 'get', 'load', 'query', 'lookup'],
  ['user', 'customer', 'client', 'caller'],
  ['deploy', 'release', 'rollout', 'ship', 'launch'],
  ['measure', 'benchmark', 'profile', 'load-test', 'test'],
];

const CANONICAL = new Map<string, string>();
for (const set of SETS) {
  const head = stem(set[0] ?? '');
  for (const word of set) {
    const s = stem(word);
    // First set wins: a word in two sets keeps its first meaning, deterministically.
    if (!CANONICAL.has(s)) CANONICAL.set(s, head);
  }
}

/** The synonym-set representative of a stem, or the stem itself. */
export function canonical(stemmed: string): string {
  return CANONICAL.get(stemmed) ?? stemmed;
}
