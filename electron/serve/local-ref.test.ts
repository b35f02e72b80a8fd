/**
 * GET /api/local-ref over real HTTP: the page beside a doc-table file, behind the token, with a validated query.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../shared/library-types.js';
import { startServeHost, type ServeHost } from './host.js';
import { rawRequest, type RawResponse } from './test-support/http-client.js';

const SAMPLES = path.resolve('resources/samples');

let temp: string;
let docs: string;
let host: ServeHost;
let fileId: string;

beforeAll(async () => {
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-serve-ref-')));
  const staticRoot = path.join(temp, 'static');
  docs = path.join(temp, 'docs');
  await fs.mkdir(staticRoot);
  await fs.mkdir(docs);
  await fs.writeFile(path.join(staticRoot, 'index.html'), '<!doctype html><title>DocTable</title>');
  await fs.copyFile(path.join(SAMPLES, 'en_3.12.1_sphinx-html.html'), path.join(docs, 'audit_events.html'));
  await fs.writeFile(path.join(docs, 'os.html'), '<p>os</p>');
  await fs.writeFile(path.join(temp, 'outside.html'), '<p>outside</p>');
  host = await startServeHost({ paths: [docs], staticRoot, samplesDir: SAMPLES, cwd: temp });
  const snapshot = JSON.parse((await get('/api/snapshot')).body) as LibrarySnapshot;
  fileId = snapshot.files.find((file) => file.name === 'audit_events.html')!.id;
});

afterAll(async () => {
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

function get(pathName: string, headers: Record<string, string> = { 'x-doctable-token': host.token }, method = 'GET'): Promise<RawResponse> {
  return rawRequest(host.port, { method, path: pathName, headers });
}

const localRef = (query: Record<string, string>): string => `/api/local-ref?${new URLSearchParams(query).toString()}`;

describe('GET /api/local-ref', () => {
  it('answers the file: URL of a page beside the file, and null where the folder has none', async () => {
    const found = await get(localRef({ file: fileId, target: 'os.html#os.system' }));
    expect(found.status).toBe(200);
    expect(JSON.parse(found.body)).toEqual({ url: `${pathToFileURL(path.join(docs, 'os.html')).href}#os.system` });
    for (const target of ['socket.html', '../outside.html', 'https://docs.python.org/3/library/os.html']) {
      const missing = await get(localRef({ file: fileId, target }));
      expect(JSON.parse(missing.body), target).toEqual({ url: null });
    }
  });

  it('wants the token', async () => {
    expect((await get(localRef({ file: fileId, target: 'os.html' }), {})).status).toBe(401);
    expect((await get(localRef({ file: fileId, target: 'os.html' }), { 'x-doctable-token': '0'.repeat(64) })).status).toBe(403);
  });

  it.each([
    ['no target', { file: '0:audit_events.html' }],
    ['no file', { target: 'os.html' }],
    ['an empty target', { file: '0:audit_events.html', target: '' }],
    ['a control character', { file: '0:audit_events.html', target: 'os.html\u0000' }],
    ['an oversize target', { file: '0:audit_events.html', target: 'a'.repeat(10_000) }],
  ])('refuses a query with %s', async (_what, query) => {
    const response = await get(localRef(query as Record<string, string>));
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('aaaaaaaaaa');
  });

  it('answers GET only', async () => {
    const response = await get(localRef({ file: fileId, target: 'os.html' }), { 'x-doctable-token': host.token }, 'POST');
    expect(response.status).toBe(405);
  });
});
