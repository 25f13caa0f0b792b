/*
 * What a candidate reads before starting (BRIEF §10), in one place: the
 * candidate API sends it with the view, and the web app shows it.
 */

/** How answers are judged, in plain words, shown before the start (BRIEF §10). */
export const HOW_ANSWERS_ARE_JUDGED = [
  'Every answer is scored 1–5 against a rubric written before anyone was interviewed; the same questions, order, time and rubric apply to every candidate.',
  'Questions about past work are judged on a concrete situation, what you personally did, and a result you can describe, with numbers where you have them.',
  'Questions about what you would do are judged on structure, the trade-offs you name and how you adapt to the situation described.',
  'Length alone does not score, and neither do lists of keywords; your own words are quoted as the evidence for every point.',
  'When an answer leaves something out, you may get up to two short follow-up questions on it.',
] as const;

export const DATA_USE =
  'Your answers, their timestamps and their scores are stored by the organisation that invited you and shown to its hiring team with your report. Nothing is sent to third-party AI services.';

/** How the candidate's data is used, in plain words: what, who, how long (BRIEF §10). */
export const DATA_USE_DETAILS = [
  {
    topic: 'What is stored',
    text: 'Your name and email from the invitation; each question with your answer and when you sent it; the score of each answer with the words from your answer that earned it; and your rating of this interview, if you leave one. Until an answer is sent, its draft is also kept in this browser so that a reload loses nothing.',
  },
  {
    topic: 'Who sees it',
    text: 'Only the hiring team of the organisation that invited you, to assess your application for this role. The scoring runs inside their own copy of prescreen: your answers are not sent to any outside AI service. A person reads your answers before any decision is made. Your rating is shown to the team without your name.',
  },
  {
    topic: 'How long it is kept',
    text: 'As long as the organisation keeps its hiring records for this role; prescreen does not delete it on a timer. To see what is kept about you, or to ask for it to be deleted, reply to your invitation email.',
  },
] as const;
