/**
 * Compacts the corpus truth data (events per CPython docs build) into resources/truth/audit-events-truth.json,
 * the small file the parser ships with for version inference (the app ships without /work/shared).
 *
 *   node bin/run-ts.mjs scripts/build-truth.ts [--corpus DIR] [--out FILE] [--check]
 *
 * --check exits 1 when the committed file differs from what the corpus gives (nothing is written).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TruthData, TruthVersion } from '../electron/core/truth-types.js';
import { Interner } from '../electron/shared/interner.js';

interface BuildEvent {
  event: string;
  args: string[];
  internal: boolean;
}

interface BuildFile {
  meta: { label: string; rev: string; commit: string };
  events: BuildEvent[];
}

/** One row of the summary table in truth/events-by-version.md. */
interface SummaryRow {
  version: string;
  description: string;
  commitPrefix: string;
  unstableArgs: string[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS = '/work/shared/corpus';
export const TRUTH_OUTPUT = path.join(ROOT, 'resources/truth/audit-events-truth.json');

export function buildTruth(corpusDir: string): TruthData {
  const truthDir = path.join(corpusDir, 'truth');
  const summary = readSummary(readFileSync(path.join(truthDir, 'events-by-version.md'), 'utf8'));
  const builds = readdirSync(path.join(truthDir, 'builds'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(truthDir, 'builds', name), 'utf8')) as BuildFile);

  const events = new Interner();
  const argLists = new Interner();
  const versions: TruthVersion[] = [];
  for (const row of summary) {
    const build = builds.find((candidate) => candidate.meta.commit.startsWith(row.commitPrefix));
    if (!build) throw new Error(`events-by-version.md names commit ${row.commitPrefix}, which no truth/builds file has`);
    const encode = (internal: boolean): number[] =>
      build.events
        .filter((entry) => entry.internal === internal)
        .flatMap((entry) => [events.id(entry.event), argLists.id(entry.args.join(', '))]);
    versions.push({
      version: row.version,
      label: build.meta.label,
      description: row.description,
      commit: build.meta.commit,
      public: encode(false),
      internal: encode(true),
    });
  }

  return {
    origin:
      'CPython documentation sources (PSF licence): the `.. audit-event::` directives of each build listed in ' +
      'the DocTable corpus truth/ (events-by-version.md and builds/*.json), compacted by scripts/build-truth.ts',
    unstableArgs: [...new Set(summary.flatMap((row) => row.unstableArgs))].sort(),
    events: events.values,
    argLists: argLists.values,
    versions,
  };
}

/** The table at the top of events-by-version.md, in its (chronological) order. */
function readSummary(markdown: string): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | version (origin) | repo commit | public | internal | directives | multi-source | differing args |
    if (cells.length < 9 || !/^\d/.test(cells[1] ?? '')) continue;
    // "3.8.7+ (git 3.8 branch 2021-01)", "3.16.0a0 main (build _sources 2026-06)"
    const [version = '', ...rest] = cells[1]!.split(/\s+/);
    const commitPrefix = cells[2]!.split(/\s+/).pop() ?? '';
    rows.push({
      version,
      description: rest.join(' ').replace(/[()]/g, ''),
      commitPrefix,
      unstableArgs: cells[7]!
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && name !== '-'),
    });
  }
  if (rows.length === 0) throw new Error('events-by-version.md: no version table found');
  return rows;
}

export function serializeTruth(data: TruthData): string {
  // One version per line keeps the committed file small and its diffs readable.
  const versions = data.versions.map((version) => `    ${JSON.stringify(version)}`).join(',\n');
  return (
    '{\n' +
    `  "origin": ${JSON.stringify(data.origin)},\n` +
    `  "unstableArgs": ${JSON.stringify(data.unstableArgs)},\n` +
    `  "events": ${JSON.stringify(data.events)},\n` +
    `  "argLists": ${JSON.stringify(data.argLists)},\n` +
    `  "versions": [\n${versions}\n  ]\n}\n`
  );
}

function main(argv: string[]): number {
  const option = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const corpus = option('--corpus') ?? DEFAULT_CORPUS;
  const out = option('--out') ?? TRUTH_OUTPUT;
  const text = serializeTruth(buildTruth(corpus));
  if (argv.includes('--check')) {
    const current = readFileSync(out, 'utf8');
    if (current !== text) {
      console.error(`${out} is out of date: run node bin/run-ts.mjs scripts/build-truth.ts`);
      return 1;
    }
    console.log(`${out} is up to date`);
    return 0;
  }
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes)`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
