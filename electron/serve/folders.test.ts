/**
 * The browser host's folder browser over real HTTP: a real host with a temp folder as the user's home, a docs
 * folder opened beside it, and a secret next to both. It lists home and the opened folder and refuses (403)
 * every other path: absolute, "~/..", relative, through a symlink, or not existing outside.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FolderListing } from '../shared/api.js';
import { startServeHost, type ServeHost } from './host.js';
import { SAMPLES, plantServedTree } from './test-support/served-tree.js';
import { rawRequest, type RawResponse } from './test-support/http-client.js';

let temp: string;
let docs: string;
let home: string;
let host: ServeHost;

beforeAll(async () => {
  ({ temp, docs } = await plantServedTree('doctable-folders-'));
  home = path.join(temp, 'home');
  await fs.mkdir(path.join(home, 'cpython', 'Doc'), { recursive: true });
  await fs.mkdir(path.join(home, 'notes'));
  await fs.mkdir(path.join(home, '.cache'));
  await fs.writeFile(path.join(home, 'todo.txt'), 'x');
  await fs.mkdir(path.join(docs, 'ja'));
  // A way out of home that only the real path reveals.
  await fs.symlink(temp, path.join(home, 'way-out'));
  host = await startServeHost({ paths: [docs], staticRoot: path.join(temp, 'static'), samplesDir: SAMPLES, cwd: temp, home });
});

afterAll(async () => {
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

const folders = (query: string, headers: Record<string, string> = { 'x-doctable-token': host.token }): Promise<RawResponse> =>
  rawRequest(host.port, { path: `/api/folders${query}`, headers });

async function listing(query: string): Promise<FolderListing> {
  const response = await folders(query);
  expect(response.status, response.body).toBe(200);
  return JSON.parse(response.body) as FolderListing;
}

describe('GET /api/folders', () => {
  it('needs the token', async () => {
    expect((await folders('', {})).status).toBe(401);
    expect((await folders('', { 'x-doctable-token': 'f'.repeat(64) })).status).toBe(403);
  });

  it('lists the sub-folders of home (no hidden ones, no files), with home and the opened folder as places', async () => {
    const answer = await listing('');
    expect(answer.status).toBe('folder');
    if (answer.status !== 'folder') return;
    expect(answer.path).toBe(home);
    expect(answer.parent).toBeNull();
    expect(answer.folders.map((folder) => folder.name)).toEqual(['cpython', 'notes', 'way-out']);
    expect(answer.places).toEqual([
      { label: 'Home', path: home },
      { label: 'Open: docs', path: docs },
    ]);
  });

  it('goes down from home, "~" included, and lists the opened folder', async () => {
    const cpython = await listing(`?path=${encodeURIComponent('~/cpython')}`);
    expect(cpython).toMatchObject({ status: 'folder', path: path.join(home, 'cpython'), parent: home, folders: [{ name: 'Doc' }] });
    const opened = await listing(`?path=${encodeURIComponent(docs)}`);
    expect(opened).toMatchObject({ status: 'folder', path: docs, parent: null, folders: [{ name: 'ja', path: path.join(docs, 'ja') }] });
  });

  it('tells a missing path and a file apart from a folder, inside what it may list', async () => {
    expect(await listing(`?path=${encodeURIComponent(path.join(home, 'cpyhton'))}`)).toMatchObject({ status: 'missing' });
    expect(await listing(`?path=${encodeURIComponent(path.join(home, 'todo.txt'))}`)).toMatchObject({ status: 'file' });
  });

  it('refuses every path outside home and the opened folder with 403, listing nothing', async () => {
    const outside = [
      temp,
      '/',
      '/etc',
      path.join(home, '..'),
      '~/../',
      'static',
      path.join(home, 'way-out'),
      path.join(home, 'way-out', 'static'),
      path.join(temp, 'no-such-folder'),
    ];
    for (const target of outside) {
      const response = await folders(`?path=${encodeURIComponent(target)}`);
      expect(response.status, target).toBe(403);
      expect(response.body).not.toContain('secret');
      expect(response.body).not.toContain('"folders"');
    }
  });

  it('takes GET only, and refuses control characters in the path', async () => {
    expect((await rawRequest(host.port, { method: 'POST', path: '/api/folders', headers: { 'x-doctable-token': host.token } })).status).toBe(405);
    expect((await folders(`?path=${encodeURIComponent('/tmp/a\u0000b')}`)).status).toBe(400);
  });
});
