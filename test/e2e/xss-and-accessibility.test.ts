import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recruiterApi } from './support/api.ts';
import { strongAnswer } from './support/answers.ts';
import { DESKTOP, PHONE, expectAccessible, openContext, screenshot, signIn, startE2E, type E2E } from './support/harness.ts';

// Scenario 4: whatever a recruiter or a candidate types is shown as text —
// <script>, <img onerror> and javascript: links stay inert in every view —
// and axe-core finds no serious or critical violation on any page.

const SCRIPT = '<script>window.__xss = "script"</script>';
const IMG = '<img src=x onerror="window.__xss = \'img\'; alert(1)">';
const JS_LINK = '<a href="javascript:window.__xss=\'link\'">click me</a>';
const ANSWER = `${IMG} ${JS_LINK} ${SCRIPT} javascript:alert(1) — and then the real answer.`;

let e2e: E2E;
let recruiter: Page;
let candidate: Page;
const dialogs: string[] = [];
let screenId: string;
let token: string;
let interviewId: string;

/** The payload did nothing: no flag set, no element injected, no dialog opened. */
async function expectInert(page: Page, view: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), `${view}: a payload ran`).toBeUndefined();
  expect(await page.locator('img[src="x"], a[href^="javascript:"], main script').count(), `${view}: markup was injected`).toBe(0);
  expect(dialogs, `${view}: a dialog opened`).toEqual([]);
}

async function visit(page: Page, path: string, ready: () => Promise<unknown>, view: string) {
  await page.goto(path);
  await ready();
  await expectInert(page, view);
  await expectAccessible(page, view);
}

describe('typed text is inert everywhere, and every page passes axe', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    e2e = await startE2E();
    recruiter = (await openContext(e2e, DESKTOP)).page;
    candidate = (await openContext(e2e, PHONE)).page;
    for (const p of [recruiter, candidate]) p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await signIn(recruiter);
    const api = await recruiterApi(recruiter);
    screenId = (await api.publishedScreen(`Screen ${SCRIPT}`, `Engineer ${IMG}`)).id;
    const [inv] = await api.invite(screenId, [{ name: `Mallory ${IMG}`, email: 'mallory@example.com' }]);
    token = inv!.token;
    interviewId = inv!.interviewId;
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('serves every page with a Content-Security-Policy that forbids inline scripts', async () => {
    const res = await recruiter.goto('/screens');
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves the production build of the web app, even when the tests built it', async () => {
    const html = await (await fetch(`${e2e.url}/`)).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'the page loads its bundle').toBeTruthy();
    const bundle = await (await fetch(`${e2e.url}${script}`)).text();
    // React's development build carries its warnings; the production one does not.
    expect(bundle).not.toContain('unique "key" prop');
  });

  it('a screen title and a role with markup are text in the console', async () => {
    await visit(recruiter, '/screens', () => recruiter.getByRole('link', { name: `Screen ${SCRIPT}` }).waitFor(), 'screens');
    await visit(recruiter, `/screens/${screenId}`, () => recruiter.getByRole('heading', { name: `Screen ${SCRIPT}` }).waitFor(), 'screen');
    expect(await recruiter.locator('.lead').first().textContent()).toContain(IMG);
    await screenshot(recruiter, '17-xss-screen');
    await visit(recruiter, `/screens/${screenId}/invitations`, () => recruiter.getByRole('row', { name: /Mallory/ }).waitFor(), 'invitations');
    expect(await recruiter.getByRole('row', { name: /Mallory/ }).textContent()).toContain(IMG);
  });

  it('the candidate sees the payloads as text and answers with markup', async () => {
    await visit(candidate, `/i/${token}`, () => candidate.getByRole('heading', { name: /welcome/i }).waitFor(), 'candidate welcome');
    expect(await candidate.locator('main').textContent()).toContain(`Mallory ${IMG}`);
    await candidate.getByRole('button', { name: 'Start the interview' }).click();
    await candidate.getByLabel(/^Your answer/).fill(`${strongAnswer('professional experience')} ${ANSWER}`);
    await candidate.getByRole('button', { name: 'Send answer' }).click();
    await candidate.locator('.bubble-candidate:not(.bubble-pending) .bubble-text', { hasText: 'javascript:alert(1)' }).waitFor();
    await expectInert(candidate, 'candidate conversation');
    await expectAccessible(candidate, 'candidate conversation');
    await screenshot(candidate, '18-xss-candidate-phone');
    // Finish through the API so the report exists.
    for (let turn = 0; turn < 30; turn++) {
      const view = (await (await fetch(`${e2e.url}/api/v1/interviews/${token}`)).json()) as { status: string; seq: number; question: { text: string } | null };
      if (view.status !== 'in_progress' || !view.question) break;
      await fetch(`${e2e.url}/api/v1/interviews/${token}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ seq: view.seq, text: `${strongAnswer(view.question.text)} ${SCRIPT}` }),
      });
    }
  });

  it('the report, its evidence and its transcript keep the payloads as text', async () => {
    await visit(recruiter, `/reports/${interviewId}`, () => recruiter.getByRole('heading', { name: 'Transcript' }).waitFor(), 'report');
    const transcript = (await recruiter.locator('.transcript').textContent()) ?? '';
    expect(transcript).toContain(IMG);
    expect(transcript).toContain(SCRIPT);
    await recruiter.locator('button.evidence').first().click();
    await expectInert(recruiter, 'report evidence');
    await screenshot(recruiter, '19-xss-report');
    await visit(recruiter, `/screens/${screenId}/compare`, () => recruiter.getByRole('row', { name: /Mallory/ }).waitFor(), 'compare');
  });

  it('the other console pages pass axe too', async () => {
    await visit(recruiter, '/', () => recruiter.getByRole('heading', { name: /Welcome/ }).waitFor(), 'home');
    await visit(recruiter, '/bank/ds-dht', () => recruiter.getByRole('heading', { name: 'What answers look like' }).waitFor(), 'bank question');
    await visit(recruiter, '/screens/new', () => recruiter.getByText(/rules not yet met/).waitFor(), 'builder');
    await visit(recruiter, '/no/such/page', () => recruiter.getByRole('heading', { name: 'Page not found' }).waitFor(), 'not found');
    await visit(candidate, '/i/not-a-real-token-0000000000000000', () => candidate.getByRole('heading', { name: 'We could not open this interview' }).waitFor(), 'bad link');
    await screenshot(candidate, '20-candidate-bad-link-phone');
  });
});
