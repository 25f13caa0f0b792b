import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, expectAccessible, openContext, screenshot, signIn, startE2E, type E2E } from './support/harness.ts';

// The concurrency lab: a signed-in user runs a scenario, reads the lost
// update as a trace with its explanation, and grades fixes per fault model.

let e2e: E2E;
let desktop: Page;
let phone: Page;
const problems: string[] = [];

async function openLab(page: Page) {
  await page.getByRole('link', { name: 'Lab', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Concurrency lab' }).waitFor();
  await page.getByRole('radio', { name: 'A page-view counter' }).waitFor();
}

/** Choose a scenario, a strategy and exactly these fault models. */
async function setUp(page: Page, scenario: string, strategy: string, faults: readonly string[] = []) {
  await page.getByRole('radio', { name: scenario }).check();
  await page.getByLabel('Strategy').selectOption({ label: strategy });
  for (const fault of ['Race', 'Retry', 'Reordering', 'Clock skew']) {
    const box = page.getByRole('checkbox', { name: fault, exact: true });
    if (faults.includes(fault)) await box.check();
    else await box.uncheck();
  }
}

const status = (page: Page) => page.locator('[role="status"][aria-live="polite"]');

describe('the concurrency lab', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    e2e = await startE2E();
    const d = await openContext(e2e, DESKTOP);
    const p = await openContext(e2e, PHONE);
    desktop = d.page;
    phone = p.page;
    for (const page of [desktop, phone]) {
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
      });
    }
    await signIn(desktop);
    await signIn(phone);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('runs counter + read-modify-write + race with 2 clients and shows the lost update as a trace', async () => {
    await openLab(desktop);
    expect(await desktop.getByRole('link', { name: 'Lab', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(desktop, 'lab (empty)');
    await setUp(desktop, 'A page-view counter', 'Read, modify, write', ['Race']);
    await desktop.getByLabel('Clients').selectOption('2');
    await desktop.getByRole('button', { name: 'Run', exact: true }).click();

    const result = desktop.getByRole('region', { name: 'Run result', exact: true });
    await result.waitFor();
    await expect.poll(() => status(desktop).textContent(), { timeout: 15_000 }).toMatch(/4 of 6 schedules ended wrong.*Lost update/);
    // The outcome summary: schedules explored, how many wrong, expected vs actual.
    const facts = (await result.locator('.lab-facts').textContent()) ?? '';
    expect(facts).toContain('Schedules explored6');
    expect(facts).toContain('4 of 6');
    expect(facts).toContain('count = 2');
    expect(await result.locator('.lab-outcome-wrong').textContent()).toContain('count = 1');
    // The explanation names the concept.
    await result.getByRole('heading', { name: 'Lost update' }).waitFor();
    expect(await result.locator('.lab-explanation').textContent()).toMatch(/Client A read 0, client B read 0, B wrote 1, A wrote 1/);
    // The trace: a lane per client, a row per step, the losing write highlighted.
    const table = result.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Step', 'Client A', 'Client B', 'Store before → after']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(0).textContent()).toContain('SELECT count → 0');
    expect(await rows.nth(2).textContent()).toMatch(/UPDATE count = 1.*count 0 →\s*becomes\s*1/);
    const culprit = table.locator('tr.lab-step-culprit');
    expect(await culprit.count()).toBe(1);
    expect(await culprit.textContent()).toMatch(/^Step 4Update lost here.*A1UPDATE count = 1overwrites 1/);
    expect(await culprit.locator('td.lab-lane-active').count()).toBe(1);
    expect(await culprit.locator('td').nth(0).textContent()).toContain('UPDATE count = 1'); // client A's lane
    await expectAccessible(desktop, 'lab run');
    await screenshot(desktop, '21-lab-run-desktop');
    expect(problems).toEqual([]);
  });

  it('stacks the trace on a 375 px phone instead of scrolling sideways', async () => {
    await openLab(phone);
    await screenshot(phone, '22c-lab-phone-top', { fullPage: false });
    await phone.locator('.lab-form').screenshot({ path: join(SCREENSHOTS, '22d-lab-form-phone.png') });
    await setUp(phone, 'A page-view counter', 'Read, modify, write', ['Race']);
    await phone.getByRole('button', { name: 'Run', exact: true }).click();
    await phone.getByRole('region', { name: 'Run result', exact: true }).getByRole('heading', { name: 'Lost update' }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    const rows = phone.locator('.lab-trace-table tbody tr');
    expect(await rows.count()).toBe(4);
    // Each step is a card: its width fits the screen, idle lanes are hidden.
    const box = await rows.nth(3).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await rows.nth(3).locator('td.lab-lane-idle').isVisible()).toBe(false);
    await expectAccessible(phone, 'lab run on a phone');
    await screenshot(phone, '22-lab-run-phone');
    await phone.locator('.lab-result').screenshot({ path: join(SCREENSHOTS, '22a-lab-run-phone-result.png') });
  });

  it('grades payment + idempotency keys: passes under every fault model', async () => {
    await setUp(desktop, 'A card payment', 'Idempotency keys');
    await desktop.getByRole('button', { name: 'Grade this fix' }).click();
    const grade = desktop.getByRole('region', { name: 'Grade', exact: true });
    await grade.waitFor();
    await expect.poll(() => status(desktop).textContent(), { timeout: 15_000 }).toMatch(/passes under all 2 fault models/);
    expect(await grade.locator('.lab-grade-summary').textContent()).toContain('holds under all 2 fault models');
    const verdicts = grade.locator('.lab-verdict');
    expect(await verdicts.count()).toBe(2);
    expect(await verdicts.locator('.lab-verdict-title').allTextContents()).toEqual(['Retry: correct', 'Race + Retry: correct']);
    expect(await grade.locator('.lab-verdict-ok .lab-verdict-mark').allTextContents()).toEqual(['✓', '✓']);
    expect(await grade.getByRole('button', { name: /failing trace/ }).count()).toBe(0);
    expect(await grade.locator('.lab-cost-notes').textContent()).toContain('Idempotency keys');
    await expectAccessible(desktop, 'lab grade pass');
  });

  it('grades document + last-write-wins timestamps: fails, with a trace under clock skew', async () => {
    await setUp(desktop, 'A shared document’s title and status', 'Last write wins, by timestamp');
    await desktop.getByRole('button', { name: 'Grade this fix' }).click();
    const grade = desktop.getByRole('region', { name: 'Grade', exact: true });
    await expect.poll(() => status(desktop).textContent(), { timeout: 15_000 }).toMatch(/fails under Clock skew, Retry/);
    expect(await grade.locator('.lab-grade-summary').textContent()).toContain('fails under 2 of 3 fault models');
    const skew = grade.locator('.lab-verdict', { hasText: 'Clock skew' });
    expect(await skew.locator('.lab-verdict-mark').textContent()).toBe('✗');
    expect(await skew.locator('.lab-verdict-title').textContent()).toBe('Clock skew: wrong');
    expect(await grade.locator('.lab-verdict', { hasText: 'Reordering' }).locator('.lab-verdict-mark').textContent()).toBe('✓');

    const toggle = skew.getByRole('button', { name: 'Show the failing trace' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await skew.getByRole('table').count()).toBe(0);
    await toggle.click();
    expect(await skew.getByRole('button', { name: 'Hide the failing trace' }).getAttribute('aria-expanded')).toBe('true');
    await skew.getByRole('heading', { name: 'Timestamps fail under clock skew' }).waitFor();
    expect(await skew.locator('.lab-trace-clocks').textContent()).toContain('Editor B 250 ms behind');
    const table = skew.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Step', 'Editor A', 'Editor B', 'Store before → after']);
    expect(await table.locator('tbody tr').count()).toBe(4);
    const culprit = table.locator('tr.lab-step-culprit');
    expect(await culprit.textContent()).toMatch(/Newer action dropped here.*B1.*stamped 50 ms.*refused/);
    expect(await skew.locator('.lab-trace-end').textContent()).toContain('status = "draft"');
    await expectAccessible(desktop, 'lab grade fail with trace');
    await screenshot(desktop, '23-lab-grade-desktop');

    // The same on a phone, with the concepts aside.
    await setUp(phone, 'A shared document’s title and status', 'Last write wins, by timestamp');
    await phone.getByRole('button', { name: 'Grade this fix' }).click();
    const phoneSkew = phone.getByRole('region', { name: 'Grade', exact: true }).locator('.lab-verdict', { hasText: 'Clock skew' });
    await phoneSkew.getByRole('button', { name: 'Show the failing trace' }).click();
    await phoneSkew.getByRole('table').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await phone.getByRole('complementary', { name: 'Concepts' }).waitFor();
    await expectAccessible(phone, 'lab grade on a phone');
    await screenshot(phone, '24-lab-grade-phone');
    await phone.getByRole('region', { name: 'Grade', exact: true }).screenshot({ path: join(SCREENSHOTS, '24a-lab-grade-phone-result.png') });
    expect(problems).toEqual([]);
  });

  it('gives the queue consumer a lane and marks a duplicate; five clients stay readable', async () => {
    await setUp(desktop, 'A shopping cart on two devices', 'Serialise through one queue', ['Retry']);
    await desktop.getByRole('button', { name: 'Run', exact: true }).click();
    const result = desktop.getByRole('region', { name: 'Run result', exact: true });
    await result.getByRole('heading', { name: 'Duplicate effect from a retry' }).waitFor();
    const table = result.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Step', 'Device A', 'Device B', 'Queue consumer', 'Store before → after']);
    expect(await table.locator('tr.lab-step-culprit').textContent()).toMatch(/Second effect here.*apply A1 \(retry\): add mug/);

    await setUp(desktop, 'A page-view counter', 'Read, modify, write', ['Race']);
    await desktop.getByLabel('Clients').selectOption('5');
    await desktop.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => status(desktop).textContent(), { timeout: 15_000 }).toMatch(/of 1,?500 schedules ended wrong/);
    expect(await result.textContent()).toContain('sampled, seed 1');
    expect(await result.getByRole('table').getByRole('columnheader').count()).toBe(7);
    await expectAccessible(desktop, 'lab run with five clients');
    await screenshot(desktop, '25-lab-five-clients-desktop');
  });

  it('works from the keyboard alone', async () => {
    await desktop.goto('/lab');
    await desktop.getByRole('radio', { name: 'A page-view counter' }).waitFor();
    await desktop.getByRole('radio', { name: 'A page-view counter' }).focus();
    await desktop.keyboard.press('ArrowDown'); // radio group: the next scenario
    expect(await desktop.getByRole('radio', { name: 'A shopping cart on two devices' }).isChecked()).toBe(true);
    await desktop.getByRole('button', { name: 'Run', exact: true }).focus();
    await desktop.keyboard.press('Enter');
    await desktop.getByRole('region', { name: 'Run result', exact: true }).waitFor();
    await expect.poll(() => status(desktop).textContent(), { timeout: 15_000 }).toMatch(/Run finished/);
  });
});
