/**
 * A browser tab the host turned away (too many change streams open) gets its changes once a place frees up:
 * the renderer's HTTP adapter, in a real Chromium, against a real serve host capped at one stream.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTableApi } from '../shared/api.js';
import type { LibraryChange } from '../shared/library-types.js';
import type { ServeHost } from './host.js';
import { startAdapterPageHost } from './test-support/adapter-page.js';
import { chromiumMissingReason } from '../../e2e/support/chromium.js';

// Runs in Debian's Chromium; without it the suite skips and its name says why.
const NO_CHROMIUM = chromiumMissingReason();

const SAMPLE_FILE = path.resolve('resources/samples/ja_3.9_browser-copy.txt');

// Each page subscribes on load with a short reconnect delay (capped, so the wait after the place frees up stays
// short however many times it was refused), and can unsubscribe on request.
const ENTRY = `
import { createHttpApi } from ${JSON.stringify(path.resolve('renderer/api/http-adapter.ts'))};
const token = new URL(location.href).searchParams.get('token');
const api = createHttpApi({ baseUrl: location.origin, token, reconnectDelayMs: 100, maxReconnectDelayMs: 400 });
const changes = [];
const unsubscribe = api.onChange((change) => changes.push(change));
Object.assign(window, { api, changes, unsubscribe });
`;

interface PageGlobals {
  api: DocTableApi;
  changes: LibraryChange[];
  unsubscribe(): void;
}

let temp: string;
let docs: string;
let host: ServeHost;
let browser: Browser;

async function openTab(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => 'changes' in globalThis);
  return page;
}

const sawFile = (page: Page, name: string) =>
  page.waitForFunction(
    (file) => (globalThis as unknown as PageGlobals).changes.some((change) => change.added.some((added) => added.name === file)),
    name,
    { timeout: 15_000 },
  );

beforeAll(async () => {
  if (NO_CHROMIUM !== null) return;
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-reconnect-')));
  docs = path.join(temp, 'docs');
  await fs.mkdir(docs);
  ({ host, browser } = await startAdapterPageHost(temp, ENTRY, { paths: [docs], maxChangeStreams: 1 }));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

describe.skipIf(NO_CHROMIUM !== null)(NO_CHROMIUM === null ? 'change stream refused by the host' : `change stream refused by the host (skipped: ${NO_CHROMIUM})`, () => {
  it('is opened again once a place is free, and catches up on what it missed', async () => {
    const first = await openTab();
    const refused = await browser.newPage();
    const statuses: number[] = [];
    refused.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/events') statuses.push(response.status());
    });
    await refused.goto(host.url);
    await refused.waitForFunction(() => 'changes' in globalThis);
    // As the app does: the snapshot first, so the adapter knows which revision it holds.
    await refused.evaluate(() => (globalThis as unknown as PageGlobals).api.getSnapshot());
    await expect.poll(() => statuses.filter((status) => status === 503).length).toBeGreaterThanOrEqual(2);

    // While refused, the other tab gets the change; then it leaves and frees the place.
    await fs.copyFile(SAMPLE_FILE, path.join(docs, 'while-refused.txt'));
    await sawFile(first, 'while-refused.txt');
    await first.evaluate(() => (globalThis as unknown as PageGlobals).unsubscribe());

    await expect.poll(() => statuses.includes(200), { timeout: 15_000 }).toBe(true);
    await fs.copyFile(SAMPLE_FILE, path.join(docs, 'after.txt'));
    await sawFile(refused, 'after.txt');
    // It reconnected from the revision it held: the host's catch-up brings the file written while it was refused.
    const names = await refused.evaluate(() =>
      (globalThis as unknown as PageGlobals).changes.flatMap((change) => [...change.added, ...(change.reset?.files ?? [])].map((file) => file.name)),
    );
    expect(names).toContain('while-refused.txt');
  });
});
