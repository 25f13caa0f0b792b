import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertReport, latestReport } from '../../src/db/repositories/reports.ts';
import { appWithPublishedScreen, startedCandidate } from '../interviews/helpers.ts';
import { DIALECTS } from '../support/dialects.ts';
import type { TestApp } from '../support/test-app.ts';

describe.each(DIALECTS)('inserting a report revision on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => ({ t, screenId } = await appWithPublishedScreen(dialect)));
  afterAll(() => t.close());

  it('answers the row as stored without reading the report back', async () => {
    const { inv } = await startedCandidate(t, screenId, 'Rowan');
    const orgId = (await t.database.db.selectFrom('interviews').select('org_id').where('id', '=', inv.interviewId).executeTakeFirstOrThrow()).org_id;
    const data = { overall: 71, questions: [{ id: 'q1', evidence: ['"I used a version column"'], score: 4 }], note: 'ünïcode ✓', nested: { empty: [] } };
    const inserted = await insertReport(t.database.db, {
      id: 'rep_row_test', orgId, interviewId: inv.interviewId, revision: 1, engineVersion: 'e/1', overall: 71, decision: 'pass', data, reason: 'test',
    });
    const stored = await latestReport(t.database.db, orgId, inv.interviewId);
    expect(inserted).toEqual(stored);
    expect(inserted.created_at).toBeInstanceOf(Date);
  });
});
