import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findByToken, knownPlan } from '../../src/db/repositories/interviews.ts';
import { appWithPublishedScreen, invite } from '../interviews/helpers.ts';
import type { TestApp } from '../support/test-app.ts';

describe('the per-process cache of interview plans', () => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => ({ t, screenId } = await appWithPublishedScreen('pglite')));
  afterAll(() => t.close());

  it('keeps one question list per screen version, shared by every plan of it, each plan otherwise as stored', async () => {
    const invited = await invite(t, screenId, [{ name: 'Ann', email: 'ann@example.com' }, { name: 'Bob', email: 'bob@example.com', extraTimeFactor: 1.5 }]);
    const stored = [];
    for (const inv of invited) stored.push((await findByToken(t.database.db, inv.token))!.plan);
    const [ann, bob] = invited.map((inv) => knownPlan(inv.token));
    expect(ann).toBeDefined();
    expect(bob).toBeDefined();
    expect(ann!.questions).toBe(bob!.questions);
    expect(ann!.extraTimeFactor).toBe(1);
    expect(bob!.extraTimeFactor).toBe(1.5);
    expect(JSON.parse(JSON.stringify([ann, bob]))).toEqual(stored);
  });
});
