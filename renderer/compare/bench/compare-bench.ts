/// <reference types="node" />
// Run: node bin/run-ts.mjs renderer/compare/bench/compare-bench.ts
// Times the compare view's pure work on real event sets: every truth build of the corpus as one source each.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { alignSources } from '../align';
import { gridExport } from '../export';
import { filterRows } from '../filter';
import { newestSource, toCompareSources } from '../sources';
import { summarize } from '../summary';
import { CORPUS_DIR, truthBuildFile } from '../test-support/corpus';

const versions = readdirSync(`${CORPUS_DIR}/truth/builds`)
  .filter((name) => /^\d/.test(name))
  .map((name) => name.split('_')[0]!);

function time(label: string, runs: number, work: () => unknown): void {
  work();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) work();
  console.log(`${label}: ${((performance.now() - start) / runs).toFixed(2)} ms per run (${runs} runs)`);
}

for (const count of [2, 5, versions.length]) {
  const sources = toCompareSources(versions.slice(0, count).map((version) => truthBuildFile(version)));
  const reference = newestSource(sources)!;
  const alignment = alignSources(sources, reference.id);
  console.log(`${count} sources, ${alignment.rows.length} aligned events`);
  time('  align', 50, () => alignSources(sources, reference.id));
  time('  filter (query + only differences)', 200, () =>
    filterRows(alignment.rows, { query: 'os.', split: 'all', onlyDifferences: true, missingIn: null }),
  );
  time('  summarize', 200, () => summarize(sources, alignment));
  time('  export rows', 200, () => gridExport(alignment, alignment.rows));
}
