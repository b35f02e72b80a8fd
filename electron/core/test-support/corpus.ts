/** Access to the shared corpus (/work/shared/corpus, or $DOCTABLE_CORPUS) for tests and benchmarks. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** shared/ sits beside the checkout (../shared/corpus from the repo root), wherever the checkout is cloned. */
const BESIDE_CHECKOUT = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));

export const CORPUS =
  process.env['DOCTABLE_CORPUS'] ?? (existsSync(BESIDE_CHECKOUT) ? BESIDE_CHECKOUT : '/work/shared/corpus');
export const hasCorpus = existsSync(path.join(CORPUS, 'README.md'));

export function corpusPath(relative: string): string {
  return path.join(CORPUS, relative);
}

export function readCorpus(relative: string): string {
  return readFileSync(corpusPath(relative), 'utf8');
}

/** The one file in a corpus folder whose name starts with `prefix`. */
export function corpusFile(folder: string, prefix: string): string {
  const matches = readdirSync(corpusPath(folder)).filter((name) => name.startsWith(prefix));
  if (matches.length !== 1) throw new Error(`${folder}/${prefix}*: ${matches.length} files`);
  return `${folder}/${matches[0]}`;
}

export interface TruthRow {
  event: string;
  args: string[];
  refs: number;
}

/** A truth build's rows (truth/builds/<label>.json), per table, in table order. */
export function truthBuild(label: string): { public: TruthRow[]; internal: TruthRow[] } {
  const data = JSON.parse(readCorpus(`truth/builds/${label}.json`)) as {
    events: Array<{ event: string; args: string[]; n_refs: number; internal: boolean }>;
  };
  const rows = (internal: boolean): TruthRow[] =>
    data.events.filter((entry) => entry.internal === internal).map((entry) => ({ event: entry.event, args: entry.args, refs: entry.n_refs }));
  return { public: rows(false), internal: rows(true) };
}

/** Events whose argument list depends on which of their directives a build met last (corpus README). */
export const UNSTABLE_ARGS = new Set(['open', 'os.truncate']);
