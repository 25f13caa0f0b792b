import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterviewState, Turn } from '../../src/core/interview/index.ts';
import { findByToken, type InterviewRecord } from '../../src/db/repositories/interviews.ts';
import { saveSteps, turnChanges, type StepInput } from '../../src/db/repositories/interview-steps.ts';
import { appWithPublishedScreen, candidate, invite } from '../interviews/helpers.ts';
import { DIALECTS } from '../support/dialects.ts';
import type { TestApp } from '../support/test-app.ts';

// The batch statement (several interviews' steps in one statement) directly:
// the batcher sends it only under load, so the HTTP tests rarely reach it.
describe.each(DIALECTS)('saving several interviews\' steps in one statement on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => ({ t, screenId } = await appWithPublishedScreen(dialect)));
  afterAll(() => t.close());

  let batch = 0;
  async function startedRecords(n: number): Promise<InterviewRecord[]> {
    const b = batch++; // one person is invited to a screen once: new people for every call
    const invited = await invite(t, screenId, Array.from({ length: n }, (_, i) => ({ name: `C${b}-${i}`, email: `c${b}-${i}@example.com` })));
    const records: InterviewRecord[] = [];
    for (const inv of invited) {
      expect((await candidate(t, inv.token).start()).statusCode).toBe(200);
      records.push((await findByToken(t.database.db, inv.token))!);
    }
    return records;
  }

  /** The step that answers the current turn with `text` and asks a follow-up. */
  function answerStep(record: InterviewRecord, text: string): StepInput {
    const now = Date.now();
    const turns = record.state.turns;
    const current = turns[turns.length - 1]!;
    const answered: Turn = { ...current, answer: { text, answeredAt: now, late: false, score: null } };
    const asked: Turn = { ...current, seq: (current.seq + 1) as Turn['seq'], kind: 'follow_up', followUpId: 'f1', prompt: 'And then?', askedAt: now, answer: null };
    const next: InterviewState = { ...record.state, seq: asked.seq, turns: [...turns.slice(0, -1), answered, asked] };
    return { record, next, changes: turnChanges(turns, next.turns)!, deadlineAt: record.row.deadline_at, response: null };
  }

  const row = (id: string) => t.database.db.selectFrom('interviews').select(['version', 'seq']).where('id', '=', id).executeTakeFirstOrThrow();
  const turnsOf = (id: string) => t.database.db.selectFrom('turns').select(['seq', 'answer_text']).where('interview_id', '=', id).orderBy('seq').execute();

  it('saves each step whose version still holds, and only those', async () => {
    const [a, b, c] = await startedRecords(3);
    const stale: InterviewRecord = { ...b!, row: { ...b!.row, version: b!.row.version - 1 } };
    const saved = await saveSteps(t.database.db, [answerStep(a!, 'answer A'), answerStep(stale, 'answer B'), answerStep(c!, 'answer C')]);
    expect(saved).toEqual([true, false, true]);
    for (const [r, text] of [[a!, 'answer A'], [c!, 'answer C']] as const) {
      expect(await row(r.row.id)).toEqual({ version: r.row.version + 1, seq: 2 });
      expect(await turnsOf(r.row.id)).toEqual([{ seq: 1, answer_text: text }, { seq: 2, answer_text: null }]);
    }
    expect(await row(b!.row.id)).toEqual({ version: b!.row.version, seq: 1 });
    expect(await turnsOf(b!.row.id)).toEqual([{ seq: 1, answer_text: null }]);
  });

  it('undoes the whole statement when a won swap would answer a turn already answered', async () => {
    const [a, d] = await startedRecords(2);
    expect(await saveSteps(t.database.db, [answerStep(a!, 'first')])).toEqual([true]);
    // A record claiming the current version while its turn 1 is already answered: a bug the guard must stop.
    const current = (await findByToken(t.database.db, a!.invitation.token))!;
    const corrupt: InterviewRecord = { ...a!, row: { ...a!.row, version: current.row.version } };
    await expect(saveSteps(t.database.db, [answerStep(d!, 'innocent'), answerStep(corrupt, 'second')])).rejects.toMatchObject({ code: '22012' });
    expect(await row(d!.row.id)).toEqual({ version: d!.row.version, seq: 1 });
    expect(await row(a!.row.id)).toEqual({ version: current.row.version, seq: 2 });
    expect((await turnsOf(a!.row.id))[0]).toEqual({ seq: 1, answer_text: 'first' });
  });
});
