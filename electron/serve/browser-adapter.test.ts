/* eng-disable OPEN_EXTERNAL_JS_CHECK: this test drives the link allow-list with allowed and refused URLs */
/**
 * The renderer's HTTP adapter (renderer/api) in a real Chromium against a real serve host: token handling,
 * snapshot calls, change push after a real file write, link policy, CSV download.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTableApi } from '../shared/api.js';
import type { LibraryChange, LibrarySnapshot } from '../shared/library-types.js';
import type { ServeHost } from './host.js';
import { startAdapterPageHost } from './test-support/adapter-page.js';
import { rawRequest } from './test-support/http-client.js';
import { SNAPSHOT_LINES_MEDIA_TYPE } from '../shared/snapshot-media.js';
import { snapshotFromLines } from './test-support/snapshot-lines.js';
import { chromiumMissingReason } from '../../e2e/support/chromium.js';

// Runs in Debian's Chromium; without it the suite skips and its name says why.
const NO_CHROMIUM = chromiumMissingReason();

const SAMPLE_FILE = path.resolve('resources/samples/ja_3.9_browser-copy.txt');

// The page under test: the adapter chosen by createApi(), exposed for page.evaluate, with every change kept.
const ENTRY = `
import { createApi } from ${JSON.stringify(path.resolve('renderer/api/index.ts'))};
const api = createApi();
const changes = [];
api.onChange((change) => changes.push(change));
Object.assign(window, { api, changes });
`;

/** What the page's globals hold (this project typechecks without the DOM library). */
interface PageGlobals {
  api: DocTableApi;
  changes: LibraryChange[];
  sessionStorage: { getItem(key: string): string | null };
  opener: unknown;
}

let temp: string;
let docs: string;
let host: ServeHost;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (NO_CHROMIUM !== null) return;
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-adapter-')));
  docs = path.join(temp, 'docs');
  await fs.mkdir(docs);
  await fs.copyFile(SAMPLE_FILE, path.join(docs, 'ja.txt'));
  await fs.writeFile(path.join(temp, 'outside.txt'), 'outside');
  await fs.writeFile(path.join(docs, 'os.html'), '<p>os</p>');
  ({ host, browser } = await startAdapterPageHost(temp, ENTRY, { paths: [docs] }));
  context = await browser.newContext({ acceptDownloads: true });
  // No network here: stand in for docs.python.org so an opened tab has something to load.
  await context.route('https://docs.python.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'docs' }));
  page = await context.newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => 'api' in globalThis);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

/** The host's snapshot as a JSON client gets it. */
const hostSnapshot = async (): Promise<LibrarySnapshot> =>
  JSON.parse((await rawRequest(host.port, { path: '/api/snapshot', headers: { 'x-doctable-token': host.token } })).body) as LibrarySnapshot;

