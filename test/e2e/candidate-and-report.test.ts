import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { recruiterApi, takeInterview, type InvitationOut } from './support/api.ts';
import { THIN_ANSWER, strongAnswer, weakAnswer } from './support/answers.ts';
import { DESKTOP, PHONE, expectAccessible, focused, openContext, screenshot, signIn, startE2E, type E2E } from './support/harness.ts';

// Scenario 2: the candidate opens the link on a phone, answers, reloads in
// the middle and continues, gets a follow-up, survives a flaky network, and
// finishes. Scenario 3: the recruiter reads the report (highlighted evidence,
// transcript) and compares two candidates.

let e2e: E2E;
let recruiter: Page;
let candidate: Page;
let problems: string[][] = [];
let screenId: string;
let ada: InvitationOut;
const answerRequests: Request[] = [];

async function progress(p: Page): Promise<string> {
  return (await p.locator('.progress').textContent()) ?? '';
}

async function currentQuestion(p: Page): Promise<string> {
  return (await p.locator('.turn-current .bubble-interviewer .bubble-text').textContent()) ?? '';
}

/** Sends an answer and waits until the page shows the next turn (or the end). */
async function answer(p: Page, text: string): Promise<void> {
  const before = await progress(p);
  const beforeQ = await currentQuestion(p);
  await p.getByLabel(/^Your answer/).fill(text);
  await p.getByRole('button', { name: 'Send answer' }).click();
  await expect
    .poll(async () => (await p.getByRole('heading', { name: /you are done/ }).count()) > 0 || (await progress(p)) !== before || (await currentQuestion(p)) !== beforeQ, { timeout: 15_000 })
    .toBe(true)
    .catch(async (err: unknown) => {
      const state = await p.locator('main').innerText();
      throw new Error(`no next turn after answering “${beforeQ.slice(0, 60)}” (${before}); the page shows:\n${state.slice(-1500)}`, { cause: err });
    });
}

