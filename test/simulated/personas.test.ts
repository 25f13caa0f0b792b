import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/index.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, testBank, type TestApp } from '../support/test-app.ts';
import { publishedScreen } from '../interviews/helpers.ts';
import { ALL, average, hypotheticalOnly, injector, sampleCopier, weak, type Persona } from './personas.ts';
import { takeScreen, type Taken } from './take-screen.ts';

describe.each(DIALECTS)('simulated candidates take a whole screen over HTTP on %s', (dialect) => {
  let t: TestApp;
  const results = new Map<string, Taken>();
  const bank = new Map<string, Question>(testBank().map((q) => [q.id, q]));
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const screenId = await publishedScreen(t, { passThreshold: 60 });
    for (const p of ALL) results.set(p.name, await takeScreen(t, screenId, bank, p));
    results.set('disconnects', await takeScreen(t, screenId, bank, average, { disconnectAfter: 2 }));
    const table = [...results].map(([name, r]) => `${name.padEnd(18)} ${String(r.report.overall).padStart(3)} ${r.report.decision}`);
    process.stdout.write(`\n${dialect}:\n${table.join('\n')}\n`);
  }, 120_000);
  afterAll(() => t.close());

  const overall = (p: Persona | string) => results.get(typeof p === 'string' ? p : p.name)!.report.overall as number;

  it('ranks strong above average above weak', () => {
    expect(overall('strong')).toBeGreaterThan(overall(average));
    expect(overall(average)).toBeGreaterThan(overall(weak));
  });

  it('gives the grader-instruction injector nothing over the same answer without the injection', () => {
    expect(overall(injector)).toBeLessThanOrEqual(overall(weak));
    expect(results.get(injector.name)!.report.decision).not.toBe('pass');
  });

  it('gives the candidate who pastes the published sample answers nothing, and says why in every answer', () => {
    const copied = results.get(sampleCopier.name)!.report;
    expect(copied.overall).toBeLessThanOrEqual(overall(weak));
    expect(copied.decision).not.toBe('pass');
    for (const q of copied.questions) expect(q.flags.map((f: { message: string }) => f.message).join(' '), q.questionId).toMatch(/sample answers/);
  });

  it('does not pass the candidate who only says what they would do', () => {
    expect(results.get(hypotheticalOnly.name)!.report.decision).not.toBe('pass');
  });

  it('does not pass one-liners, ramblers or keyword lists', () => {
    for (const name of ['one-liner', 'rambler', 'keyword-stuffer']) expect(results.get(name)!.report.decision, name).not.toBe('pass');
  });

  it('resumes a candidate who disconnects, and scores them like the same answers without a break', () => {
    const resumed = results.get('disconnects')!;
    expect(resumed.final.status).toBe('completed');
    expect(resumed.report.overall).toBe(overall(average));
  });

  it('gives every persona a complete report consistent with its transcript', () => {
    for (const [name, { report, final }] of results) {
      expect(report.overall, name).toBeGreaterThanOrEqual(0);
      expect(report.overall, name).toBeLessThanOrEqual(100);
      expect(['pass', 'fail', 'needs_review'], name).toContain(report.decision);
      expect(report.questions, name).toHaveLength(6);
      expect(report.screen.rubricHash, name).toBeTruthy();
      const said = report.transcript.filter((l: { speaker: string }) => l.speaker === 'candidate');
      expect(said, name).toHaveLength(final.answeredTurns);
      for (const q of report.questions) {
        expect(q.answer, `${name} ${q.questionId}`).toBe(said.find((l: { questionId: string; kind: string }) => l.questionId === q.questionId && l.kind === 'question')?.text ?? null);
        for (const e of q.evidence) expect(q.answer, `${name}: evidence quotes the answer`).toContain(e.quote);
        expect(q.followUps.length, name).toBeLessThanOrEqual(2);
      }
      const seqs = report.transcript.map((l: { seq: number }) => l.seq);
      expect(seqs, name).toEqual([...seqs].sort((a, b) => a - b));
    }
  });
});
