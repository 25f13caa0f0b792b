import type { Level } from '../../bank/question.ts';
import type { Analysis, Sentence } from '../text/analyse.ts';

/**
 * The seniority signals of BRIEF §6, detected per sentence over lemmas (so
 * "load-tested", "load tests" and "load testing" meet), with synonyms as
 * alternatives and negation honoured: "we had no rate limiting" is not a
 * rate-limiting signal. Each signal is a category; an answer shows a level by
 * the number of distinct categories of that level it states, not by how often
 * it repeats one word. Written from the brief, not from any answer set.
 */
export interface SignalHit {
  readonly level: Exclude<Level, 'junior'> | 'junior';
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

type Tier = SignalHit['level'];

/** Patterns over a sentence's lemma string (lower case, tokens joined by single spaces). */
const SIGNALS: readonly (readonly [Tier, string, RegExp])[] = [
  // junior: a small, well-scoped change; a proven tool adopted instead of built; a modest result.
  ['junior', 'proven-tool', /\b(proven|off the shelf|off-the-shelf|existing|standard|ready-made|open-source|open source) (job |queue |retry )?(library|tool|framework|module|package|solution)\b/],
  ['junior', 'adopted-tool', /\bbuilt[- ]in support\b|\brather than (write|build|writing|building) (my|our) own\b|\binstead of (write|build|fix|writing|building|fixing) our\b|\badopt (an? )?(existing|proven)\b|\b(follow|per) (the |our )?runbook\b|\brunbook say\b/],
  ['junior', 'learning', /\b(help from|ask) (someone|a) (more experienc\w*|senior)\b|\bless sure\b|\bnot sure how\b|\bstart(ed)? to learn\b|\bfirst (real )?(task|project)\b|\buniversity\b|\bas secondary\b|\b(first|second) on-call\b|\b(eighteen|six|nine|[0-9]+) month (of experience|at)\b/],
  ['junior', 'reviewed-by-senior', /\bmy (senior|lead|mentor|tech lead)\b|\b(senior|lead) (engineer )?review\b/],
  ['junior', 'small-change', /\b(small|simple|first|one-line|a few line) (change|fix|script|task|feature|ticket)\b/],
  // mid: owns a component end to end; queues, rate limiting, idempotency, load tests, metrics; hard numbers.
  ['mid', 'ownership', /\b(i|we) (design and )?own (the|a|our|this|that)\b|\bend[- ]to[- ]end\b|\bowner of\b|\bi (design|build) and (own|run)\b/],
  ['mid', 'event-driven', /\bevent[- ]driven\b|\b(publish|consume|emit) (a |an |the )?[a-z-]*\s?event\b|\bconsumer group\b/],
  ['mid', 'queue', /\b(queue|kafka|broker|pub ?sub|sqs|rabbitmq|message bus)\b/],
  ['mid', 'rate-limit', /\brate[- ]?limit(er|ing)?\b|\bthrottl\w*\b|\bbackpressure\b/],
  ['mid', 'idempotency', /\bidempoten\w*\b|\bunique constraint\b|\bdedup\w*\b|\bdouble[- ](credit|charge|process|send)\b|\bsafe to (run|retry|replay) twice\b/],
  ['mid', 'load-test', /\bload[- ]?test\w*\b|\bstress[- ]test\w*\b|\b(beyond|above|twice|three time|[0-9]+x) (the )?(expected )?peak\b/],
  ['mid', 'metrics', /\b(metric|dashboard|alert|alerting|histogram|grafana|prometheus)\b/],
  ['mid', 'throughput', /\b[0-9][0-9,.]*( [a-z-]+){0,2} (a|per) (second|minute)\b|\b[0-9][0-9,.]* ?(k )?(rps|qps|tps)\b/],
  ['mid', 'hard-number', /\b[0-9][0-9,.]* ?(%|percent|per cent|ms|millisecond)|\bp ?95\b|\b[0-9.]+ ?(k|m|million|thousand) (request|event|message|user|row|order)/],
  ['mid', 'capacity', /\bcapacity plan\w*\b|\bback[- ]of[- ]the[- ]envelope\b|\b(quick )?estimate from\b|\brevisit if\b|\b(grow|grew) (tenfold|[0-9]+x)\b|\bwith number first\b/],
  ['mid', 'cache', /\bcache\b|\bttl\b|\bconditional (write|update|decrement)\b|\bcompare[- ]and[- ]swap\b/],
  ['mid', 'safeguard', /\bcircuit breaker\b|\bfallback\b|\blinter\b|\bin ci\b|\block timeout\b|\btimeout to\b/],
  // senior: multi-region, durability, checkpointed persistent queues, migration without disruption, P99 SLOs.
  ['senior', 'multi-region', /\b(second|other|another|backup|home) region\b|\bfailover\b|\bshift [a-z ]{0,20}traffic\b|\bmulti[- ]?region\b|\b(two|three|several|multiple|[2-9]) (region|datacenter|data center|availability zone|zone)\b|\bregional failover\b|\bcross[- ]region\b/],
  ['senior', 'durability', /\bdurab\w*\b|\bdurably\b|\b(zero|no) (lose|lost|data loss)\b|\bwithout (data )?loss\b|\breplicated (persistent )?log\b/],
  ['senior', 'checkpoint', /\bcheckpoint\w*\b|\bcommit (their |the |its )?offset\b|\bpersistent (queue|log)\b|\bwrite[- ]ahead log\b/],
  ['senior', 'migration', /\b(migrat\w*|cut ?over|move) [^.]{0,60}\b(without|no|zero) (downtime|disruption|outage|interruption)\b|\bzero[- ]downtime\b|\bmirror(ed)? traffic\b|\bcut ?over [a-z]+ by [a-z]+\b|\bonline migration\b|\bexpand[- ](and[- ])?contract\b/],
  ['senior', 'slo', /\bp ?99(\.9)?\b|\bp999\b|\bslo\b|\blatency (target|budget|objective)\b|\berror budget\b/],
  ['senior', 'leadership', /\bi lead (the|a|our)\b|\bi mentor\b|\bincident (command(er)?|lead)\b/],
  ['senior', 'resilience', /\bload shedding\b|\bshed (request|load|traffic)\b|\bretry budget\b|\bjitter\b|\bfault[- ]injection\b|\bchaos\b|\bgame day\b/],
  ['senior', 'scale-out', /\b(partition|shard) (by|on)\b|\bshard(ed|ing)?\b|\bchange data capture\b|\bcdc\b|\bread path\b|\bsystem of record\b/],
  // staff+: organisation-wide platform, many teams, pluggable backends, SLA tiers, federated regions, shadow-mode dual writes, staged rollout.
  ['staff', 'org-platform', /\b(data|shared|internal|developer|common) platform\b|\bplatform[- ]wide\b|\bpaved road\b|\bfor the platform\b|\bcross[- ]cutting\b|\bdecision record\b|\b(organi[sz]ation|company|org)[- ]?(wide|'s shared)\b|\bshared (platform|library|infrastructure|service)\b|\bplatform (team|for (all|every|the other))\b/],
  ['staff', 'many-teams', /\b([5-9]|[1-9][0-9]+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|dozen|twenty|thirty|forty|fifty|hundred|many|all (the|our)|every) [a-z-]* ?(engineering |product |service )?team\b|\bguild\b|\bcross[- ]team\b|\bacross team\b|\bworking group\b|\brfc\b/],
  ['staff', 'pluggable', /\bpluggable\b|\bswappable\b|\binterchangeable\b|\b(different|another|new) backend\b|\bplug[- ]in (backend|policy|policies)\b|\bbehind one (client |common )?(api|interface)\b/],
  ['staff', 'sla-tiers', /\bsla[- ]?tier\w*\b|\b(three|two|four|[2-9]) [a-z-]* ?tier\b|\bper tier\b|\btiered\b|\btier[- ](one|two|three|1|2|3)\b|\b(standard|premium|bulk|interactive|gold) tier\b/],
  ['staff', 'federated', /\bfederat\w*\b/],
  ['staff', 'shadow-dual-write', /\bshadow\b|\bdual[- ]?writ\w*\b/],
  ['staff', 'staged-rollout', /\bstaged (rollout|migration)\b|\b(gradual|phased|incremental) (rollout|migration)\b|\broll(ed)? out [^.]{0,30}\b(by|per) (tier|region|team)\b|\bteam by team\b|\bregion by region\b/],
];

const NEGATORS = new Set(['no', 'not', 'never', 'without', "n't"]);

/** A sentence's lemmas as one string, with the start offset of each character's token. */
function lemmaLine(s: Sentence): { line: string; at: number[]; tokenOf: number[] } {
  let line = '';
  const at: number[] = [];
  const tokenOf: number[] = [];
  let prevEnd = -1;
  let prevHyphen = false;
  s.tokens.forEach((t, i) => {
    if (t.kind === 'punctuation' && t.value !== '%' && t.value !== '-') return;
    const piece = t.kind === 'number' ? t.value.toLowerCase() : t.lemma;
    const hyphen = t.value === '-';
    const glued = (hyphen || prevHyphen) && t.start === prevEnd;
    prevEnd = t.end;
    prevHyphen = hyphen;
    if (line.length > 0 && !glued) {
      line += ' ';
      at.push(t.start);
      tokenOf.push(i);
    }
    for (let k = 0; k < piece.length; k++) {
      line += piece[k];
      at.push(t.start);
      tokenOf.push(i);
    }
  });
  return { line, at, tokenOf };
}

/** The match sits under a negation: a negated token, or a negator just before it. */
function negated(s: Sentence, first: number, last: number): boolean {
  for (let i = Math.max(0, first - 3); i <= last; i++) {
    const t = s.tokens[i];
    if (t === undefined) continue;
    if (i >= first && t.negated) return true;
    if (i < first && NEGATORS.has(t.lemma)) return true;
  }
  return false;
}

/** Each category once, at its first sentence; `every` lists every sentence that carries one. */
export function seniorityHits(a: Analysis, every = false): SignalHit[] {
  const hits: SignalHit[] = [];
  const seen = new Set<string>();
  a.sentences.forEach((s) => {
    const { line, at, tokenOf } = lemmaLine(s);
    for (const [level, id, re] of SIGNALS) {
      if (seen.has(id) && !every) continue;
      const m = re.exec(line);
      if (m === null) continue;
      const first = tokenOf[m.index] ?? 0;
      const last = tokenOf[m.index + m[0].length - 1] ?? first;
      if (negated(s, first, last)) continue;
      const end = s.tokens[last]?.end ?? at[m.index]!;
      seen.add(id);
      hits.push({ level, id, start: at[m.index] ?? s.start, end });
    }
  });
  // Hard numbers (BRIEF §6, mid): several measured quantities, not one.
  const measured = a.quantities.filter((q) => q.type !== 'ORDINAL' && q.type !== 'DATE' && /\d/.test(a.text.slice(q.start, q.end)));
  const third = measured[2];
  if (third !== undefined && !hits.some((h) => h.id === 'several-numbers')) {
    hits.push({ level: 'mid', id: 'several-numbers', start: third.start, end: third.end });
  }
  return hits;
}

/** Distinct signal categories per level. */
export function signalCounts(hits: readonly SignalHit[]): Record<Tier, number> {
  const n: Record<Tier, number> = { junior: 0, mid: 0, senior: 0, staff: 0 };
  for (const h of hits) n[h.level]++;
  return n;
}

/**
 * The level the signals show: the highest level with enough distinct
 * categories. Junior signals (a proven tool adopted, a reviewed small change)
 * ask for one more mid category before the answer reads as mid. An answer
 * with no junior signal and too little of any other is not placed (null):
 * the absence of signals is not evidence of a junior.
 */
export function levelOf(hits: readonly SignalHit[]): Level | null {
  const n = signalCounts(hits);
  if (n.staff >= 2) return 'staff';
  if (n.senior >= 3 || (n.senior >= 2 && 2 * n.senior >= n.mid + 1)) return 'senior';
  if (midEvidence(hits) >= MID_EVIDENCE) return 'mid';
  return n.junior > 0 ? 'junior' : null;
}

/**
 * Evidence of at least mid level: owning a component counts double (it is
 * the mid signal of BRIEF §6), a mechanism or throughput figure once, a bare
 * percentage or several numbers half, a senior signal half (a mid answer may
 * touch one); a junior signal (a proven tool adopted, help asked for) takes
 * three away.
 */
const MID_EVIDENCE = 2.5;
function midEvidence(hits: readonly SignalHit[]): number {
  let v = 0;
  for (const h of hits) {
    if (h.level === 'junior') v -= 3;
    else if (h.level === 'senior') v += 0.5;
    else if (h.level === 'mid') v += h.id === 'ownership' ? 2 : h.id === 'hard-number' || h.id === 'several-numbers' ? 0.5 : 1;
  }
  return v;
}

/** Seniority depth 0–1: distinct categories weighted by level (mid 1, senior 2, staff 3). */
export function depthOf(hits: readonly SignalHit[]): number {
  const n = signalCounts(hits);
  return Math.min(1, (n.mid + 2 * n.senior + 3 * n.staff) / 14);
}