describe('a candidate takes the interview on a phone; the recruiter reads and compares', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    e2e = await startE2E();
    const r = await openContext(e2e, DESKTOP);
    recruiter = r.page;
    await signIn(recruiter);
    const api = await recruiterApi(recruiter);
    screenId = (await api.publishedScreen('Payments backend screen', 'Backend engineer, Payments')).id;
    const invited = await api.invite(screenId, [
      { name: 'Ada Lovelace', email: 'ada@example.com' },
      { name: 'Grace Hopper', email: 'grace@example.com' },
    ]);
    ada = invited[0]!;
    await takeInterview(e2e.url, invited[1]!.token, () => weakAnswer());
    const c = await openContext(e2e, PHONE);
    candidate = c.page;
    problems = [r.problems, c.problems];
    candidate.on('request', (req) => {
      if (req.method() === 'POST' && req.url().endsWith('/answers')) answerRequests.push(req);
    });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('the welcome states the role, the questions, the time, the rubric and data use', async () => {
    await candidate.goto(new URL(ada.link).pathname);
    await candidate.getByRole('heading', { name: /welcome to your screening interview/i }).waitFor();
    const text = (await candidate.locator('main').textContent()) ?? '';
    expect(text).toContain('Backend engineer, Payments');
    expect(text).toMatch(/6 questions/);
    expect(text).toMatch(/25 minutes/);
    expect(text).toMatch(/rubric/);
    await candidate.getByRole('heading', { name: 'How your data is used' }).waitFor();
    await expectAccessible(candidate);
    await screenshot(candidate, '11-candidate-welcome-phone');
  });

  it('a thin answer gets a follow-up as the interviewer’s next message', async () => {
    // Keyboard only: Tab reaches the start button, Enter presses it.
    for (let i = 0; i < 5 && (await candidate.evaluate(() => document.activeElement?.textContent)) !== 'Start the interview'; i++) {
      await candidate.keyboard.press('Tab');
    }
    await candidate.keyboard.press('Enter');
    await candidate.getByText('Question 1 of 6', { exact: true }).waitFor();
    // The start button is gone: focus continues at the interview, not at the top of the page.
    await expect.poll(() => focused(candidate)).toBe('#interview-title');
    expect(await candidate.locator('.time-left').textContent()).toMatch(/about 25 minutes left of 25$/);
    // On the phone the time left stays one line beside the brand.
    const lines = await candidate.locator('.time-left').evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines).toBeLessThan(1.5);
    await expectAccessible(candidate);
    // Keyboard only: Tab into the answer box, type, Ctrl+Enter sends.
    for (let i = 0; i < 8 && (await candidate.evaluate(() => document.activeElement?.id)) !== 'answer'; i++) {
      await candidate.keyboard.press('Tab');
    }
    await candidate.keyboard.type(THIN_ANSWER);
    await candidate.keyboard.press('Control+Enter');
    await expect.poll(() => progress(candidate)).toBe('Question 1 of 6, follow-up');
    expect(await candidate.evaluate(() => document.activeElement?.id)).toBe('answer');
    await candidate.locator('.bubble-who', { hasText: 'Interviewer · follow-up' }).waitFor();
    await screenshot(candidate, '12-candidate-follow-up-phone');
  });

  it('a reload keeps the draft and continues at the same turn', async () => {
    while ((await progress(candidate)).startsWith('Question 1')) await answer(candidate, strongAnswer(await currentQuestion(candidate)));
    const where = await progress(candidate);
    await candidate.getByLabel(/^Your answer/).fill('Half-written thought about the incident');
    await candidate.reload();
    await candidate.getByText(where, { exact: true }).waitFor();
    expect(await candidate.getByLabel(/^Your answer/).inputValue()).toBe('Half-written thought about the incident');
    expect(await candidate.locator('.bubble-candidate').count()).toBeGreaterThanOrEqual(2);
    await screenshot(candidate, '13-candidate-after-reload-phone');
    await answer(candidate, strongAnswer(await currentQuestion(candidate)));
  });

  it('a failed send is retried with the same Idempotency-Key, and recorded once', async () => {
    let failed = false;
    await candidate.route('**/answers', (route) => {
      if (!failed) {
        failed = true;
        return route.abort('failed');
      }
      return route.continue();
    });
    const from = answerRequests.length;
    await answer(candidate, strongAnswer(await currentQuestion(candidate)));
    await candidate.unroute('**/answers');
    const keys = answerRequests.slice(from).map((r) => r.headers()['idempotency-key']);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
  });

  it('a double click sends one answer under one key', async () => {
    const where = await progress(candidate);
    const from = answerRequests.length;
    await candidate.getByLabel(/^Your answer/).fill(strongAnswer(await currentQuestion(candidate)));
    await candidate.getByRole('button', { name: 'Send answer' }).dblclick();
    await expect.poll(() => progress(candidate), { timeout: 15_000 }).not.toBe(where);
    const keys = answerRequests.slice(from).map((r) => r.headers()['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
  });

  it('an answer sent just before a reload is re-sent with its key after the reload', async () => {
    await candidate.route('**/answers', (route) => route.abort('failed'));
    const where = await progress(candidate);
    const from = answerRequests.length;
    await candidate.getByLabel(/^Your answer/).fill(strongAnswer(await currentQuestion(candidate)));
    await candidate.getByRole('button', { name: 'Send answer' }).click();
    await candidate.getByText(/connection is unsteady/).waitFor();
    await candidate.unroute('**/answers');
    await candidate.reload();
    await expect.poll(() => progress(candidate), { timeout: 15_000 }).not.toBe(where);
    const keys = answerRequests.slice(from).map((r) => r.headers()['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
  });

  it('finishes with a thank-you and what happens next', async () => {
    for (let turn = 0; turn < 20 && (await candidate.getByRole('heading', { name: /you are done/ }).count()) === 0; turn++) {
      await answer(candidate, strongAnswer(await currentQuestion(candidate)));
    }
    await candidate.getByRole('heading', { name: 'What happens next' }).waitFor();
    expect(await candidate.locator('.finished').textContent()).toMatch(/All your answers have been recorded/);
    // The last answer was sent from far down the conversation: the page opens at the confirmation, not below it.
    expect(await candidate.evaluate(() => window.scrollY)).toBe(0);
    expect(await candidate.evaluate(() => document.activeElement?.id)).toBe('finished-title');
    await expectAccessible(candidate);
    await screenshot(candidate, '14-candidate-finished-phone');
  }, 90_000);

  it('the console home lists the report among the latest, linked to it', async () => {
    await recruiter.goto('/');
    const row = recruiter.getByRole('row', { name: /Ada Lovelace/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d+\/100/);
    expect(await row.getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toMatch(/^\/reports\/itv_/);
    // The screen's row says how far its candidates are.
    expect(await recruiter.getByRole('row', { name: /^Payments backend screen/ }).textContent()).toMatch(/\d+ invited · (\d+ in progress · )?\d+ finished/);
    await expectAccessible(recruiter);
    await screenshot(recruiter, '14b-console-home-latest-reports');
  });

  it('the recruiter reads the report: highlighted evidence, the rule on click, the transcript', async () => {
    await recruiter.goto(`/screens/${screenId}/compare`);
    await recruiter.getByRole('link', { name: 'Ada Lovelace' }).click();
    await recruiter.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    expect(await recruiter.locator('.overall-value').textContent()).toMatch(/^\d+$/);
    await screenshot(recruiter, '15a-report-top', { fullPage: false });
    const marks = recruiter.locator('button.evidence');
    expect(await marks.count()).toBeGreaterThan(0);
    await marks.nth(1).scrollIntoViewIfNeeded();
    await marks.nth(1).click();
    await screenshot(recruiter, '15b-report-evidence', { fullPage: false });
    const detail = marks.nth(1).locator('xpath=ancestor::div[contains(@class, "evidence-text")]').locator('.evidence-detail');
    expect(await detail.textContent()).toMatch(/\S/);
    await recruiter.getByRole('heading', { name: 'Transcript' }).waitFor();
    const said = await recruiter.locator('.transcript-candidate .transcript-text').allTextContents();
    expect(said).toContain(THIN_ANSWER);
    expect(said.filter((t) => t === THIN_ANSWER)).toHaveLength(1);
    // Every turn has exactly one answer: interviewer and candidate alternate.
    const speakers = await recruiter.locator('.transcript-turn').evaluateAll((els) => els.map((e) => (e.classList.contains('transcript-candidate') ? 'c' : 'i')).join(''));
    expect(speakers).toMatch(/^(ic)+$/);
    const [download] = await Promise.all([recruiter.waitForEvent('download'), recruiter.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('report-ada-lovelace.md');
    const markdown = await (await download.createReadStream()).toArray();
    // The same export as `prescreen report --format md`: the answers quoted, the transcript whole.
    const exported = Buffer.concat(markdown).toString();
    expect(exported).toMatch(/# Screening report: Ada Lovelace[\s\S]*Overall: \d+ \/ 100/);
    expect(exported).toContain(`> ${THIN_ANSWER}`);
    expect(exported.match(/^- `[^`]+` \*\*(Candidate|Interviewer)\*\*/gm)).toHaveLength(speakers.length);
    await expectAccessible(recruiter);
    await screenshot(recruiter, '15-report');
  });

  it('re-scoring adds a labelled revision; the first stays readable', async () => {
    const url = recruiter.url();
    await recruiter.getByRole('button', { name: 'Re-score with the current engine' }).click();
    await recruiter.waitForURL(/revision=2/);
    await recruiter.locator('.trace', { hasText: 'report revision 2' }).waitFor();
    await recruiter.getByText('Revision 2 issued and shown on this page.').waitFor();
    expect(await focused(recruiter)).toBe('Re-score with the current engine');
    await recruiter.getByRole('link', { name: 'Revision 1' }).click();
    await recruiter.locator('.trace', { hasText: 'report revision 1' }).waitFor();
    await expectAccessible(recruiter);
    await recruiter.goto(url);
  });

  it('the report reads well on a phone and prints without the console around it', async () => {
    const url = recruiter.url();
    const phone = await openContext(e2e, PHONE);
    problems.push(phone.problems);
    await signIn(phone.page);
    await phone.page.goto(url);
    await phone.page.getByRole('heading', { name: 'Transcript' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone.page, '15c-report-phone', { fullPage: false });
    await phone.page.emulateMedia({ media: 'print' });
    expect(await phone.page.locator('.console-header').isVisible()).toBe(false);
    await phone.context.close();
    await recruiter.emulateMedia({ media: 'print' });
    await screenshot(recruiter, '15d-report-print', { fullPage: false });
    await recruiter.emulateMedia({ media: 'screen' });
  });

  it('compares two candidates in a sortable table and side by side', async () => {
    await recruiter.goto(`/screens/${screenId}/compare`);
    await recruiter.getByRole('row', { name: /Grace Hopper/ }).waitFor();
    await recruiter.getByRole('button', { name: /^Overall/ }).click();
    await recruiter.getByLabel('Select Ada Lovelace for side-by-side comparison').check();
    await recruiter.getByLabel('Select Grace Hopper for side-by-side comparison').check();
    await recruiter.locator('.side-by-side caption', { hasText: 'Side by side' }).waitFor();
    expect(await recruiter.locator('.side-by-side tbody tr').count()).toBeGreaterThanOrEqual(7);
    await expectAccessible(recruiter);
    await screenshot(recruiter, '16-compare');
    // The headers sort it on a desktop; the phone's "Sort by" is not shown there.
    expect(await recruiter.getByLabel('Sort by').isVisible()).toBe(false);
  });

  it('sorts the comparison on a phone, where the table\'s headers scroll out of sight', async () => {
    const phone = await openContext(e2e, PHONE);
    problems.push(phone.problems);
    await signIn(phone.page);
    await phone.page.goto(`/screens/${screenId}/compare`);
    await phone.page.getByRole('row', { name: /Grace Hopper/ }).waitFor();
    const names = () => phone.page.locator('.table tbody th').allTextContents();
    const collate = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b));
    await phone.page.getByLabel('Sort by').selectOption({ label: 'Candidate' });
    expect(await names()).toEqual(collate(await names()).reverse());
    await phone.page.getByRole('button', { name: /^Order: Z to A/ }).click();
    expect(await names()).toEqual(collate(await names()));
    await phone.page.getByLabel('Sort by').selectOption({ label: 'Overall' });
    const overall = async () => (await phone.page.locator('.table tbody tr td:nth-child(4)').allTextContents()).map(Number);
    await phone.page.getByRole('button', { name: /^Order: Highest first/ }).click();
    await phone.page.getByRole('button', { name: /^Order: Lowest first/ }).waitFor();
    expect(await overall()).toEqual([...(await overall())].sort((a, b) => a - b));
    await expectAccessible(phone.page);
    await screenshot(phone.page, '16b-compare-phone', { fullPage: false });
    await phone.context.close();
  });

  it('no page error and no CSP violation happened', () => {
    expect(problems.flat()).toEqual([]);
  });
});
