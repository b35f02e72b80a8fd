/**
 * The versions view's pure work: the history of every event across the 21 bundled builds plus N open files (file
 * columns made from the builds' own event sets, a few events dropped or changed each), its filters, the diffs of
 * every two consecutive builds, and the exports of all events.
 *
 *   node bin/run-ts.mjs bench/versions.bench.ts      (or `npm run bench -- versions`)
 */
import { performance } from 'node:perf_hooks';
import { bundledTruth } from '../electron/shared/versions/bundled.js';
import { diffSets } from '../electron/shared/versions/diff.js';
import type { EventInfo, EventSet } from '../electron/shared/versions/event-set.js';
import { eventsJson, exportEvents, pythonModule } from '../electron/shared/versions/export-events.js';
import { filterHistory, NO_HISTORY_FILTER } from '../electron/shared/versions/filter.js';
import { buildHistory } from '../electron/shared/versions/history.js';

function time(label: string, runs: number, work: () => unknown): void {
  work();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) work();
  console.log(`${label}: ${((performance.now() - start) / runs).toFixed(2)} ms per run (${runs} runs)`);
}

const { sets, unstableArgs } = bundledTruth();

/** A file of build `base`'s version, missing every 17th event and with every 23rd event's arguments reversed. */
function fileLike(base: EventSet, n: number): EventSet {
  const events = new Map<string, EventInfo>();
  [...base.events.values()].forEach((info, i) => {
    if ((i + n) % 17 === 0) return;
    events.set(info.event, (i + n) % 23 === 0 ? { ...info, args: [...info.args].reverse() } : info);
  });
  return { id: `file:${n}`, kind: 'file', version: base.version, label: `file ${n}`, description: `synthetic ${n}`, events };
}

for (const fileCount of [0, 15, 100]) {
  const files = Array.from({ length: fileCount }, (_, n) => fileLike(sets[n % sets.length]!, n));
  const history = buildHistory(sets, files, unstableArgs);
  console.log(`${sets.length} builds + ${fileCount} files: ${history.rows.length} events × ${history.columns.length} columns`);
  time('  history', 20, () => buildHistory(sets, files, unstableArgs));
  time('  filter (present in, search)', 200, () => filterHistory(history, { ...NO_HISTORY_FILTER, presentIn: 'truth:3.13.0rc2', query: 'os' }));
  time('  filter (changed between)', 200, () => filterHistory(history, { ...NO_HISTORY_FILTER, changedBetween: ['truth:3.8.0', 'truth:3.16.0a0'] }));
}

time(`diffs of the ${sets.length - 1} consecutive builds`, 50, () => sets.slice(1).map((set, i) => diffSets(sets[i]!, set, unstableArgs)));
const all = exportEvents(buildHistory(sets, [], unstableArgs).rows);
time(`JSON export of ${all.length} events`, 100, () => eventsJson(all));
time(`Python export of ${all.length} events`, 100, () => pythonModule(all, ['bench']));
