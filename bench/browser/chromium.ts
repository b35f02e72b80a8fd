/**
 * Debian's Chromium driven by Playwright (no browser download can happen here), and a way to compare the page's
 * clock with this process's: both read the wall clock through performance.timeOrigin, and the offset between the
 * two is measured by round trips rather than assumed.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../../e2e/support/chromium.js';

export { CHROMIUM_PATH, VIEWPORT };

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** Errors each page reported (console errors and uncaught exceptions), for the message of a failed wait. */
const pageErrors = new WeakMap<Page, string[]>();

/**
 * A page in a fresh context (empty cache and storage, as a first visit) whose requests stay on this machine
 * (the page links to docs.python.org, which must not be fetched). Close it with page.context().close().
 */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  // A page that cannot start (a blocked script, an exception) would otherwise show up only as a timeout.
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Milliseconds since the Unix epoch, with sub-millisecond resolution (the same reading the page can make). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * page epoch − node epoch, from the round trip with the least delay among a few; the page's reading is taken
 * to lie in the middle of its round trip, so the error is at most half that round trip (reported with it).
 */
export async function clockOffset(page: Page): Promise<{ offsetMs: number; uncertaintyMs: number }> {
  let best = { offsetMs: 0, uncertaintyMs: Infinity };
  for (let i = 0; i < 7; i++) {
    const before = epochNow();
    const pageEpoch = await page.evaluate<number>('performance.timeOrigin + performance.now()');
    const after = epochNow();
    const halfTrip = (after - before) / 2;
    if (halfTrip < best.uncertaintyMs) best = { offsetMs: pageEpoch - (before + halfTrip), uncertaintyMs: halfTrip };
  }
  return best;
}

/**
 * Resolves once the JavaScript expression `condition` is true in the page. (page.waitForFunction compiles its
 * predicate with eval, which the app's Content-Security-Policy forbids; an evaluated expression is not subject
 * to it.)
 */
export async function waitInPage(page: Page, condition: string, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (${condition}) return resolve(true);
      if (performance.now() - started > ${timeoutMs}) return reject(new Error('timed out waiting for: ' + ${JSON.stringify(condition)}));
      setTimeout(check, 4);
    };
    check();
  })`).catch((error: unknown) => {
    const reported = pageErrors.get(page) ?? [];
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(reported.length ? `${message}\nthe page reported:\n  ${reported.join('\n  ')}` : message);
  });
}
