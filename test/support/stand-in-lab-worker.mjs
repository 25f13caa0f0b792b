// A stand-in lab worker for lab-runner.test.ts: it dies on the scenario
// "crash", never answers "hang" (a busy loop), and otherwise echoes the
// request as the run, with the thread it ran on.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', ({ id, body }) => {
  if (body.scenario === 'crash') process.exit(3);
  if (body.scenario === 'hang') for (;;);
  parentPort.postMessage({ id, outcome: { ok: true, run: { ...body, threadId } } });
});