describe.skipIf(NO_CHROMIUM !== null)(NO_CHROMIUM === null ? 'HTTP adapter in a browser' : `HTTP adapter in a browser (skipped: ${NO_CHROMIUM})`, () => {
  it('takes the token from the address, hides it, and keeps it across a reload', async () => {
    expect(page.url()).toBe(`http://127.0.0.1:${host.port}/`);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('doctable.token'))).toBe(host.token);
    await page.reload();
    await page.waitForFunction(() => 'api' in globalThis);
    const snapshot = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.getSnapshot());
    expect(snapshot.roots).toEqual([docs]);
  });

  it('reports the browser host and its snapshot', async () => {
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.hostInfo());
    expect(info).toMatchObject({ kind: 'browser', nativeDialogs: false });
    const files = await page.evaluate(async () => (await (globalThis as unknown as PageGlobals).api.getSnapshot()).files.map((file) => file.name));
    expect(files).toEqual(['ja.txt']);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).api.openDialog('folder'))).toBeNull();
  });

  it('receives the change pushed after a real file write', async () => {
    await fs.copyFile(SAMPLE_FILE, path.join(docs, 'new.txt'));
    const handle = await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).changes.find((change) => change.added.some((file) => file.name === 'new.txt')) ?? null,
    );
    const change = (await handle.jsonValue()) as LibraryChange;
    expect(change.added[0]?.path).toBe(path.join(docs, 'new.txt'));
  });

  it('opens folders by typed path and reports refusals as errors', async () => {
    const opened: LibrarySnapshot = await page.evaluate((folder) => (globalThis as unknown as PageGlobals).api.openPaths([folder]), docs);
    expect(opened.roots).toEqual([docs]);
    const error = await page.evaluate(async () => {
      try {
        await (globalThis as unknown as PageGlobals).api.openPaths(['x'.repeat(5000)]);
        return null;
      } catch (caught) {
        return (caught as Error).message;
      }
    });
    expect(error).toMatch(/^invalid body: paths\.0/);
  });

  it('opens only allow-listed links, in a new tab without an opener', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).api.openExternal('https://evil.example/'))).toBe(false);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).api.openExternal('javascript:alert(1)'))).toBe(false);
    const outside = pathToFileURL(path.join(temp, 'outside.txt')).href;
    expect(await page.evaluate((url) => (globalThis as unknown as PageGlobals).api.openExternal(url), outside)).toBe(false);

    const docsTab = context.waitForEvent('page');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).api.openExternal('https://docs.python.org/3/library/sys.html#sys.audit'))).toBe(true);
    const docsPage = await docsTab;
    expect(docsPage.url()).toBe('https://docs.python.org/3/library/sys.html#sys.audit');
    expect(await docsPage.evaluate(() => (globalThis as unknown as PageGlobals).opener)).toBeNull();
    await docsPage.close();

    const localTab = context.waitForEvent('page');
    const inside = pathToFileURL(path.join(docs, 'ja.txt')).href;
    expect(await page.evaluate((url) => (globalThis as unknown as PageGlobals).api.openExternal(url), inside)).toBe(true);
    const localPage = await localTab;
    await localPage.waitForLoadState();
    expect(new URL(localPage.url()).pathname).toBe('/api/local-file');
    expect(await localPage.textContent('body')).toContain('監査イベント表');
    await localPage.close();
  });

  it('asks the host for the page beside a file', async () => {
    const ask = (fileId: string, target: string) =>
      page.evaluate(([id, to]) => (globalThis as unknown as PageGlobals).api.resolveLocalRef(id!, to!), [fileId, target]);
    const snapshot = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.getSnapshot());
    const ja = snapshot.files.find((file) => file.name === 'ja.txt')!;
    expect(await ask(ja.id, 'os.html#os.system')).toBe(`${pathToFileURL(path.join(docs, 'os.html')).href}#os.system`);
    expect(await ask(ja.id, '../outside.txt')).toBeNull();
    expect(await ask('9:none.txt', 'os.html')).toBeNull();
  });

  it('asks for the snapshot at start, and starts the change stream from that snapshot, missing nothing', async () => {
    const tab = await context.newPage();
    const asked: string[] = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.searchParams.has('since') ? ` since=${url.searchParams.get('since')}` : ''}`);
    });
    let held: LibrarySnapshot | null = null;
    // The prefetch's answer is held back while a file is written and the host has taken it in: the snapshot the
    // page gets is then behind the host, as when a change lands between the answer and the stream's start.
    await tab.route('**/api/snapshot', async (route) => {
      const answer = await route.fetch();
      const bytes = await answer.body();
      // The adapter asks for the snapshot as gzipped lines (electron/shared/snapshot-media.ts).
      expect(answer.headers()['content-type']).toBe(SNAPSHOT_LINES_MEDIA_TYPE);
      held = snapshotFromLines(gunzipSync(bytes));
      const before = held.revision;
      await fs.copyFile(SAMPLE_FILE, path.join(docs, 'late.txt'));
      await expect
        .poll(async () => {
          const now = JSON.parse((await rawRequest(host.port, { path: '/api/snapshot', headers: { 'x-doctable-token': host.token } })).body) as LibrarySnapshot;
          return now.revision > before && now.files.some((file) => file.name === 'late.txt');
        })
        .toBe(true);
      await route.fulfill({ status: 200, contentType: SNAPSHOT_LINES_MEDIA_TYPE, body: bytes });
    }, { times: 1 });
    try {
      await tab.goto(host.url);
      await tab.waitForFunction(() => 'api' in globalThis);
      // The page's entry subscribes at once; the stream waits for the prefetched snapshot's revision.
      const reset = await tab.waitForFunction(
        () => (globalThis as unknown as PageGlobals).changes.find((change) => change.reset?.files.some((file) => file.name === 'late.txt')) ?? null,
      );
      const change = (await reset.jsonValue()) as LibraryChange;
      expect(held).not.toBeNull();
      expect(held!.files.map((file) => file.name)).not.toContain('late.txt');
      expect(change.revision).toBeGreaterThan(held!.revision);
      expect(asked.filter((call) => call.startsWith('/api/events'))).toEqual([`/api/events since=${held!.revision}`]);
      // The app's first getSnapshot() is answered by the prefetch; a later one asks again.
      const first = await tab.evaluate(() => (globalThis as unknown as PageGlobals).api.getSnapshot());
      expect(first.revision).toBe(held!.revision);
      expect(asked.filter((call) => call === '/api/snapshot')).toHaveLength(1);
      const second = await tab.evaluate(() => (globalThis as unknown as PageGlobals).api.getSnapshot());
      expect(second.files.map((file) => file.name)).toContain('late.txt');
      expect(asked.filter((call) => call === '/api/snapshot')).toHaveLength(2);
    } finally {
      await tab.close();
      await fs.rm(path.join(docs, 'late.txt'), { force: true });
    }
  });

  it('hands out the first file as a partial snapshot, then the whole snapshot of the same revision', async () => {
    await fs.copyFile(SAMPLE_FILE, path.join(docs, 'second.txt'));
    try {
      await expect.poll(async () => (await hostSnapshot()).files.some((file) => file.name === 'second.txt')).toBe(true);
      const { partials, whole } = await page.evaluate(async () => {
        const got: LibrarySnapshot[] = [];
        const snapshot = await (globalThis as unknown as PageGlobals).api.getSnapshot({ onPartial: (partial) => got.push(partial) });
        return { partials: got, whole: snapshot };
      });
      expect(whole.files.length).toBeGreaterThan(1);
      expect(whole.files.map((file) => file.name)).toContain('second.txt');
      expect(whole.loading).toBeNull();
      expect(partials).toHaveLength(1);
      expect(partials[0]).toEqual({ ...whole, files: whole.files.slice(0, 1), loading: { done: 1, total: whole.files.length } });
    } finally {
      await fs.rm(path.join(docs, 'second.txt'), { force: true });
    }
  });

  it('reports a snapshot cut short as an error, at a line edge or inside the gzip data', async () => {
    await fs.copyFile(SAMPLE_FILE, path.join(docs, 'second.txt'));
    const tab = await context.newPage();
    try {
      await expect.poll(async () => (await hostSnapshot()).files.length).toBeGreaterThan(1);
      let cutAt: 'line' | 'gzip' = 'line';
      await tab.route('**/api/snapshot', async (route) => {
        const answer = await route.fetch();
        const bytes = await answer.body();
        const lines = gunzipSync(bytes);
        const afterFirstFile = lines.indexOf(0x0a, lines.indexOf(0x0a) + 1) + 1;
        // A whole gzip file of the header and the first file: only the count of files can tell it is cut.
        const body = cutAt === 'line' ? gzipSync(lines.subarray(0, afterFirstFile)) : bytes.subarray(0, Math.floor(bytes.length / 2));
        await route.fulfill({ status: 200, contentType: SNAPSHOT_LINES_MEDIA_TYPE, body });
      });
      await tab.goto(host.url);
      await tab.waitForFunction(() => 'api' in globalThis);
      const attempt = () =>
        tab.evaluate(async () => {
          const partials: LibrarySnapshot[] = [];
          try {
            await (globalThis as unknown as PageGlobals).api.getSnapshot({ onPartial: (partial) => partials.push(partial) });
            return { error: null, partials: partials.length };
          } catch (caught) {
            return { error: (caught as Error).message, partials: partials.length };
          }
        });
      // The first call takes the page's prefetch, which was cut the same way.
      const atLine = await attempt();
      expect(atLine.error).toMatch(/^The snapshot ended after 1 of its \d+ files\.$/);
      cutAt = 'gzip';
      const inGzip = await attempt();
      expect(inGzip.error).not.toBeNull();
      expect(inGzip.partials).toBeLessThanOrEqual(1);
    } finally {
      await tab.close();
      await fs.rm(path.join(docs, 'second.txt'), { force: true });
    }
  });

  it('saves CSV as a download, with no call to the host', async () => {
    const csv = '\uFEFFAudit event,Arguments\r\nos.system,command\r\n';
    const download = page.waitForEvent('download');
    const result = await page.evaluate((text) => (globalThis as unknown as PageGlobals).api.saveCsv('audit-events.csv', text), csv);
    expect(result).toEqual({ saved: true, path: null });
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe('audit-events.csv');
    expect(await fs.readFile(file, 'utf8')).toBe(csv);
  });
});
