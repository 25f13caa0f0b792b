// Time of the first answer after a fresh server start (PGlite), one candidate,
// no other load: shows whether the scoring engine is warm when the server
// starts listening. Run: npx tsx bench/first-answer.ts
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerFor, apiAt, invitedCandidates, startServer } from './interview-fixture.ts';

const PORT = 3913;
const api = apiAt(PORT);
const server = await startServer(PORT, { PRESCREEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'prescreen-bench-')) });
const [candidate] = await invitedCandidates(api, 1);
const view = (await api('POST', `/api/v1/interviews/${candidate!.token}/start`)).body;
const t0 = performance.now();
const res = await api('POST', `/api/v1/interviews/${candidate!.token}/answers`, { seq: view.seq, text: answerFor(view.question.questionId, view.question.kind, 0) }, { 'idempotency-key': randomUUID() });
console.log(JSON.stringify({ status: res.status, 'first answer ms': +(performance.now() - t0).toFixed(1) }));
server.kill('SIGTERM');
