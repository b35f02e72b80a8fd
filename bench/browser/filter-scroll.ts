/**
 * The events grid at scale, in Chromium: what one keystroke in the search box or a column filter costs until the
 * filtered rows are painted, and the time between frames while the grid scrolls.
 */
import type { Page } from '@playwright/test';
import type { LibrarySnapshot } from '../../electron/shared/library-types.js';
import type { ServeHost } from '../../electron/serve/index.js';
import { EMPTY_FILTERS, filterRows, type FilterState } from '../../renderer/table/filters.js';
import { ALL_SOURCES, buildRowSet } from '../../renderer/table/rows.js';
import { buildEventTable, filterEvents } from '../../renderer/table/byEvent.js';
import { summarize, type Summary } from '../support/stats.js';
import { waitInPage } from './chromium.js';
import { KEYSTROKE_PROBE, idleFramesProbe, scrollProbe } from './probes.js';

interface KeySample {
  key: string;
  toFrameStart: number;
  toPainted: number;
  counts: string;
}

export interface TypingFigures {
  label: string;
  keystrokes: number;
  /** Key event → start of the next frame (input handled, filter run, React rendered). */
  toFrameStart: Summary;
  /** Key event → end of the frame that paints the filtered rows. */
  toPainted: Summary;
  shownAtEnd: number;
  expectedAtEnd: number;
}

export interface ScrollFigures {
  label: string;
  frames: Summary;
  rowsRendered: number;
  rowsMatchPosition: boolean;
}

/** A person types a key every ~100-200 ms; each keystroke is let finish before the next, so each is timed alone. */
const GAP_MS = 60;

export async function fetchSnapshot(host: ServeHost): Promise<LibrarySnapshot> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/snapshot`, { headers: { 'X-DocTable-Token': host.token } });
  if (!response.ok) throw new Error(`GET /api/snapshot: ${response.status}`);
  return (await response.json()) as LibrarySnapshot;
}

/** "12 of 100000 public events shown · 10 files" → 12. */
function shownCount(counts: string): number {
  const match = /^(\d+) of (\d+)/.exec(counts);
  if (!match) throw new Error(`status bar shows no counts: "${counts}"`);
  return Number(match[1]);
}

async function pressTimed(page: Page, key: string, samples: number): Promise<void> {
  await page.keyboard.press(key);
  await waitInPage(page, `window.__benchKeys.length >= ${samples}`);
  await page.waitForTimeout(GAP_MS);
}

/**
 * Types `text` into `field` one key at a time, then deletes it with Backspace one key at a time; every key is
 * timed. The count shown with the whole text typed is checked against the renderer's own filter run here.
 */
async function typeAndErase(
  page: Page,
  snapshot: LibrarySnapshot,
  label: string,
  field: ReturnType<Page['getByRole']>,
  text: string,
  filters: (typed: string) => Partial<FilterState>,
  expectedCount: (filters: FilterState) => number = (state) => filterRows(buildRowSet(snapshot.files, ALL_SOURCES), null, state).indices.length,
): Promise<TypingFigures> {
  await field.click();
  const first = await page.evaluate<number>('window.__benchKeys.length');
  let taken = first;
  for (const char of text) await pressTimed(page, char, ++taken);
  const typed = (await page.evaluate<KeySample[]>('window.__benchKeys')).slice(first);
  for (let i = 0; i < text.length; i++) await pressTimed(page, 'Backspace', ++taken);
  const samples = (await page.evaluate<KeySample[]>('window.__benchKeys')).slice(first);
  const expected = expectedCount({ ...EMPTY_FILTERS, ...filters(text) });
  return {
    label,
    keystrokes: samples.length,
    toFrameStart: summarize(samples.map((sample) => sample.toFrameStart)),
    toPainted: summarize(samples.map((sample) => sample.toPainted)),
    shownAtEnd: shownCount(typed[typed.length - 1]!.counts),
    expectedAtEnd: expected,
  };
}

export async function filterLatency(page: Page, host: ServeHost): Promise<TypingFigures[]> {
  const snapshot = await fetchSnapshot(host);
  await page.evaluate(KEYSTROKE_PROBE);
  const search = page.getByRole('searchbox', { name: 'Search events and arguments' });
  const argsFilter = page.getByRole('grid', { name: 'Audit events' }).getByRole('searchbox', { name: /^Filter Arguments/ });
  // Warm-up (the first keystrokes after load also pay for compiling the filter code), not reported.
  await typeAndErase(page, snapshot, 'warm-up', search, 'os.', (typed) => ({ query: typed }));
  return [
    await typeAndErase(page, snapshot, 'search box', search, 'socket.getaddrinfo', (typed) => ({ query: typed })),
    await typeAndErase(page, snapshot, 'search box, two terms', search, 'os path', (typed) => ({ query: typed })),
    await typeAndErase(page, snapshot, 'Arguments column filter', argsFilter, 'dir_fd', (typed) => ({ columns: { args: typed } })),
  ];
}

/**
 * The by-event view (one row per event across the sources): keystrokes in the search box. The count shown is
 * checked against the renderer's own by-event functions run here. Leaves the page in the per-file view.
 */
export async function eventFilterLatency(page: Page, host: ServeHost): Promise<TypingFigures[]> {
  // A build from before the view (DOCTABLE_BENCH_RENDERER_DIR) has nothing to measure here.
  if ((await page.getByRole('button', { name: 'By event' }).count()) === 0) return [];
  const snapshot = await fetchSnapshot(host);
  await page.evaluate(KEYSTROKE_PROBE);
  await page.getByRole('button', { name: 'By event' }).click();
  await page.getByRole('grid', { name: 'Audit events by event' }).waitFor();
  const search = page.getByRole('searchbox', { name: 'Search events and arguments' });
  const set = buildRowSet(snapshot.files, ALL_SOURCES);
  const table = buildEventTable(set);
  const events = (state: FilterState) =>
    filterEvents(table, null, filterRows(set, null, { ...state, split: 'all' }).indices, state.split).groups.length;
  await typeAndErase(page, snapshot, 'warm-up', search, 'os.', (typed) => ({ query: typed }), events);
  const figures = [
    await typeAndErase(page, snapshot, 'by event: search box', search, 'socket.getaddrinfo', (typed) => ({ query: typed }), events),
    await typeAndErase(page, snapshot, 'by event: search box, two terms', search, 'os path', (typed) => ({ query: typed }), events),
  ];
  await page.getByRole('button', { name: 'Per file' }).click();
  return figures;
}

export async function scrollFrames(page: Page): Promise<{ idle: Summary; scrolls: ScrollFigures[] }> {
  const idle = summarize(await page.evaluate<number[]>(idleFramesProbe(120)));
  const scrolls: ScrollFigures[] = [];
  const runs: Array<[string, 'steady' | 'jump', number, number]> = [
    ['steady scroll, 100 px per frame', 'steady', 240, 100],
    ['steady scroll, 1,000 px per frame', 'steady', 240, 1000],
    ['jump to a random place each frame (scrollbar drag)', 'jump', 120, 0],
  ];
  for (const [label, mode, frames, step] of runs) {
    const result = await page.evaluate<{ intervals: number[]; rendered: number; inView: boolean }>(
      scrollProbe(mode, frames, step),
    );
    scrolls.push({ label, frames: summarize(result.intervals), rowsRendered: result.rendered, rowsMatchPosition: result.inView });
  }
  return { idle, scrolls };
}

/** The page's JavaScript heap after a full collection (Chromium's own count, over CDP). */
export async function pageHeapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
