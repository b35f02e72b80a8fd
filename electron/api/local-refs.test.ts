/**
 * Reference targets resolved beside their doc-table file, with a real library on a temp folder of real files.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibrary, type DocLibrary } from '../library/index.js';
import type { SourceFile } from '../shared/library-types.js';
import { resolveLocalRef } from './local-refs.js';

const SAMPLES = path.resolve('resources/samples');

let temp: string;
let docs: string;
let library: DocLibrary;
let page: SourceFile;

beforeAll(async () => {
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-local-refs-')));
  docs = path.join(temp, 'docs');
  await fs.mkdir(path.join(docs, 'library'), { recursive: true });
  await fs.mkdir(path.join(docs, 'c-api'));
  await fs.copyFile(path.join(SAMPLES, 'en_3.12.1_sphinx-html.html'), path.join(docs, 'library', 'audit_events.html'));
  await fs.writeFile(path.join(docs, 'library', 'os.html'), '<p>os</p>');
  await fs.writeFile(path.join(docs, 'library', 'my page.html'), '<p>spaces</p>');
  await fs.writeFile(path.join(docs, 'c-api', 'sys.html'), '<p>sys</p>');
  await fs.writeFile(path.join(docs, 'library', 'run.sh'), '#!/bin/sh\n');
  await fs.mkdir(path.join(docs, 'library', 'folder.html'));
  await fs.writeFile(path.join(temp, 'secret.html'), '<p>outside</p>');
  await fs.symlink(path.join(temp, 'secret.html'), path.join(docs, 'library', 'leak.html'));
  library = createLibrary({ samplesDir: SAMPLES });
  const snapshot = await library.open([docs]);
  page = snapshot.files.find((file) => file.name === 'audit_events.html')!;
});

afterAll(async () => {
  await library?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

const url = (...parts: string[]): string => pathToFileURL(path.join(docs, ...parts)).href;

describe('resolveLocalRef', () => {
  it('finds the page a real row references beside its file, keeping the fragment', async () => {
    const target = page.model!.tables[0]!.rows.flatMap((row) => row.refs).find((ref) => /^os\.html#/.test(ref.target ?? ''))!.target!;
    expect(await resolveLocalRef(library, page.id, target)).toBe(`${url('library', 'os.html')}#${target.split('#')[1]}`);
  });

  it('follows relative folders, percent-encoding and bare anchors', async () => {
    expect(await resolveLocalRef(library, page.id, '../c-api/sys.html#c.PySys_Audit')).toBe(`${url('c-api', 'sys.html')}#c.PySys_Audit`);
    expect(await resolveLocalRef(library, page.id, 'my%20page.html')).toBe(url('library', 'my page.html'));
    expect(await resolveLocalRef(library, page.id, 'os.html?highlight=x#os.open')).toBe(`${url('library', 'os.html')}#os.open`);
    expect(await resolveLocalRef(library, page.id, '#audit-events-table')).toBe(`${url('library', 'audit_events.html')}#audit-events-table`);
  });

  it.each([
    ['a page the folder does not have', 'socket.html#socket.connect'],
    ['a page outside the open folder', '../../secret.html'],
    ['a link inside the folder that leads out of it', 'leak.html'],
    ['a file that is not documentation', 'run.sh'],
    ['a folder', 'folder.html'],
    ['an absolute path', '<docs>/library/os.html'],
    ['a URL', 'https://docs.python.org/3/library/os.html'],
    ['a file URL', 'file://<docs>/library/os.html'],
    ['a broken escape', 'os%zz.html'],
    ['an encoded NUL', 'os.html%00.sh'],
    ['nothing', '   '],
  ])('gives null for %s', async (_what, target) => {
    // The temp folder is only known once the tests run.
    expect(await resolveLocalRef(library, page.id, target.replace('<docs>', docs))).toBeNull();
  });

  it('gives null for a file id the library does not list', async () => {
    expect(await resolveLocalRef(library, '9:library/audit_events.html', 'os.html')).toBeNull();
  });

  it('finds nothing beside a file opened on its own: only that file is open', async () => {
    const single = createLibrary({ samplesDir: SAMPLES });
    try {
      const snapshot = await single.open([path.join(docs, 'library', 'audit_events.html')]);
      const only = snapshot.files[0]!;
      expect(await resolveLocalRef(single, only.id, 'os.html')).toBeNull();
      expect(await resolveLocalRef(single, only.id, '#top')).toBe(`${url('library', 'audit_events.html')}#top`);
    } finally {
      await single.close();
    }
  });
});
