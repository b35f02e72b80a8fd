/**
 * The folders a host test serves: a static root (index.html + assets/app.js) with a symlink out of it, a docs
 * folder with a real doc table and a shell script, and a secret file beside them that no request may reach.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const SAMPLES = path.resolve('resources/samples');
export const SAMPLE_FILE = path.join(SAMPLES, 'ja_3.9_browser-copy.txt');
/** The secret file's content: a response holding it is a leak. */
export const SECRET = 'secret-outside-the-served-folder';

export interface ServedTree {
  temp: string;
  staticRoot: string;
  /** Holds ja.txt (a doc table) and run.sh (a script printing SECRET). */
  docs: string;
  /** temp/secret.txt, outside both folders; static/escape.txt links to it. */
  secretFile: string;
}

export async function plantServedTree(prefix: string): Promise<ServedTree> {
  const temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
  const staticRoot = path.join(temp, 'static');
  const docs = path.join(temp, 'docs');
  const secretFile = path.join(temp, 'secret.txt');
  await fs.mkdir(path.join(staticRoot, 'assets'), { recursive: true });
  await fs.mkdir(docs);
  await fs.writeFile(path.join(staticRoot, 'index.html'), '<!doctype html><title>DocTable</title><script type="module" src="./assets/app.js"></script>');
  await fs.writeFile(path.join(staticRoot, 'assets', 'app.js'), 'console.log("app");');
  await fs.writeFile(secretFile, SECRET);
  await fs.writeFile(path.join(docs, 'run.sh'), `#!/bin/sh\necho ${SECRET}\n`);
  await fs.symlink(secretFile, path.join(staticRoot, 'escape.txt'));
  await fs.copyFile(SAMPLE_FILE, path.join(docs, 'ja.txt'));
  return { temp, staticRoot, docs, secretFile };
}
