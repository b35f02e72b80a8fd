/** Time to first table: navigation start → the first grid row in the DOM, and the end of the frame painting it. */
import type { Browser } from '@playwright/test';
import type { ServeHost } from '../../electron/serve/index.js';
import { summarize, type Summary } from '../support/stats.js';
import { freshPage, waitInPage } from './chromium.js';
import { FIRST_TABLE_PROBE, FIRST_TABLE_READING } from './probes.js';

interface Reading {
  snapshotRequested: number | null;
  snapshotFirstByte: number | null;
  snapshotLastByte: number | null;
  snapshotTransferBytes: number | null;
  snapshotDecoded: number | null;
  snapshotParsed: number | null;
  snapshotFirstFile: number | null;
  wholePainted: number | null;
  rowInDom: number | null;
  rowPainted: number | null;
  responseEnd: number | null;
  domContentLoaded: number | null;
  firstContentfulPaint: number | null;
}

export interface FirstTableFigures {
  loads: number;
  rowInDom: Summary;
  rowPainted: Summary;
  domContentLoaded: Summary;
  firstContentfulPaint: Summary;
  /** The page's GET /api/snapshot, from its resource timing: asked, first byte, last byte, bytes on the wire. */
  snapshotRequested: Summary;
  snapshotFirstByte: Summary;
  snapshotLastByte: Summary;
  snapshotTransferBytes: Summary;
  /** The adapter's marks: the body read and decoded to text, then parsed (NaN for a build without them). */
  snapshotDecoded: Summary;
  snapshotParsed: Summary;
  /** A streamed snapshot's first file parsed (NaN for a build that does not stream it). */
  snapshotFirstFile: Summary;
  /** The frame after the whole snapshot was parsed, or the first row's frame if later: the whole library shown. */
  wholePainted: Summary;
}

const TIMEOUT_MS = 30_000;

/** `loads` cold page loads (a fresh browser context each: empty cache, as a first visit) of the host's address. */
export async function timeToFirstTable(browser: Browser, host: ServeHost, loads: number): Promise<FirstTableFigures> {
  const readings: Reading[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await freshPage(browser);
    try {
      await page.addInitScript({ content: FIRST_TABLE_PROBE });
      await page.goto(host.url);
      // The streamed snapshot paints its first file before the rest is parsed: wait for both.
      await waitInPage(page, 'window.__benchFirstTable.rowPainted !== null && window.__benchFirstTable.wholeParsedPainted !== null', TIMEOUT_MS);
      readings.push(await page.evaluate<Reading>(FIRST_TABLE_READING));
    } finally {
      await page.context().close();
    }
  }
  const pick = (key: keyof Reading) => summarize(readings.map((reading) => reading[key] ?? Number.NaN));
  return {
    loads,
    rowInDom: pick('rowInDom'),
    rowPainted: pick('rowPainted'),
    domContentLoaded: pick('domContentLoaded'),
    firstContentfulPaint: pick('firstContentfulPaint'),
    snapshotRequested: pick('snapshotRequested'),
    snapshotFirstByte: pick('snapshotFirstByte'),
    snapshotLastByte: pick('snapshotLastByte'),
    snapshotTransferBytes: pick('snapshotTransferBytes'),
    snapshotDecoded: pick('snapshotDecoded'),
    snapshotParsed: pick('snapshotParsed'),
    snapshotFirstFile: pick('snapshotFirstFile'),
    wholePainted: pick('wholePainted'),
  };
}

/** Time to first table when the page is reloaded in the same tab: one Summary of the first row painted per reload. */
export interface ReloadFigures {
  tabs: number;
  /** `[i]`: the (i+1)th reload of each tab. */
  rowPainted: Summary[];
  domContentLoaded: Summary[];
}

/**
 * `tabs` fresh tabs, each loaded once (cold, not counted) then reloaded `reloads` times: a person's second and later
 * starts, when the renderer process already holds the bundle compiled. The cold figures above are a first visit.
 */
export async function timeToFirstTableReloaded(browser: Browser, host: ServeHost, tabs: number, reloads: number): Promise<ReloadFigures> {
  const readings: Reading[][] = Array.from({ length: reloads }, () => []);
  for (let tab = 0; tab < tabs; tab++) {
    const page = await freshPage(browser);
    try {
      await page.addInitScript({ content: FIRST_TABLE_PROBE });
      for (let load = 0; load <= reloads; load++) {
        if (load === 0) await page.goto(host.url);
        else await page.reload();
        await waitInPage(page, 'window.__benchFirstTable.rowPainted !== null && window.__benchFirstTable.wholeParsedPainted !== null', TIMEOUT_MS);
        if (load > 0) readings[load - 1]!.push(await page.evaluate<Reading>(FIRST_TABLE_READING));
      }
    } finally {
      await page.context().close();
    }
  }
  const pick = (key: keyof Reading) => readings.map((each) => summarize(each.map((reading) => reading[key] ?? Number.NaN)));
  return { tabs, rowPainted: pick('rowPainted'), domContentLoaded: pick('domContentLoaded') };
}
