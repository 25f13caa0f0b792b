/**
 * Feedback to candidates (BRIEF §10): two or three strengths and two or
 * three things to work on, in plain words from the rubric — never a score,
 * the threshold or anything about another candidate.
 */
export { candidateFeedback, type CandidateFeedback, type FeedbackQuestion } from './candidate-feedback.ts';
