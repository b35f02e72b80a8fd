/**
 * Write-to-screen latency of a watched folder, in the page: from the moment fs.writeFile is called to the moment
 * the page shows what was written (in the DOM, and at the end of the frame that paints it). The path it measures:
 * the file watcher (chokidar), the library's debounce (~75 ms, on purpose: editors write in bursts), read and
 * parse, the change pushed over the event stream, the renderer's row set rebuilt and React's render.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { knownRows, sphinxGrid, type SampleRow } from '../../electron/core/test-support/render.js';
import { summarize, type Summary } from '../support/stats.js';
import { clockOffset, epochNow } from './chromium.js';
import { APPEARANCE_PROBE } from './probes.js';

/** Event names of the probe file start with this, so the search box can show its row alone. */
export const PROBE_PREFIX = 'zzbench.probe_';
export const PROBE_FILE = 'zz-watch-probe.txt';

const SETTLE_MS = 300;

export interface LatencyFigures {
  inDom: Summary;
  painted: Summary;
}

export interface WatchFigures {
  /** Page clock vs this process's: the error bound on every figure. */
  clockUncertaintyMs: number;
  newFile: LatencyFigures | null;
  changedRow: LatencyFigures;
}

/** A real page in Sphinx text form (the 3.12.4 tables) with one extra event, named `probe`. */
export function probePage(probe: string): string {
  const rows: SampleRow[] = [...knownRows('3.12.4'), { event: probe, args: ['bench'], refs: ['sys.html#sys.audit'] }];
  return [
    'Audit events table',
    '******************',
    '',
    sphinxGrid(['Audit event', 'Arguments', 'References'], rows, [32, 55, 15]),
    '',
    'The following events are raised internally and do not correspond to any public API of CPython:',
    '',
    sphinxGrid(['Audit event', 'Arguments'], knownRows('3.12.4', 'internal'), [26, 43]),
    '',
  ].join('\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One write, timed until the element with `text` (matched by `selector`) shows. */
async function timeWrite(page: Page, offsetMs: number, selector: string, text: string, write: () => Promise<void>) {
  await page.evaluate(`window.__benchAppearance.arm(${JSON.stringify(selector)}, ${JSON.stringify(text)})`);
  const started = epochNow();
  await write();
  const seen = await page.evaluate<{ inDom: number; painted: number }>('window.__benchAppearance.seen()');
  await sleep(SETTLE_MS);
  return { inDom: seen.inDom - offsetMs - started, painted: seen.painted - offsetMs - started };
}

function figures(samples: Array<{ inDom: number; painted: number }>): LatencyFigures {
  return { inDom: summarize(samples.map((s) => s.inDom)), painted: summarize(samples.map((s) => s.painted)) };
}

/**
 * On a page showing `folder` (already holding PROBE_FILE with event PROBE_PREFIX + 0): `writes` rewrites of the
 * probe file, each renaming its extra event (the search box shows only that row, so the change is the one row
 * changing), and, when a template is given, `writes` new files copied from it appearing in Sources.
 */
export async function writeToScreen(
  page: Page,
  folder: string,
  { writes, template }: { writes: number; template: { bytes: Buffer; extension: string } | null },
): Promise<WatchFigures> {
  await page.evaluate(APPEARANCE_PROBE);
  await page.getByRole('searchbox', { name: 'Search events and arguments' }).fill(PROBE_PREFIX);
  await page.locator('[role="gridcell"]', { hasText: `${PROBE_PREFIX}0` }).first().waitFor();
  const clock = await clockOffset(page);

  const changed: Array<{ inDom: number; painted: number }> = [];
  for (let i = 1; i <= writes; i++) {
    const probe = `${PROBE_PREFIX}${i}`;
    changed.push(
      await timeWrite(page, clock.offsetMs, '[role="gridcell"]', probe, () => writeFile(path.join(folder, PROBE_FILE), probePage(probe))),
    );
  }

  let added: Array<{ inDom: number; painted: number }> | null = null;
  if (template) {
    added = [];
    for (let i = 1; i <= writes; i++) {
      const name = `added-${String(i).padStart(2, '0')}${template.extension}`;
      added.push(await timeWrite(page, clock.offsetMs, '.source-name', name, () => writeFile(path.join(folder, name), template.bytes)));
    }
  }
  await page.getByRole('searchbox', { name: 'Search events and arguments' }).fill('');
  return { clockUncertaintyMs: clock.uncertaintyMs, newFile: added && figures(added), changedRow: figures(changed) };
}
