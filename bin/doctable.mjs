#!/usr/bin/env node
// `doctable parse FILE --json` and `doctable serve [FOLDER]`: the TypeScript CLI, run through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
