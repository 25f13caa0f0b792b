/**
 * Surface cues the rubric of BRIEF §3 names: reasons, decisions, trade-offs,
 * STAR parts, modality, hedging. Each is a phrase list compiled to one
 * case-insensitive regular expression, so a match carries its own offsets
 * and can be quoted as evidence. These are type-level cues, written from the
 * rubric, not from any answer set.
 */
export interface CueMatch {
  readonly start: number;
  readonly end: number;
}

function compile(phrases: readonly string[], patterns: readonly RegExp[] = []): RegExp {
  const body = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, "[\\s-]+"));
  return new RegExp(`(?<![\\w'])(?:${[...body, ...patterns.map((r) => r.source)].join('|')})(?![\\w'])`, 'gi');
}

/** Where a story is set: "at a payments company", "on the billing team". */
const SETTING = /(?:at|for|with|in) an? (?:[\w-]+ ){0,3}(?:company|startup|start-up|scale-up|bank|fintech|retailer|site|shop|agency|marketplace|business|insurer|firm|consultancy|employer|provider|platform|organi[sz]ation|enterprise|client)|on (?:the|our|a) (?:[\w-]+ ){1,2}team/;
/** When it happened: "two weeks ago", "last spring", "in 2021". */
const WHEN = /(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|\d+) (?:days|weeks|months|years|quarters|day|week|month|year|quarter) ago|last (?:week|month|year|quarter|spring|summer|autumn|fall|winter|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:in|during) (?:19|20)\d\d|on a (?:[\w-]+ )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|sale day|holiday|weekend)/;
/** "Once, during a sale…": at a sentence's start only (not "exactly once,"). */
const STORY_OPENER = /(?<=(?:^|[.!?]\s+))once,/;
/** Something of theirs that went wrong: "our checkout p99 jumped", "our broker cluster lost quorum". */
const OUR_TROUBLE = /our (?:[\w'-]+ ){1,3}(?:kept|started|began|stopped|broke|failed|crashed|jumped|spiked|dropped|lost|missed|ran out|went down|timed out|slowed)/;
/** The candidate's role in it: "I was on call", "I'm responsible for", "as the engineer on call", "I led the response". */
const ROLE = /i(?: was|'m| am) (?:the )?(?:primary |secondary |first |second )?(?:on[- ]call|incident commander|(?:tech |team |on-call )?lead|owner|responsible|in charge)|i(?:'m| am) the one who|the (?:[\w-]+ )?(?:problem|goal|task|challenge|ask) was|as the (?:[\w-]+ ){0,3}(?:engineer|lead|owner|on[- ]call)|i took (?:incident )?(?:command|charge|the lead)|i (?:led|coordinated) (?:the|one|an?) (?:[\w-]+ )?(?:response|incident|investigation|fix|migration|project|effort|rollout|redesign|channel)|my (?:task|job|goal|role|responsibility) as (?:[\w-]+ ){1,3}was/;

export const CUES = {
  /** A reason or consequence attached to a claim: the "concept with a reason" test. */
  reason: compile([
    'because', 'since', 'so that', 'so we', 'so i', 'so the', 'so it', 'which means', 'which meant', 'that means',
    'therefore', 'thus', 'otherwise', 'in order to', 'to avoid', 'to prevent', 'to make sure', 'to ensure',
    'as a result', 'the reason', 'due to', 'caused by', 'leads to', 'led to', 'resulting in', 'which lets',
    'which let', 'which gives', 'guarantees', 'ensures', 'prevents', 'avoids', 'means that', 'the point is',
    ', so', 'so that', 'only if', 'as long as', 'at the cost', 'which is why', 'that is why', 'that\'s why',
  ]),
  decision: compile([
    'i chose', 'i choose', 'we chose', 'i decided', 'we decided', 'i picked', 'i went with', 'we went with',
    'i settled on', 'i opted', 'i prefer', 'i\'d pick', 'i\'d choose', 'i would choose', 'i would pick',
    'i recommend', 'i\'d recommend', 'i would recommend', 'my choice', 'the decision', 'i\'d go with',
    'i would go with', 'i\'d use', 'i would use', 'choose', 'pick', 'prefer', 'use it when', 'use it for', 'i\'d start', 'i would start', 'so i used', 'i proposed',
    'i pushed for', 'i argued', 'we settled on', 'instead of', 'rather than', 'chose', 'decided', 'picked',
  ]),
  tradeoff: compile([
    'trade-off', 'tradeoff', 'trade off', 'at the cost of', 'the cost is', 'the downside', 'downside',
    'the price', 'on the other hand', 'but it', 'but that', 'but this', 'however', 'versus', 'vs',
    'instead of', 'rather than', 'in exchange', 'costs', 'at the expense', 'weighed', 'the risk',
    'cheaper', 'slower', 'faster', 'more expensive', 'less consistent', 'whereas', 'pros and cons',
    'accept', 'accepting', 'accepts', 'give up', 'sacrifice', 'the catch', 'costs more', 'cost of',
    'expensive', 'overhead', 'at the risk', 'risk', 'worth it', 'not worth',
  ]),
  sequence: compile([
    'first', 'firstly', 'second', 'secondly', 'third', 'then', 'next', 'after that', 'finally', 'step one',
    'step two', 'the first step', 'before', 'once', 'afterwards', 'meanwhile', 'last', 'lastly', 'to start',
  ]),
  context: compile([
    'it depends', 'depends on', 'if the', 'if it', 'if we', 'if they', 'if there', 'unless', 'given that',
    'in this case', 'in that case', 'for this', 'for a', 'when the', 'assuming', 'as long as', 'provided',
    'in our case', 'for example', 'for instance', 'such as', 'e.g', 'if', 'when', 'where the', 'for anything',
    'for money', 'for payments', 'depending on', 'in that situation', 'at this scale', 'at that scale',
  ]),
  hedge: compile([
    'i think maybe', 'maybe', 'perhaps', 'i guess', 'kind of', 'sort of', 'not sure', 'i\'m not sure',
    'probably', 'i believe', 'something like', 'stuff like that', 'or something', 'and so on', 'etc',
    'i don\'t know', 'i dunno', 'basically', 'more or less', 'some kind', 'things like',
  ]),
  /** Hypothetical modality: what one would do, not what one did. */
  hypothetical: compile([
    'i would', 'i\'d', 'i will', 'i\'ll', 'i could', 'i might', 'i should', 'i\'d probably', 'we would',
    'we\'d', 'we could', 'we might', 'we will', 'we\'ll', 'you would', 'you\'d', 'you could', 'you should',
    'one would', 'would be to', 'my approach would', 'the approach would', 'would probably', 'i tend to',
    'i usually', 'i always', 'i generally', 'i normally', 'if i were', 'if i had to', 'ideally',
    'in general', 'typically', 'generally',
  ]),
  situation: compile([
    'at my last', 'at my previous', 'at my current', 'in my last', 'in my previous', 'last year',
    'a few years ago', 'years ago', 'months ago', 'when i was', 'when i worked', 'while i was', 'at the time',
    'we had a', 'there was a', 'our team', 'our service', 'our system', 'the company', 'a startup',
    'one time', 'back then', 'my previous job', 'my last job', 'we were', 'recently', 'i work on',
    'i worked on', 'a teammate', 'a colleague',
  ], [SETTING, WHEN, OUR_TROUBLE, STORY_OPENER]),
  task: compile([
    'i was responsible', 'my job was', 'my task was', 'my goal was', 'the goal was', 'i needed to',
    'i had to', 'i was asked', 'i was tasked', 'my role was', 'i owned', 'i was in charge', 'i took on',
    'it was my', 'i was the', 'the task was', 'we needed to', 'we had to', 'the challenge', 'my responsibility',
    'i took ownership', 'i volunteered', 'i took it', 'i maintain', 'i was asked to',
  ], [ROLE]),
  result: compile([
    'as a result', 'the result', 'in the end', 'afterwards', 'since then', 'went from', 'dropped',
    'reduced', 'cut', 'improved', 'increased', 'decreased', 'fell', 'saved', 'eliminated', 'no longer',
    'down to', 'up to', 'resolved', 'fixed', 'outcome', 'which brought', 'brought', 'halved',
    'doubled', 'zero', 'never again', 'stopped', 'has not', 'hasn\'t',
  ]),
  operations: compile([
    'monitor', 'monitoring', 'alert', 'alerts', 'alerting', 'on-call', 'on call', 'pager', 'dashboard',
    'dashboards', 'metrics', 'postmortem', 'post-mortem', 'runbook', 'incident', 'incidents', 'slo',
    'slos', 'sla', 'observability', 'tracing', 'logs', 'in production', 'rollback', 'roll back',
  ]),
  migration: compile([
    'migrate', 'migrated', 'migration', 'cut over', 'cutover', 'rolled out', 'rollout', 'dual write',
    'dual-write', 'shadow', 'backfill', 'phased', 'staged', 'one at a time', 'gradually', 'canary',
  ]),
  generic: compile([
    'passionate', 'i love', 'love to', 'excited', 'exciting', 'great company', 'great opportunity',
    'grow', 'growth', 'learn new', 'new challenges', 'challenging', 'dream job', 'good culture',
    'great culture', 'any company', 'any job', 'good salary', 'career', 'i am a hard worker',
    'team player', 'fast-paced', 'cutting-edge', 'cutting edge', 'innovative',
  ]),
} as const;

export type CueKind = keyof typeof CUES;

export function findCues(text: string, kind: CueKind): CueMatch[] {
  const re = CUES[kind];
  re.lastIndex = 0;
  const out: CueMatch[] = [];
  for (const m of text.matchAll(re)) {
    if (m.index !== undefined) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
