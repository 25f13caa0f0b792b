import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerTheRest, recruiterApi, type InvitationOut } from './support/api.ts';
import { strongAnswer } from './support/answers.ts';
import { DESKTOP, PHONE, expectAccessible, focused, openContext, screenshot, signIn, startE2E, type E2E } from './support/harness.ts';

// BRIEF §10 end to end: the recruiter writes answers about the role, the
// candidate reads them before starting and at the end, gets feedback from
// the rubric, rates the experience, and the recruiter sees the rating.

const IMG = '<img src=x onerror="window.__xss = \'img\'">';
const SCRIPT = '<script>window.__xss = "script"</script>';
const REMOTE_ANSWER = `Yes, fully remote within Europe. ${IMG}`;
const COMMENT = `${SCRIPT} Calm clock, clear questions.`;

let e2e: E2E;
let recruiter: Page;
let candidate: Page;
let problems: string[][] = [];
let screenId: string;
let ada: InvitationOut;

async function expectInert(p: Page, view: string) {
  expect(await p.evaluate(() => (window as unknown as { __xss?: string }).__xss), `${view}: a payload ran`).toBeUndefined();
  expect(await p.locator('main img[src="x"], main script').count(), `${view}: markup was injected`).toBe(0);
}

describe("candidates' trust: answers about the role, feedback and ratings", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    e2e = await startE2E();
    const r = await openContext(e2e, DESKTOP);
    recruiter = r.page;
    await signIn(recruiter);
    const api = await recruiterApi(recruiter);
    screenId = (await api.publishedScreen('Ledger screen', 'Backend engineer, Ledger', { candidateFeedback: true })).id;
    ada = (await api.invite(screenId, [{ name: 'Ada Lovelace', email: 'ada@example.com', extraTimeFactor: 1.5 }]))[0]!;
    const c = await openContext(e2e, PHONE);
    candidate = c.page;
    problems = [r.problems, c.problems];
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('the recruiter writes answers about the role on the published screen', async () => {
    await recruiter.goto(`/screens/${screenId}`);
    await recruiter.getByRole('heading', { name: 'Questions candidates ask about the role' }).waitFor();
    expect(await recruiter.locator('.facts').textContent()).toContain('Sent when they finish');
    await recruiter.getByRole('button', { name: '+ Is the role remote?' }).click();
    // The question is written for them: focus goes to its answer.
    await expect.poll(() => focused(recruiter)).toBe('field:Answer to question 1');
    await recruiter.getByLabel('Answer to question 1').fill(REMOTE_ANSWER);
    await recruiter.getByRole('button', { name: 'Save answers' }).click();
    await recruiter.getByText(/Saved\. Version 1/).waitFor();
    // An empty answer is refused next to its field, before anything is sent.
    await recruiter.getByRole('button', { name: '+ What does the team own?' }).click();
    await recruiter.getByRole('button', { name: 'Save answers' }).click();
    await recruiter.locator('.field-invalid').getByText('must not be empty').waitFor();
    expect(await focused(recruiter)).toBe('field:Answer to question 2');
    // An item added and removed again: focus lands on the item before it.
    await recruiter.getByRole('button', { name: 'Add a question' }).click();
    await expect.poll(() => focused(recruiter)).toBe('field:Question 3');
    await recruiter.getByRole('button', { name: 'Remove question 3' }).click();
    await expect.poll(() => focused(recruiter)).toBe('field:Question 2');
    await recruiter.getByLabel('Answer to question 2').fill('The ledger service and the payouts API.');
    await recruiter.getByRole('button', { name: 'Save answers' }).click();
    await recruiter.getByText(/Saved\. Version 2/).waitFor();
    await expectInert(recruiter, 'screen page');
    await expectAccessible(recruiter, 'screen page with answers');
    await screenshot(recruiter, '30-trust-faq-editor');
  });

  it('before starting, the candidate can open the answers and reads how data is used and how extra time works', async () => {
    await candidate.goto(new URL(ada.link).pathname);
    await candidate.getByRole('heading', { name: /welcome to your screening interview/i }).waitFor();
    const main = candidate.locator('main');
    expect(await main.textContent()).toMatch(/What is stored[\s\S]*Who sees it[\s\S]*How long it is kept/);
    expect(await main.textContent()).toMatch(/you have 38 minutes instead of the usual 25/);
    await candidate.getByText('Questions you may have about the role (2)').click();
    await candidate.getByText('Is the role remote?').waitFor();
    expect(await candidate.locator('.faq-disclosure dd').first().textContent()).toBe(REMOTE_ANSWER);
    await expectInert(candidate, 'welcome');
    await expectAccessible(candidate, 'welcome with answers');
    await screenshot(candidate, '31-trust-welcome-phone');
  });

  it('at the end the candidate sees the feedback and the answers, and rates the experience', async () => {
    await candidate.getByRole('button', { name: 'Start the interview' }).click();
    await candidate.getByText('Question 1 of 6', { exact: true }).waitFor();
    // The browser tests of answering live in candidate-and-report; here every turn goes through the candidate API.
    const end = await answerTheRest(e2e.url, ada.token, (q) => strongAnswer(q.text));
    expect(end.status).toBe('completed');
    await candidate.reload();
    await candidate.getByRole('heading', { name: /you are done/ }).waitFor();
    const feedback = candidate.locator('.feedback');
    await feedback.getByRole('heading', { name: 'What went well' }).waitFor();
    const lines = await feedback.locator('li').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.join(' ')).not.toMatch(/\d/);
    await candidate.getByRole('heading', { name: 'Questions you may have about the role' }).waitFor();
    expect(await candidate.locator('.finished .faq dd').first().textContent()).toBe(REMOTE_ANSWER);
    await expectAccessible(candidate, 'finished with feedback');
    await screenshot(candidate, '32-trust-finished-phone');

    await candidate.getByRole('button', { name: 'Send rating' }).click();
    await candidate.getByText('Choose from 1 to 5 stars first.').waitFor();
    expect(await focused(candidate)).toBe('field:1 star · Poor');
    await candidate.getByText('4 stars · Very good').click();
    await candidate.getByLabel(/Anything you want to tell the hiring team/).fill(COMMENT);
    await candidate.getByRole('button', { name: 'Send rating' }).click();
    await candidate.getByText('Thank you. You rated this interview 4 of 5 (Very good).').waitFor();
    expect(await focused(candidate)).toBe('#rating-title');
    expect(await candidate.locator('.rating-comment').textContent()).toBe(COMMENT);
    await expectInert(candidate, 'rated');
    await expectAccessible(candidate, 'rated');
    await screenshot(candidate, '33-trust-rated-phone');
    // Coming back shows the rating, not the form again.
    await candidate.reload();
    await candidate.getByText(/You rated this interview 4 of 5/).waitFor();
  });

  it('the recruiter sees the average and the comment, without a name', async () => {
    await recruiter.goto(`/screens/${screenId}`);
    const panel = recruiter.locator('.ratings-panel');
    await panel.getByText(/out of 5, from 1 rating/).waitFor();
    expect(await panel.locator('.ratings-average-value').textContent()).toBe('4.0');
    expect(await panel.locator('.rating-comment').textContent()).toBe(COMMENT);
    expect(await panel.textContent()).not.toContain('Ada');
    await expectInert(recruiter, 'ratings');
    await expectAccessible(recruiter, 'ratings panel');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(recruiter, '34-trust-ratings', { fullPage: false });
    await screenshot(recruiter, '34b-trust-screen-page');
    expect(problems.flat()).toEqual([]);
  });
});
