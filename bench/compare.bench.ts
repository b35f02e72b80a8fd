/**
 * The compare view's pure work on real event sets: every truth build of the corpus as one source each, aligned,
 * filtered, summarized and exported, for 2, 5 and all sources.
 *
 *   node bin/run-ts.mjs bench/compare.bench.ts      (or `npm run bench -- compare`)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COMPARE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer', 'compare');

interface Source {
  id: string;
}
interface Alignment {
  rows: readonly unknown[];
}

/**
 * The compare view's modules, loaded at run time (tsx resolves them): they are renderer code with bundler-style
 * imports (no extensions), which the Node-side typecheck (NodeNext) of this folder cannot follow;
 * renderer/tsconfig.json checks them. Only the calls made here are typed.
 */
interface CompareModules {
  alignSources(sources: readonly Source[], referenceId: string): Alignment;
  gridExport(alignment: Alignment, shownRows: readonly unknown[]): unknown;
  filterRows(rows: readonly unknown[], filter: { query: string; split: 'all'; onlyDifferences: boolean; missingIn: null }): unknown[];
  newestSource(sources: readonly Source[]): Source | null;
  toCompareSources(files: readonly unknown[]): Source[];
  summarize(sources: readonly Source[], alignment: Alignment): unknown[];
  CORPUS_DIR: string;
  truthBuildFile(version: string): unknown;
}

async function loadCompareModules(): Promise<CompareModules> {
  const modules = ['align', 'export', 'filter', 'sources', 'summary', 'test-support/corpus'];
  const loaded = await Promise.all(modules.map((name) => import(pathToFileURL(path.join(COMPARE_DIR, `${name}.ts`)).href)));
  return Object.assign({}, ...loaded) as CompareModules;
}

function time(label: string, runs: number, work: () => unknown): void {
  work();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) work();
  console.log(`${label}: ${((performance.now() - start) / runs).toFixed(2)} ms per run (${runs} runs)`);
}

const compare = await loadCompareModules();
const versions = readdirSync(path.join(compare.CORPUS_DIR, 'truth', 'builds'))
  .filter((name) => /^\d/.test(name))
  .map((name) => name.split('_')[0]!);

for (const count of [2, 5, versions.length]) {
  const sources = compare.toCompareSources(versions.slice(0, count).map((version) => compare.truthBuildFile(version)));
  const reference = compare.newestSource(sources)!;
  const alignment = compare.alignSources(sources, reference.id);
  console.log(`${count} sources, ${alignment.rows.length} aligned events`);
  time('  align', 50, () => compare.alignSources(sources, reference.id));
  time('  filter (query + only differences)', 200, () =>
    compare.filterRows(alignment.rows, { query: 'os.', split: 'all', onlyDifferences: true, missingIn: null }),
  );
  time('  summarize', 200, () => compare.summarize(sources, alignment));
  time('  export rows', 200, () => compare.gridExport(alignment, alignment.rows));
}
