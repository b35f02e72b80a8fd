/**
 * Temp folders of real documentation files for a test to open, watch and change: copies of the shared corpus
 * (`seeds/` and `real/`), or of the bundled samples where the corpus is not there. Never the originals: tests
 * write, truncate and delete inside them.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SAMPLES_DIR, corpusDir } from './paths.js';

export interface CorpusFolder {
  /** Absolute path of the temp folder (its real path, as the library reports it). */
  dir: string;
  /** Names of the files copied into it. */
  names: string[];
}

/** Files with a documentation table in them: what the corpus/samples folders hold besides their notes. */
async function listDocFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !/^(README\.md|ORIGIN\.json)$/i.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** Where the copies come from: the corpus' seeds and real builds, or the bundled samples. */
export async function sourceFiles(): Promise<string[]> {
  const corpus = corpusDir();
  if (corpus === null) return listDocFiles(SAMPLES_DIR);
  return [...(await listDocFiles(path.join(corpus, 'seeds'))), ...(await listDocFiles(path.join(corpus, 'real')))];
}

export async function createCorpusFolder(): Promise<CorpusFolder> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-e2e-')));
  const files = await sourceFiles();
  await Promise.all(files.map((file) => fs.copyFile(file, path.join(dir, path.basename(file)))));
  return { dir, names: files.map((file) => path.basename(file)).sort() };
}

export async function removeFolder(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}
