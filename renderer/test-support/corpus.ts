// Test-only: the shared corpus on disk (Node APIs are available under vitest, not in the app's renderer).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.DOCTABLE_CORPUS ?? '/work/shared/corpus';

/** The one corpus file under `folder` ("seeds", "real") whose name starts with `prefix`. */
export function corpusPath(folder: string, prefix: string): string {
  const matches = readdirSync(join(CORPUS_DIR, folder)).filter((name) => name.startsWith(prefix));
  if (matches.length !== 1) throw new Error(`${folder}/${prefix}*: ${matches.length} corpus files match`);
  return join(CORPUS_DIR, folder, matches[0]!);
}

export function corpusText(folder: string, prefix: string): string {
  return readFileSync(corpusPath(folder, prefix), 'utf8');
}
