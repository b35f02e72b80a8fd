/**
 * Run by library.workers.test.ts in a child process: opens a folder with the default library (parser worker
 * threads), closes it, and prints what it saw as one line of JSON. It never calls process.exit: the test
 * checks that the process ends by itself, i.e. that close() left no worker thread or handle behind.
 */
import { createLibrary } from '../index.js';
import { BUNDLED_SAMPLES_DIR } from '../samples.js';

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('usage: pool-exit-scenario.ts FOLDER');
const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
const snapshot = await library.open([folder]);
const open = library.stats();
await library.close();
process.stdout.write(
  `${JSON.stringify({ files: snapshot.files.length, ok: snapshot.files.filter((f) => f.status !== 'error').length, open, closed: library.stats() })}\n`,
);
