#!/usr/bin/env node
// `doctable <command>`: runs the built command line, dist/cli/main.js (plain JavaScript, no TypeScript loader).
// In a git checkout it is rebuilt first when missing or older than its sources; an installed package ships the
// bundle and never builds anything.
import { existsSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli/main.js', root);
if (existsSync(new URL('.git', root))) {
  const { ensureCliBundle } = await import('../scripts/build-freshness.mjs');
  await ensureCliBundle();
} else if (!existsSync(bundle)) {
  process.stderr.write('doctable: this install has no dist/cli/main.js (build it with `npm run build` in a checkout)\n');
  process.exit(70);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
