import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recruiterApi } from './support/api.ts';
import { DESKTOP, PHONE, expectAccessible, focused, openContext, recordFailure, screenshot, signIn, startE2E, type E2E } from './support/harness.ts';

// Scenario 1: a recruiter signs in, builds a screen (the checklist shows a
// broken rule, then all rules hold), publishes it and invites a candidate.

const FIRST_THREE = ['ds-experience', 'ds-solved-problem', 'ds-network-partition'];
const LAST_THREE = ['be-incident', 'motivation-role', 'ds-dht'];

let e2e: E2E;
let page: Page;
let problems: string[];
/** The screen published in the tests below. */
let publishedId: string;

async function addQuestion(p: Page, id: string) {
  await p.locator(`button[data-question-id="${id}"]`).click();
}

function rule(p: Page, name: string) {
  return p.locator(`[data-rule="${name}"]`);
}

describe('a recruiter builds, publishes and shares a screen', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    e2e = await startE2E();
    ({ page, problems } = await openContext(e2e, DESKTOP));
  });
  afterEach(({ task }) => recordFailure(page, task));
  afterAll(async () => {
    await e2e?.close();
  });

  it('signs in with email and password', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to the hiring console' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, '01-sign-in');
    await page.getByLabel('Email').fill('admin@e2e.prescreen.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.field-errors, .form-error').first().textContent()).toMatch(/wrong|match/);
    // Refused: focus goes to the field the error names.
    expect(await focused(page)).toBe('field:Password');
    await signIn(page);
    await expectAccessible(page);
    await screenshot(page, '02-console-home');
  });

  it('browses the bank and reads a rubric', async () => {
    await page.getByRole('link', { name: 'Question bank', exact: true }).click();
    // After an in-app navigation, focus moves to the new page's content.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByLabel('Type').selectOption('behavioral');
    await page.locator('.question-link').first().click();
    await page.getByRole('heading', { name: 'What answers look like' }).waitFor();
    await page.getByText('Strong (5)').waitFor();
    await expectAccessible(page);
    await screenshot(page, '03-bank');
  });

  it('builds a screen: the checklist shows broken rules, then all hold', async () => {
    await page.goto('/screens/new');
    // Checked in the browser with the API's own zod schema, shown by the field.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('.field-invalid', { hasText: 'Title' }).getByText('must not be empty').waitFor();
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await focused(page)).toBe('field:Title');
    await page.getByLabel('Title').fill('Backend screen, first round');
    await page.getByLabel(/^Role/).fill('Senior backend engineer, Payments');
    await page.getByLabel('Time budget (minutes)').fill('25');
    await page.getByLabel('Pass threshold (out of 100)').fill('60');
    for (const id of FIRST_THREE) await addQuestion(page, id);
    await expect.poll(() => rule(page, 'question-count').getAttribute('data-ok')).toBe('false');
    await expect.poll(() => rule(page, 'behavioral-questions').getAttribute('data-ok')).toBe('false');
    expect(await rule(page, 'behavioral-questions').textContent()).toMatch(/two behavioral/);
    // Saving anyway: the server's 422 lands next to the field it concerns.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('.selected .field-errors').waitFor();
    expect(await page.locator('.selected .field-errors').textContent()).toMatch(/behavioral/);
    await expect.poll(() => focused(page)).toBe('#questions-errors');
    await screenshot(page, '04-builder-broken-rule');
    for (const id of LAST_THREE) await addQuestion(page, id);
    await expect.poll(() => page.locator('[data-ok="false"]').count()).toBe(0);
    // The refusal was about the draft before these edits: it goes with them.
    expect(await page.locator('.selected .field-errors, .builder .form-error').count()).toBe(0);
    await page.getByText('All rules hold.').waitFor();
    // Reorder: the motivation question moves up one place, and focus moves with it.
    await page.getByRole('button', { name: 'Move question 5 up' }).click();
    await expect.poll(() => focused(page)).toBe('Move question 4 up');
    // Removing the last question lands on the remove button of the one before it.
    await page.getByRole('button', { name: 'Remove question 6' }).press('Enter');
    await expect.poll(() => focused(page)).toBe('Remove question 5');
    await addQuestion(page, 'ds-dht');
    await expect.poll(() => page.locator('[data-ok="false"]').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, '05-builder-all-rules-hold');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: 'Backend screen, first round' }).waitFor();
    expect(await page.locator('.screen-questions li').count()).toBe(6);
  });

  it('a stale edit is refused plainly and offers to reload', async () => {
    const screenUrl = page.url();
    const other = await openContext(e2e, DESKTOP);
    await signIn(other.page);
    await other.page.goto(`${screenUrl}/edit`);
    await page.getByRole('link', { name: 'Edit draft' }).click();
    await page.getByLabel('Pass threshold (out of 100)').waitFor();
    await other.page.getByLabel('Title').fill('Backend screen, round one');
    await other.page.getByRole('button', { name: 'Save changes' }).click();
    await other.page.getByRole('heading', { name: 'Backend screen, round one' }).waitFor();
    await other.context.close();
    await page.getByLabel('Pass threshold (out of 100)').fill('65');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone else saved this screen while you were editing.').waitFor();
    expect(await focused(page)).toBe('Reload the latest version');
    await screenshot(page, '06-builder-stale-edit');
    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Backend screen, round one');
    expect(await focused(page)).toBe('field:Title');
    await page.getByLabel('Pass threshold (out of 100)').fill('65');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // Saved once the builder has left for the screen's page (the builder shows the title too).
    await page.waitForURL((url) => /^\/screens\/[^/]+$/.test(url.pathname));
    await page.getByRole('heading', { name: 'Backend screen, round one' }).waitFor();
  });

  it('publishing shows what will be locked, then the rubric hash', async () => {
    await page.getByRole('button', { name: 'Review and publish…' }).click();
    await page.getByRole('heading', { name: 'These will be locked' }).waitFor();
    expect(await focused(page)).toBe('#publish-confirm-title');
    expect(await page.locator('.lock-list').textContent()).toMatch(/65 out of 100/);
    await page.getByRole('button', { name: 'Publish and lock' }).click();
    await page.locator('[data-testid="lock"] .hash').waitFor();
    await expect.poll(() => focused(page)).toBe('#lock-title');
    expect(await page.locator('[data-testid="lock"] .hash').textContent()).toMatch(/[0-9a-f]{16,}/);
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await expect.poll(() => page.locator('.audit-list li').count()).toBeGreaterThanOrEqual(3);
    // Edits send only what changed, so the trail names exactly that.
    const changes = await page.locator('.audit-changes').allTextContents();
    expect(changes).toContain('Changed: title');
    expect(changes).toContain('Changed: passThreshold');
    await expectAccessible(page);
    await screenshot(page, '07-screen-published');
  });

  it('invites a candidate and sees the invitation listed', async () => {
    await page.getByRole('link', { name: 'Invite candidates' }).click();
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Extra time (accommodation)').selectOption('1.5');
    await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await page.getByText('Invitation sent to Ada Lovelace.').waitFor();
    // Ready for the next candidate.
    expect(await focused(page)).toBe('field:Name');
    await page.getByRole('row', { name: /Ada Lovelace/ }).waitFor();
    expect(await page.getByRole('row', { name: /Ada Lovelace/ }).textContent()).toMatch(/invited/);
    const screenId = new URL(page.url()).pathname.split('/')[2]!;
    publishedId = screenId;
    const listed = (await (await page.request.get(`/api/v1/screens/${screenId}/invitations`)).json()) as { items: { name: string; extraTimeFactor: number; link: string }[] };
    const invitation = listed.items.find((i) => i.name === 'Ada Lovelace');
    expect(invitation?.extraTimeFactor).toBe(1.5);
    // The candidate is told about the extra time before starting.
    const candidate = await openContext(e2e, PHONE);
    await candidate.page.goto(new URL(invitation!.link).pathname);
    await candidate.page.getByText('38 minutes in total, including the extra time arranged for you').waitFor();
    await candidate.context.close();
    await page.getByLabel('A list').check();
    await page.getByLabel('Candidates, one per line').fill('Grace Hopper, grace@example.com\nno email on this line');
    await page.getByRole('button', { name: 'Send invitations', exact: true }).click();
    await page.getByText('Line 2: no email address found').waitFor();
    expect(await focused(page)).toBe('field:Candidates, one per line');
    await page.getByLabel('Candidates, one per line').fill('Grace Hopper, grace@example.com\nLinus <linus@example.com>');
    await page.getByRole('button', { name: 'Send invitations', exact: true }).click();
    await page.getByText('2 invitations sent: Grace Hopper, Linus.').waitFor();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url });
    await page.getByRole('button', { name: 'Copy link for Grace Hopper' }).click();
    await page.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/i\/[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('button', { name: 'Resend invitation to Ada Lovelace' }).click();
    await page.getByText('Invitation sent again.').waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Revoke invitation for Linus' }).click();
    await expect.poll(async () => page.getByRole('row', { name: /Linus/ }).textContent()).toMatch(/revoked/);
    // Its buttons are gone; focus is on what happened, in the same row.
    expect(await focused(page)).toBe('Invitation revoked.');
    await expectAccessible(page);
    await screenshot(page, '08-invitations');
  });

  it('reads the invitation emails on the Email page, delivered to the local mailbox', async () => {
    // From the invitation's row: the emails sent to that candidate.
    await page.getByRole('link', { name: 'Emails sent to Grace Hopper' }).click();
    await page.getByRole('heading', { name: 'Email', level: 1 }).waitFor();
    await page.waitForURL(/\/emails\?to=grace%40example\.com$/);
    expect(await page.getByLabel('Recipient').inputValue()).toBe('grace@example.com');
    const email = page.locator('.email');
    // The dispatcher delivers into the local mailbox within moments; the page shows the state it read.
    await expect.poll(async () => {
      await page.reload();
      return email.first().textContent();
    }).toMatch(/delivered/);
    expect(await email.count()).toBe(1);
    await email.getByText('Your screening interview for Senior backend engineer, Payments').click();
    expect(await email.locator('.email-text').textContent()).toMatch(/Hello Grace Hopper,[\s\S]*Start here: http\S+\/i\/[A-Za-z0-9_-]{20,}/);
    await expectAccessible(page);
    await screenshot(page, '08c-emails');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => email.count()).toBeGreaterThanOrEqual(4);
    // The recipient filter, typed.
    await page.getByLabel('Recipient').fill('ada@example.com');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/\/emails\?to=ada%40example\.com$/);
    await expect.poll(() => page.locator('.email-subject').allTextContents()).toEqual(['Your screening interview for Senior backend engineer, Payments', 'Your screening interview for Senior backend engineer, Payments']);
    // Past one page (50), older emails come on asking, after the newest.
    await (await recruiterApi(page)).invite(publishedId, Array.from({ length: 50 }, (_, i) => ({ name: `Batch ${i}`, email: `batch${i}@example.com` })));
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL(/\/emails$/);
    await page.reload();
    await expect.poll(() => email.count()).toBe(50);
    await page.getByRole('button', { name: 'Show older emails' }).click();
    // Every email once: the 50 newest, then the 4 before them (Ada's two, Grace's, Linus's), and no more pages.
    await expect.poll(() => email.count()).toBe(54);
    const recipients = await email.locator('.cell-sub').allTextContents();
    expect(new Set(recipients.map((r) => r.split(' · ')[0])).size).toBe(53);
    expect(await page.getByRole('button', { name: 'Show older emails' }).count()).toBe(0);
    // The filter replaced the address rather than adding to history: Back returns to the invitations.
    await page.goBack();
    await page.getByRole('heading', { name: 'Invitations' }).waitFor();
  });

  it('starts a new version, once even when the first response is lost; the versions list shows both', async () => {
    await page.getByRole('link', { name: 'Backend screen, round one' }).click();
    // The server makes the version, but its answer never reaches the browser: the console retries with the same key.
    await page.route('**/api/v1/screens/*/versions', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    }, { times: 1 });
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await page.getByRole('heading', { name: 'Edit draft screen' }).waitFor();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Backend screen, round one');
    await page.getByLabel('Time budget (minutes)').fill('30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.lead', { hasText: 'version 2' }).waitFor();
    await expect.poll(() => page.locator('.version-list li').count()).toBe(2);
    await screenshot(page, '08b-screen-version-2');
  });

  it('the console works on a phone', async () => {
    const phone = await openContext(e2e, PHONE);
    await signIn(phone.page);
    await phone.page.goto('/screens');
    await phone.page.getByRole('heading', { name: 'Screens' }).waitFor();
    await expectAccessible(phone.page);
    // The navigation fits one line on a phone: the bank is "Bank" there.
    await phone.page.getByRole('link', { name: 'Bank', exact: true }).waitFor();
    const navLines = await phone.page.locator('.nav-list').evaluate((el) => el.getBoundingClientRect().height / el.querySelector('a')!.getBoundingClientRect().height);
    expect(navLines).toBeLessThan(1.5);
    await screenshot(phone.page, '09-phone-screens');
    await phone.page.goto('/screens/new');
    await phone.page.getByText(/rules not yet met/).waitFor();
    await screenshot(phone.page, '10-phone-builder');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    // Signing out replaces the console, the button with it: focus starts at the sign-in heading.
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
    await phone.page.getByRole('heading', { name: 'Sign in to the hiring console' }).waitFor();
    await expect.poll(() => focused(phone.page)).toBe('#signin-title');
    await phone.context.close();
  });

  it('no page error and no CSP violation happened', () => {
    expect(problems).toEqual([]);
  });
});
