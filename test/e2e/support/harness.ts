import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
// @ts-expect-error -- a plain .mjs script shared with `npm test`
import { ensureChromium, CHROMIUM } from '../../../scripts/ensure-chromium.mjs';
// @ts-expect-error -- a plain .mjs script shared with `npm start`
import { buildWeb, webBuildIsStale } from '../../../scripts/web-build.mjs';
import { spawnServer, tempDir, type ServerProcess } from '../../support/server-process.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const ADMIN = { email: 'admin@e2e.prescreen.test', password: 'correct horse battery staple' };

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };

const isStale = (): boolean => webBuildIsStale(ROOT) as boolean;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the web app when dist/web is missing or older than its sources.
 * Test files run in parallel, so one builds under a lock while the others wait.
 */
export function buildWebIfStale(): void {
  const lock = join(ROOT, 'dist/.web-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; isStale(); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true }); // a crashed builder
      sleep(200);
      continue;
    }
    try {
      if (!isStale()) return;
      const r = buildWeb(ROOT) as { status: number | null; stdout: string; stderr: string };
      if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface E2E {
  readonly server: ServerProcess;
  readonly browser: Browser;
  readonly url: string;
  close(): Promise<void>;
}

/** A fresh server (own temp database) and a headless Debian Chromium. */
export async function startE2E(): Promise<E2E> {
  if (!ensureChromium({ quiet: true })) throw new Error(`Chromium is needed at ${CHROMIUM as string}`);
  buildWebIfStale();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await spawnServer({
    PRESCREEN_DATA_DIR: join(tempDir('prescreen-e2e-'), 'db'),
    PRESCREEN_ADMIN_EMAIL: ADMIN.email,
    PRESCREEN_ADMIN_PASSWORD: ADMIN.password,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM as string,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  process.stdout.write(`\nE2E screenshots: ${SCREENSHOTS}\n`);
  return {
    server,
    browser,
    url: server.url,
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop().catch(() => undefined);
    },
  };
}

/** A browser context at a viewport; page errors and CSP violations fail loudly. */
export async function openContext(e2e: E2E, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await e2e.browser.newContext({ viewport, baseURL: e2e.url, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  const fullPage = options.fullPage ?? true;
  // A whole page is captured from the top, or a sticky header is drawn where the page was scrolled to.
  // Scrolling moves neither focus nor anything a test checks afterwards.
  const scrolled = fullPage ? await page.evaluate(() => { const y = window.scrollY; window.scrollTo(0, 0); return y; }) : 0;
  await page.screenshot({ path, fullPage });
  if (scrolled > 0) await page.evaluate((y) => window.scrollTo(0, y), scrolled);
  return path;
}

/** After a failed test: a screenshot named after it and the page's URL, to see what the browser showed. */
export async function recordFailure(page: Page | undefined, task: { name: string; result?: { state?: string } }): Promise<void> {
  if (!page || task.result?.state !== 'fail') return;
  const name = `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
  console.error(`e2e: "${task.name}" failed at ${page.url()}; screenshot ${await screenshot(page, name).catch((e: Error) => e.message)}`);
}

/**
 * What holds keyboard focus, as a person would name it: "field:<label>" for
 * a form control, a button's name, "#id" for a heading or region the app
 * moved focus to, or "body" when focus was dropped.
 */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return `field:${labels[0]!.textContent?.trim()}`;
    const name = el.getAttribute('aria-label');
    if (name) return name;
    if (el.tagName === 'BUTTON') return el.textContent?.trim() ?? '';
    return el.id ? `#${el.id}` : (el.textContent?.trim() ?? el.tagName);
  });
}

export async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
}

const require = createRequire(import.meta.url);
const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/**
 * Runs axe-core inside the page. The page's CSP forbids injected script
 * tags, so the source is evaluated through the DevTools protocol instead.
 * Returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(readFileSync(AXE_SOURCE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** No serious or critical axe-core violation on the page; `view` names it in the failure. */
export async function expectAccessible(page: Page, view?: string): Promise<void> {
  const serious = await seriousAxeViolations(page);
  const found = JSON.stringify(serious, null, 2);
  expect(serious, view === undefined ? found : `${view}: ${found}`).toEqual([]);
}
