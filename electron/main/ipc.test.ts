/**
 * The IPC handlers behind their dispatcher, with a real library on a temp folder. Only what needs a running
 * Electron (the native dialogs, shell.openExternal) is passed in as functions that record their calls.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLibrary, type DocLibrary } from '../library/index.js';
import { REQUEST_CHANNELS, type RequestChannel } from '../shared/ipc-channels.js';
import { MAX_LINK_LENGTH } from '../shared/web-policy.js';
import { InvalidInputError, MAX_CSV_LENGTH, MAX_FILE_NAME_LENGTH, MAX_PATH_LENGTH, MAX_PATHS, fileNameSchema, pathSchema } from '../api/schemas.js';
import { UntrustedSenderError, createIpcDispatcher, createIpcHandlers, csvFileName, type IpcDispatch } from './ipc.js';
import { isTrustedSenderUrl, type TrustedPage } from './security.js';

const SAMPLES = path.resolve('resources/samples');

let temp: string;
let docs: string;
let library: DocLibrary;
let dispatch: IpcDispatch;
let page: TrustedPage;
let openedWeb: string[];
let openedLocal: string[];
let nextOpenPick: string[] | null;
let nextSavePath: string | null;
let saveDialogNames: string[];
let home: string;

beforeAll(async () => {
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-ipc-')));
  docs = path.join(temp, 'docs');
  await fs.mkdir(docs);
  await fs.copyFile(path.join(SAMPLES, 'ja_3.9_browser-copy.txt'), path.join(docs, 'ja.txt'));
  await fs.writeFile(path.join(docs, 'tool.sh'), '#!/bin/sh\n');
  await fs.writeFile(path.join(docs, 'os.html'), '<p>os</p>');
  await fs.writeFile(path.join(temp, 'outside.html'), '<p>outside</p>');
  home = path.join(temp, 'home');
  await fs.mkdir(path.join(home, 'projects'), { recursive: true });
  library = createLibrary({ samplesDir: SAMPLES });
  const ready = library.open([docs]);
  page = { pageUrl: pathToFileURL(path.join(temp, 'app', 'dist', 'renderer', 'index.html')).href, devServerOrigin: null };
  const handlers = createIpcHandlers({
    library,
    ready,
    hostInfo: { kind: 'electron', appVersion: '0.1.0', platform: process.platform, nativeDialogs: true },
    chooseOpenPaths: async () => nextOpenPick,
    chooseSavePath: async (name) => {
      saveDialogNames.push(name);
      return nextSavePath;
    },
    openWebUrl: async (url) => {
      openedWeb.push(url);
    },
    openLocalFile: async (url) => {
      openedLocal.push(url);
    },
    home,
  });
  dispatch = createIpcDispatcher(handlers, (url) => isTrustedSenderUrl(url, page));
  await ready;
});

afterAll(async () => {
  await library?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

beforeEach(() => {
  openedWeb = [];
  openedLocal = [];
  nextOpenPick = null;
  nextSavePath = null;
  saveDialogNames = [];
});

const call = (channel: RequestChannel, ...args: unknown[]): Promise<unknown> => dispatch(channel, page.pageUrl, args);

describe('sender check', () => {
  it.each([
    ['no frame (a subframe, or gone)', null],
    ['a remote page', 'https://evil.example/'],
    ['another local page', pathToFileURL(path.join(temp ?? os.tmpdir(), 'evil.html')).href],
    ['an unconfigured dev server', 'http://localhost:5173/'],
  ])('refuses every channel from %s before looking at the arguments', async (_what, senderUrl) => {
    const revision = library.snapshot().revision;
    for (const channel of REQUEST_CHANNELS) {
      await expect(dispatch(channel, senderUrl, [])).rejects.toBeInstanceOf(UntrustedSenderError);
    }
    await expect(dispatch('shell:open-external', senderUrl, ['https://docs.python.org/3/'])).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(dispatch('library:open-paths', senderUrl, [[docs]])).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(openedWeb).toEqual([]);
    expect(library.snapshot().revision).toBe(revision);
  });
});

describe('argument validation', () => {
  const invalid: [RequestChannel, unknown[]][] = [
    // bad types
    ['library:open-paths', ['not-a-list']],
    ['library:open-paths', [[1, 2]]],
    ['library:open-paths', [{ paths: [docs] }]],
    ['library:open-paths', [[null]]],
    ['library:open-dialog', ['directory']],
    ['library:open-dialog', [1]],
    ['export:save-csv', [42, 'a,b']],
    ['export:save-csv', ['a.csv', { text: 'a,b' }]],
    ['shell:open-external', [{ href: 'https://docs.python.org/' }]],
    ['library:resolve-local-ref', [0, 'os.html']],
    ['library:resolve-local-ref', ['0:ja.txt', ['os.html']]],
    // missing and extra arguments
    ['library:open-paths', []],
    ['library:open-paths', [[docs], 'extra']],
    ['app:host-info', ['extra']],
    ['library:get-snapshot', [{}]],
    ['library:reload', [true]],
    ['export:save-csv', ['a.csv']],
    ['shell:open-external', ['https://docs.python.org/', 'extra']],
    ['library:resolve-local-ref', ['0:ja.txt']],
    ['library:resolve-local-ref', ['0:ja.txt', 'os.html', 'extra']],
    ['library:resolve-local-ref', ['', 'os.html']],
    ['library:resolve-local-ref', ['0:ja.txt', '']],
    // oversize strings and lists
    ['library:open-paths', [[`/${'a'.repeat(MAX_PATH_LENGTH)}`]]],
    ['library:open-paths', [Array.from({ length: MAX_PATHS + 1 }, (_, i) => `/tmp/${i}`)]],
    ['export:save-csv', [`${'a'.repeat(MAX_FILE_NAME_LENGTH)}.csv`, 'a,b']],
    ['shell:open-external', [`https://docs.python.org/${'a'.repeat(MAX_LINK_LENGTH)}`]],
    ['library:resolve-local-ref', ['0:ja.txt', `${'a'.repeat(MAX_LINK_LENGTH)}.html`]],
    ['library:resolve-local-ref', [`0:${'a'.repeat(MAX_PATH_LENGTH)}`, 'os.html']],
    // control characters and path tricks
    ['library:open-paths', [['/tmp/a\u0000b']]],
    ['library:open-paths', [['']]],
    ['library:open-paths', [['/tmp/a\ud800b']]],
    ['library:open-paths', [['/tmp/\udc00']]],
    ['export:save-csv', ['name\ud83d.csv', 'a,b']],
    ['export:save-csv', ['../../.bashrc', 'a,b']],
    ['export:save-csv', ['dir/name.csv', 'a,b']],
    ['export:save-csv', ['..', 'a,b']],
    ['export:save-csv', ['name\n.csv', 'a,b']],
    ['export:save-file', ['events.json', '[]']],
    ['export:save-file', ['events.exe', 'x', 'exe']],
    ['export:save-file', ['../events.py', 'x', 'python']],
    ['export:save-file', ['events.py', 42, 'python']],
    ['library:resolve-local-ref', ['0:ja.txt', 'os.html\u0000.sh']],
    ['library:resolve-local-ref', ['0:ja\n.txt', 'os.html']],
  ];

  it.each(invalid.map(([channel, args], index) => [index, channel, args] as const))('#%i %s rejects %j', async (_index, channel, args) => {
    const revision = library.snapshot().revision;
    await expect(call(channel, ...args)).rejects.toBeInstanceOf(InvalidInputError);
    expect(library.snapshot().revision).toBe(revision);
    expect(saveDialogNames).toEqual([]);
  });

  it('rejects CSV text beyond the limit', async () => {
    await expect(call('export:save-csv', 'a.csv', 'x'.repeat(MAX_CSV_LENGTH + 1))).rejects.toBeInstanceOf(InvalidInputError);
    expect(saveDialogNames).toEqual([]);
  });

  it('rejects relative paths (the renderer has no working directory)', async () => {
    await expect(call('library:open-paths', ['docs'])).rejects.toThrow(/absolute/);
  });

  it('names the problem without echoing the input', async () => {
    const error = await call('library:open-paths', [`/${'secret'.repeat(1000)}`]).catch((caught: unknown) => caught as Error);
    expect((error as Error).message).toMatch(/^invalid arguments for library:open-paths: 0\.0: /);
    expect((error as Error).message).not.toContain('secretsecret');
  });
});

describe('handlers', () => {
  it('answers host info and the snapshot', async () => {
    expect(await call('app:host-info')).toMatchObject({ kind: 'electron', nativeDialogs: true });
    expect(await call('library:get-snapshot')).toMatchObject({ roots: [docs], samples: false });
  });

  it('opens absolute paths and the samples', async () => {
    expect(await call('library:open-samples')).toMatchObject({ samples: true });
    expect(await call('library:open-paths', [docs])).toMatchObject({ roots: [docs], samples: false });
  });

  it('opens what the dialog picked, and nothing when it was cancelled', async () => {
    nextOpenPick = null;
    expect(await call('library:open-dialog', 'folder')).toBeNull();
    nextOpenPick = [path.join(docs, 'ja.txt')];
    expect(await call('library:open-dialog', 'file')).toMatchObject({ roots: [path.join(docs, 'ja.txt')] });
    expect(await call('library:open-paths', [docs])).toMatchObject({ roots: [docs] });
  });

  it('saves CSV where the dialog says, naming it .csv', async () => {
    nextSavePath = path.join(temp, 'export.csv');
    const csv = '\uFEFFAudit event,Arguments\r\nos.system,command\r\n';
    expect(await call('export:save-csv', 'audit events ja', csv)).toEqual({ saved: true, path: nextSavePath });
    expect(saveDialogNames).toEqual(['audit events ja.csv']);
    expect(await fs.readFile(nextSavePath, 'utf8')).toBe(csv);
    nextSavePath = null;
    expect(await call('export:save-csv', 'x.csv', 'a')).toEqual({ saved: false, path: null });
  });

  it('saves a JSON or Python export where the dialog says, with the extension of its kind', async () => {
    nextSavePath = path.join(temp, 'events.py');
    const module = 'EVENTS = {"time.sleep": ("secs",)}\n';
    expect(await call('export:save-file', 'audit-events-3.13', module, 'python')).toEqual({ saved: true, path: nextSavePath });
    expect(await fs.readFile(nextSavePath, 'utf8')).toBe(module);
    nextSavePath = null;
    expect(await call('export:save-file', 'events.json', '[]', 'json')).toEqual({ saved: false, path: null });
    expect(saveDialogNames).toEqual(['audit-events-3.13.py', 'events.json']);
  });

  it('opens docs.python.org links and documentation files inside the open folder', async () => {
    expect(await call('shell:open-external', 'https://docs.python.org/3/library/sys.html#sys.audit')).toBe(true);
    const inside = pathToFileURL(path.join(docs, 'ja.txt')).href;
    expect(await call('shell:open-external', inside)).toBe(true);
    expect(openedWeb).toEqual(['https://docs.python.org/3/library/sys.html#sys.audit']);
    expect(openedLocal).toEqual([inside]);
  });

  it.each([
    'https://evil.example/',
    'http://docs.python.org/3/',
    'https://docs.python.org.evil.example/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share/a.html',
  ])('does not open %s', async (url) => {
    expect(await call('shell:open-external', url)).toBe(false);
    expect(openedWeb).toEqual([]);
    expect(openedLocal).toEqual([]);
  });

  it('does not open files outside the root, executables inside it, or missing files', async () => {
    for (const url of [
      pathToFileURL(path.join(temp, 'outside.html')).href,
      `${pathToFileURL(docs).href}/../outside.html`,
      pathToFileURL(path.join(docs, 'tool.sh')).href,
      pathToFileURL(path.join(docs, 'missing.html')).href,
    ]) {
      expect(await call('shell:open-external', url), url).toBe(false);
    }
    expect(openedLocal).toEqual([]);
  });
});

describe('local reference pages', () => {
  it('answers the page beside an open file, and null for what is not there or not allowed', async () => {
    const ja = (await call('library:get-snapshot')) as { files: { id: string; name: string }[] };
    const id = ja.files.find((file) => file.name === 'ja.txt')!.id;
    expect(await call('library:resolve-local-ref', id, 'os.html#os.system')).toBe(`${pathToFileURL(path.join(docs, 'os.html')).href}#os.system`);
    expect(await call('library:resolve-local-ref', id, 'socket.html')).toBeNull();
    expect(await call('library:resolve-local-ref', id, 'tool.sh')).toBeNull();
    expect(await call('library:resolve-local-ref', id, '../outside.html')).toBeNull();
    expect(await call('library:resolve-local-ref', '7:ja.txt', 'os.html')).toBeNull();
  });
});

describe('the folder browser', () => {
  it('lists home and the opened roots, and refuses the folders around them', async () => {
    const listing = (await call('library:list-folder', null)) as { status: string; path: string; folders: { name: string }[] };
    expect(listing).toMatchObject({ status: 'folder', path: home, parent: null });
    expect(listing.folders.map((folder) => folder.name)).toEqual(['projects']);
    expect(await call('library:list-folder', docs)).toMatchObject({ status: 'folder', path: docs, folders: [] });
    expect(await call('library:list-folder', path.join(docs, 'ja.txt'))).toMatchObject({ status: 'file' });
    expect(await call('library:list-folder', path.join(home, 'typo'))).toMatchObject({ status: 'missing' });
    await expect(call('library:list-folder', temp)).rejects.toThrow(/outside the folders this host may list/);
    await expect(call('library:list-folder', path.join(home, '..'))).rejects.toThrow(/outside/);
    await expect(call('library:list-folder', 'docs')).rejects.toThrow(InvalidInputError);
  });
});

describe('text that is not well-formed Unicode', () => {
  it('accepts surrogate pairs (real characters outside the BMP) and rejects lone halves', () => {
    expect(pathSchema.safeParse('/tmp/\u{1F40D}/audit_events.html').success).toBe(true);
    expect(fileNameSchema.safeParse('\u{1F40D}.csv').success).toBe(true);
    for (const lone of ['/tmp/\ud83d', '/tmp/\udc0d', '/tmp/\udc0d\ud83d']) expect(pathSchema.safeParse(lone).success).toBe(false);
  });
});

describe('csvFileName', () => {
  it('adds .csv only when missing', () => {
    expect(csvFileName('audit')).toBe('audit.csv');
    expect(csvFileName('audit.CSV')).toBe('audit.CSV');
  });
});
