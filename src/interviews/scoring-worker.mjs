// A scoring worker: the built-in engine on its own thread (see scoring-pool.ts).
// Plain JS so a worker can start tsx's loader before it imports the engine.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createBuiltinScorer } = await import('../core/scoring/index.ts');
const scorer = createBuiltinScorer();
/** Questions by the number the pool gave them, kept so the engine's caches by question hold. */
const questions = new Map();
parentPort.on('message', ({ id, answer, question, parent, bank, calibration, questions: added, reset }) => {
  if (reset) questions.clear();
  for (const [ref, q] of added) questions.set(ref, q);
  try {
    const input = {
      question: questions.get(question), answer,
      ...(parent ? { parent: { question: questions.get(parent.question), answer: parent.answer } } : {}),
      ...(bank ? { bank } : {}),
      ...(calibration ? { calibration } : {}),
    };
    parentPort.postMessage({ id, result: scorer.scoreAnswer(input) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
