// The concurrency lab's worker thread (see lab-runner.ts). Plain JS so it can
// start tsx's loader before it imports the lab.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runLab } = await import('./lab-run.ts');
parentPort.on('message', ({ id, body }) => {
  try {
    parentPort.postMessage({ id, outcome: runLab(body) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
