// A stand-in scoring worker for scoring-pool.test.ts: it dies on the answer
// "crash" and otherwise echoes the answer, so the test can watch a worker
// die and be replaced.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, answer }) => {
  if (answer === 'crash') process.exit(3);
  parentPort.postMessage({ id, result: { echoed: answer } });
});
