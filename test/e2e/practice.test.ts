import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strongAnswer, THIN_ANSWER } from './support/answers.ts';
import { PHONE, expectAccessible, openContext, screenshot, startE2E, type E2E } from './support/harness.ts';

// A visitor practises alone on a phone: no account, nothing stored on the server.

const DHT = /distributed hash table/i;
const XSS = '<img src=x onerror="window.__xss = 1"> <script>window.__xss = 2</script> <a href="javascript:window.__xss=3">x</a>';

let e2e: E2E;
let page: Page;
let problems: string[];
const dialogs: string[] = [];

/** Full-page screenshots from the top, so the sticky header sits where it belongs. */
async function shoot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function scoreOf(section: ReturnType<Page['locator']>): Promise<number> {
  return Number(((await section.locator('.score-value').first().textContent()) ?? '').split('/')[0]!.trim());
}

describe('practice mode', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    e2e = await startE2E();
    ({ page, problems } = await openContext(e2e, PHONE));
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('is one link away from the sign-in page, without signing in', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: /Practise alone/ }).click();
    await page.getByRole('heading', { name: 'Practise for your screening interview' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Practice answers are not stored on the server');
    await page.getByRole('radio', { name: 'Distributed systems' }).check();
    await page.getByRole('link', { name: DHT }).waitFor();
    await expectAccessible(page, 'practice picker');
    await shoot('practice-01-picker-phone');
  });

  it('a one-liner gets a low score and the follow-up an interviewer would ask', async () => {
    await page.getByRole('link', { name: DHT }).click();
    await page.getByLabel('Your answer', { exact: true }).fill(THIN_ANSWER);
    await page.getByRole('button', { name: 'Score my answer' }).click();
    const feedback = page.locator('.practice-feedback').first();
    await feedback.getByRole('heading', { name: 'Your answer' }).waitFor();
    expect(await scoreOf(feedback)).toBeLessThanOrEqual(2);
    const next = page.getByRole('region', { name: 'The follow-up an interviewer would ask next' });
    expect(((await next.locator('.follow-up-prompt').textContent()) ?? '').length).toBeGreaterThan(20);
    expect(await page.locator('[aria-live="polite"]').last().textContent()).toMatch(/Scored [12] out of 5/);
    await page.getByRole('heading', { name: 'How this question is judged' }).waitFor();
    await expectAccessible(page, 'practice low score');
    await shoot('practice-02-one-liner-phone');
  });

  it('a good answer scores higher, with the words that earned points highlighted, and sample answers to compare', async () => {
    await page.getByRole('button', { name: 'Answer this question again' }).click();
    // Keyboard only: type in the box and send with Ctrl+Enter.
    await page.getByLabel('Your answer', { exact: true }).focus();
    await page.keyboard.insertText(strongAnswer('distributed hash table'));
    await page.keyboard.press('Control+Enter');
    const feedback = page.locator('.practice-feedback').first();
    await feedback.locator('.evidence-gain').first().waitFor();
    expect(await scoreOf(feedback)).toBeGreaterThanOrEqual(4);
    expect(await feedback.locator('.evidence-gain').count()).toBeGreaterThan(1);
    await feedback.locator('button.evidence').first().press('Enter');
    expect(await feedback.locator('.evidence-detail').textContent()).not.toBe('');
    await page.getByText('Senior', { exact: true }).click();
    expect(((await page.locator('.practice-sample[open] p').textContent()) ?? '').length).toBeGreaterThan(50);
    await expectAccessible(page, 'practice good score');
    await shoot('practice-03-good-answer-phone');
  });

  it('an answer with markup stays text, in the feedback and in the local history, which can be cleared', async () => {
    await page.goto('/practice?q=ds-what-is');
    await page.getByLabel('Your answer', { exact: true }).fill(`Many computers work together. ${XSS}`);
    await page.getByRole('button', { name: 'Score my answer' }).click();
    await page.locator('.practice-feedback').waitFor();
    expect(await page.locator('.practice-feedback .answer-text').textContent()).toContain('<script>');
    await page.goto('/practice');
    const history = page.getByRole('region', { name: 'Your practice history' });
    expect(await history.textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], a[href^="javascript:"], main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shoot('practice-04-history-phone');
    await history.getByRole('button', { name: 'Clear my practice data' }).click();
    await history.getByText('Your practice data has been cleared').waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('prescreen:practice:')))).toEqual([]);
  });

  it('a mock screen of six questions, with follow-ups, reaches a practice report', async () => {
    await page.getByRole('link', { name: 'Start a mock screen' }).click();
    for (let turn = 0; turn < 12; turn++) {
      const heading = page.locator('h1.practice-prompt');
      if (!(await heading.isVisible())) break;
      const progress = (await page.locator('.progress').textContent()) ?? '';
      const prompt = (await heading.textContent()) ?? '';
      if (turn === 0) {
        expect(progress).toBe('Question 1 of 6');
        await expectAccessible(page, 'mock screen');
        await shoot('practice-05-mock-question-phone');
      }
      if (turn === 2) {
        // A reload (or a closed tab) mid-screen: the same questions, the same turn, the half-typed answer still there.
        await page.getByLabel(/^Your answer/).fill('Half an answer');
        await page.reload();
        await page.getByText(/You are back where you left this mock screen/).waitFor();
        expect(await page.locator('.progress').textContent()).toBe(progress);
        expect(await heading.textContent()).toBe(prompt);
        expect(await page.getByLabel(/^Your answer/).inputValue()).toBe('Half an answer');
        await shoot('practice-05b-mock-resumed-phone');
      }
      await page.getByLabel(/^Your answer/).fill(progress.includes('follow-up') ? 'I measured it: p99 went from 800 ms to 120 ms after I added the cache.' : strongAnswer(prompt));
      await page.getByRole('button', { name: 'Send answer' }).click();
      await page.waitForFunction((before) => document.querySelector('.progress')?.textContent !== before || document.getElementById('mock-report-title') !== null, progress);
    }
    await page.getByRole('heading', { name: 'Your practice report' }).waitFor();
    expect(await page.locator('.practice-report .note').textContent()).toMatch(/^Practice result/);
    const overall = Number(await page.locator('.overall-value').textContent());
    expect(overall).toBeGreaterThanOrEqual(0);
    expect(overall).toBeLessThanOrEqual(100);
    expect(await page.locator('.practice-report-questions > li').count()).toBe(6);
    await expectAccessible(page, 'mock report');
    await shoot('practice-06-mock-report-phone');
    // A finished screen is forgotten: the next mock screen starts afresh.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('prescreen:practice:mock:')))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
