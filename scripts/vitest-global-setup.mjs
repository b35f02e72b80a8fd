/**
 * Before any vitest file runs: the command line's bundle (dist/cli/) is current, so tests that run `doctable` as a
 * child process (many at once) run today's sources and none of them sees the one-time build note on stderr.
 */
import { buildCli } from './build.mjs';
import { cliBundleStaleness } from './build-freshness.mjs';

export default async function setup() {
  if (cliBundleStaleness() !== null) await buildCli();
}
