/**
 * Before any vitest file runs: the command line's bundle (dist/cli/) is current, so tests that run `doctable` as a
 * child process (many at once) run today's sources and none of them sees the one-time build note on stderr; and the
 * library's parser workers start from its built worker (DOCTABLE_PARSE_WORKER, inherited by the test processes)
 * rather than through tsx, which costs seconds per worker on a busy machine. The archive tests share one folder of
 * archives of the corpus tree (DOCTABLE_TEST_ARCHIVE_CACHE, see archiveCorpusFolder), removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, buildCli } from './build.mjs';
import { cliBundleStaleness } from './build-freshness.mjs';

export default async function setup() {
  if (cliBundleStaleness() !== null) await buildCli();
  process.env.DOCTABLE_PARSE_WORKER = path.join(PROJECT_ROOT, 'dist', 'cli', 'parse-worker.cjs');
  const archiveCache = mkdtempSync(path.join(os.tmpdir(), 'doctable-test-archives-'));
  process.env.DOCTABLE_TEST_ARCHIVE_CACHE = archiveCache;
  return () => rmSync(archiveCache, { recursive: true, force: true });
}
