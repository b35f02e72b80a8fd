/**
 * Links from a page inside an archive (`docs.zip!/library/audit_events.html`): nothing local to open (the renderer
 * links to docs.python.org instead), and no route that takes a local path trips over the `!/` in it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../library/archive/archive-test-support.js';
import { createLibrary, type DocLibrary } from '../library/index.js';
import { resolveLocalFile } from '../serve/local-files.js';
import type { SourceFile } from '../shared/library-types.js';
import { localLinkTarget } from './ipc.js';
import { resolveLocalRef } from './local-refs.js';

const SAMPLES = path.resolve('resources/samples');

let temp: string;
let library: DocLibrary;
let member: SourceFile;

beforeAll(async () => {
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-archive-refs-')));
  const page = await fs.readFile(path.join(SAMPLES, 'en_3.12.1_sphinx-html.html'));
  await writeZip(path.join(temp, 'docs.zip'), { 'library/audit_events.html': page, 'library/os.html': '<p>os</p>' });
  library = createLibrary({ samplesDir: SAMPLES });
  const snapshot = await library.open([temp]);
  member = snapshot.files.find((file) => file.relPath === 'docs.zip!/library/audit_events.html')!;
});

afterAll(async () => {
  await library?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

describe('links from an archive member', () => {
  it('resolve to nothing local, whatever the target', async () => {
    expect(member.path).toBe(path.join(temp, 'docs.zip!/library/audit_events.html'));
    for (const target of ['os.html#os.system', '#audit-events-table', '../c-api/sys.html', 'os.html']) {
      expect(await resolveLocalRef(library, member.id, target), target).toBeNull();
    }
  });

  it('are refused by the Electron and serve routes for local files, as missing files', async () => {
    const url = pathToFileURL(path.join(temp, 'docs.zip!/library/os.html')).href;
    expect(await localLinkTarget(url, library)).toBeNull();
    await expect(resolveLocalFile(url, library)).rejects.toMatchObject({ status: 404 });
  });
});
