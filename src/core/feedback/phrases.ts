/**
 * The only sentences candidate feedback is made of: fixed plain words per
 * scoring rule (a strength) and per gap code or flag (something to work on),
 * written from the rubric of BRIEF §3. Nothing here holds a number.
 */

/** An evidence rule of the scoring engine that, with a positive effect, is a strength. */
export const STRENGTH_BY_RULE: Readonly<Record<string, string>> = {
  'personal-action': 'You described what you personally did, not only what the team did.',
  situation: 'You set the scene of your examples clearly: where you were and what was at stake.',
  task: 'You made clear what you were responsible for.',
  result: 'You said how your examples turned out.',
  numbers: 'You backed your points with concrete measurements.',
  structure: 'You worked through problems step by step.',
  tradeoff: 'You weighed trade-offs instead of jumping to a single answer.',
  context: 'You adapted your approach to the situation described.',
  reasoning: 'You explained the reasons behind your choices.',
  'named-role': 'You named the roles and teams you have worked in.',
  project: 'You pointed to specific projects you worked on.',
  progression: 'You showed how your responsibilities grew over time.',
  'role-specific': 'You explained why this particular role interests you.',
  evidence: 'You linked your motivation to things you have actually done.',
};

/** Concept coverage is a strength about the question's topic. */
export const CONCEPT_RULES: ReadonlySet<string> = new Set(['concept-term', 'concept-claim']);
export const conceptStrength = (topic: string | null): string =>
  topic ? `You explained the key ideas behind “${topic}” well.` : 'You explained the key technical ideas well.';

/** A gap code (docs/ARCHITECTURE.md#gap-codes) as advice. `any` and unknown codes say nothing. */
export const GAP_BY_CODE: Readonly<Record<string, string>> = {
  'personal-actions': 'Say what you personally did (“I did”), not only what the team did.',
  result: 'End each example with what came of it.',
  situation: 'Start stories about past work with the situation: where you were and what was at stake.',
  task: 'Say what you were responsible for in the stories you tell.',
  numbers: 'Add concrete measurements where you have them, such as latency, error rates or time saved.',
  tradeoffs: 'Name the trade-offs you weighed and why you chose as you did.',
  structure: 'Walk through your approach step by step.',
  context: 'Tie your approach to the specific situation in the question.',
  specifics: 'Give specific details rather than general statements.',
  'named-projects': 'Name the projects, teams or employers your examples come from.',
  outcomes: 'Describe what the work you mention achieved.',
  progression: 'Show how your responsibilities have grown over time.',
  'role-specific': 'Explain what draws you to this particular role and team.',
  evidence: 'Back your motivation with things you have actually done.',
  accuracy: 'Check the technical accuracy of your explanations.',
  focus: 'Keep each answer on the question that was asked.',
  depth: 'Go one level deeper: explain how it works, not only what it is.',
  operations: 'Cover how the system runs in production: monitoring, alerting and handling failures.',
  validation: 'Say how you checked a design before building all of it.',
  alternatives: 'Mention the alternatives you considered.',
};

export const conceptGap = (label: string | null, topic: string | null): string =>
  label && topic
    ? `When explaining “${topic}”, cover ${label.charAt(0).toLowerCase()}${label.slice(1)}.`
    : topic
      ? `Cover the key ideas behind “${topic}” more fully.`
      : 'Cover the key technical ideas more fully.';

/** Answer flags as advice; flags about abuse or language say nothing here. */
export const GAP_BY_FLAG: Readonly<Record<string, string>> = {
  'one-liner': 'Give fuller answers: a few more sentences of detail go a long way.',
  rambling: 'Keep answers focused and concise.',
  hypothetical: 'When asked about past work, describe what actually happened rather than what you would do.',
  'keyword-stuffing': 'Explain ideas in full sentences rather than listing terms.',
};

export const UNANSWERED_GAP = 'Leave time for every question: an unanswered question cannot earn credit.';

/** Used only when the answers gave too little to say more. */
export const FALLBACK_STRENGTHS = ['You answered every question.', 'You completed the screening.', 'You took the time to take part.'] as const;
export const FALLBACK_GAPS = [
  'Use specific examples from your own work wherever you can.',
  'Keep each answer focused on the question that was asked.',
] as const;
