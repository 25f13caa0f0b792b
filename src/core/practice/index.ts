/**
 * Practice mode: a candidate practises alone. Pure helpers shared by the
 * practice API and the web app — coaching in plain words from the rubric,
 * and a mock screen that keeps the composition rules of a real one.
 */
export { capitalise, coachAnswer, type Coaching } from './coaching.ts';
export { checkMockScreen, MOCK_SCREEN, pickMockScreen, type MockCandidate, type MockScreenResult, type Random } from './mock-screen.ts';
