/**
 * Run as a non-root user by permissions.test.ts (root reads through chmod 000, so only another user can see
 * EACCES): opens a folder whose doc file is unreadable, makes it readable, locks it again, and prints what the
 * library showed after each step as one line of JSON.
 */
import { chmod, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { LibrarySnapshot } from '../../shared/library-types.js';
import { createLibrary } from '../index.js';
import { BUNDLED_SAMPLES_DIR } from '../samples.js';
import { fileByName, nextChange, rowCount } from '../test-support.js';

export interface ScenarioStep {
  step: string;
  files: { relPath: string; status: string; message: string | null; rows: number }[];
  skipped: { relPath: string; reason: string; detail: string }[];
}

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('usage: permission-scenario.ts FOLDER');
const locked = path.join(folder, 'locked.txt');
const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
const steps: ScenarioStep[] = [];
const record = (step: string, snapshot: LibrarySnapshot) =>
  steps.push({
    step,
    files: snapshot.files.map((f) => ({ relPath: f.relPath, status: f.status, message: f.message, rows: rowCount(f.model) })),
    skipped: snapshot.skipped.files.map((f) => ({ relPath: f.relPath, reason: f.reason, detail: f.detail })),
  });

/** A write after the chmod: losing read access alone changes neither content nor mtime (the cache key). */
async function lockAndTouch(): Promise<void> {
  await chmod(locked, 0o000);
  const now = new Date();
  await utimes(locked, now, now);
}

try {
  record('opened', await library.open([folder]));
  const readable = nextChange(library, (s) => fileByName(s, 'locked.txt')?.status === 'ok', 'made readable');
  // chmod alone: an unreadable file is polled, so regaining access shows without any write.
  await chmod(locked, 0o644);
  record('made readable', (await readable).snapshot);
  const unreadable = nextChange(library, (s) => fileByName(s, 'locked.txt')?.status === 'error', 'locked again');
  await lockAndTouch();
  record('locked again', (await unreadable).snapshot);
} finally {
  await library.close();
}
process.stdout.write(`${JSON.stringify(steps)}\n`);
