import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDefaultOrg } from '../../src/auth/bootstrap.ts';
import { openDatabase, type OpenDatabase } from '../../src/db/index.ts';
import { buildApp } from '../../src/http/app.ts';
import { QuestionCatalog } from '../../src/questions/catalog.ts';
import { DIALECTS, freshPostgresUrl } from '../support/dialects.ts';
import { validScreenBody } from '../support/screens.ts';
import { testBank } from '../support/test-app.ts';

const KEY = 'psk_test_admin_key_multi_instance_01';
const ANSWER = 'At Acme I rebuilt the order service writes myself; with a version column lost updates fell to zero within a week.';

/** Two instances (two apps, two connection pools) over one PostgreSQL database, as behind a load balancer. */
describe.runIf(DIALECTS.includes('postgres'))('two instances on one PostgreSQL database', () => {
  const dbs: OpenDatabase[] = [];
  const apps: FastifyInstance[] = [];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const pg = await freshPostgresUrl();
    drop = pg.drop;
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ kind: 'postgres', url: pg.url, poolSize: 10 });
      if (i === 0) await bootstrapDefaultOrg(database.db, { adminKey: KEY, adminEmail: 'admin@example.com', adminPassword: 'correct horse battery staple' });
      dbs.push(database);
      apps.push(await buildApp({ db: database.db, backend: 'postgres', catalog: new QuestionCatalog(database.db, testBank()), publicUrl: 'http://127.0.0.1:3000', web: false }));
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const d of dbs) await d.close();
    await drop();
  });

  it('records one answer when retries of it land on both instances at once', async () => {
    const admin = { authorization: `Bearer ${KEY}` };
    const screen = (await apps[0]!.inject({ method: 'POST', url: '/api/v1/screens', headers: admin, payload: validScreenBody() })).json();
    await apps[1]!.inject({ method: 'POST', url: `/api/v1/screens/${screen.id}/publish`, headers: { ...admin, 'if-match': '"1"' } });
    const inv = (await apps[0]!.inject({ method: 'POST', url: `/api/v1/screens/${screen.id}/invitations`, headers: admin, payload: { candidates: [{ name: 'Lb', email: 'lb@example.com' }] } })).json().items[0];
    await apps[1]!.inject({ method: 'POST', url: `/api/v1/interviews/${inv.token}/start` });

    const key = randomUUID();
    const sameKey = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      apps[i % 2]!.inject({ method: 'POST', url: `/api/v1/interviews/${inv.token}/answers`, payload: { seq: 1, text: ANSWER }, headers: { 'idempotency-key': key } })));
    expect(sameKey.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    const otherKeys = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      apps[i % 2]!.inject({ method: 'POST', url: `/api/v1/interviews/${inv.token}/answers`, payload: { seq: 2, text: ANSWER }, headers: { 'idempotency-key': randomUUID() } })));
    expect(otherKeys.filter((r) => r.statusCode === 200)).toHaveLength(1);

    const turns = await dbs[0]!.db.selectFrom('turns').select(['seq', 'answer_text']).where('interview_id', '=', inv.interviewId).orderBy('seq').execute();
    expect(turns.filter((t) => t.seq === 1 && t.answer_text === ANSWER)).toHaveLength(1);
    expect(turns.filter((t) => t.answer_text !== null)).toHaveLength(2);
    const view = (await apps[0]!.inject({ method: 'GET', url: `/api/v1/interviews/${inv.token}` })).json();
    expect(view.answeredTurns).toBe(turns.filter((t) => t.answer_text !== null).length);
  });
});
