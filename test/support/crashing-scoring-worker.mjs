// A stand-in scoring worker for scoring-pool.test.ts: it dies on the answer
// "crash", never answers "hang" (a busy loop, as a stuck engine would), answers "seen" with every answer it was sent before, and
// otherwise echoes the answer, so the test can watch a worker die and be
// replaced (and warmed).
import { parentPort } from 'node:worker_threads';

const seen = [];
parentPort.on('message', ({ id, answer }) => {
  if (answer === 'crash') process.exit(3);
  if (answer === 'hang') for (;;);
  parentPort.postMessage({ id, result: answer === 'seen' ? { seen: [...seen] } : { echoed: answer } });
  seen.push(answer);
});
