/**
 * The browser host over real HTTP on 127.0.0.1: a real library on a temp folder, a real watcher, real files.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryChange, LibrarySnapshot } from '../shared/library-types.js';
import { CONTENT_SECURITY_POLICY } from '../shared/web-policy.js';
import { startServeHost, type ServeHost } from './host.js';
import { SAMPLE_FILE, SAMPLES, SECRET, plantServedTree } from './test-support/served-tree.js';
import { openEventStream, rawRequest, type RawResponse } from './test-support/http-client.js';

const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)?.address;

let temp: string;
let staticRoot: string;
let docs: string;
let secretFile: string;
let host: ServeHost;

beforeAll(async () => {
  ({ temp, staticRoot, docs, secretFile } = await plantServedTree('doctable-serve-'));
  host = await startServeHost({ paths: [docs], staticRoot, samplesDir: SAMPLES, cwd: temp });
});

afterAll(async () => {
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

const auth = (): Record<string, string> => ({ 'x-doctable-token': host.token });
const api = (pathName: string, headers: Record<string, string> = auth()): Promise<RawResponse> =>
  rawRequest(host.port, { path: pathName, headers });
const postJson = (pathName: string, body: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(host.port, {
    method: 'POST',
    path: pathName,
    body,
    headers: { ...auth(), 'content-type': 'application/json', ...headers },
  });

describe('address and token', () => {
  it('prints a 127.0.0.1 URL carrying a 256-bit token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the page without a token, with the security headers', async () => {
    const page = await rawRequest(host.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>DocTable</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const asset = await rawRequest(host.port, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers API calls without a token with 401 and with a wrong one with 403', async () => {
    expect((await api('/api/snapshot', {})).status).toBe(401);
    expect((await api('/api/snapshot?token=', {})).status).toBe(401);
    expect((await api('/api/snapshot', { 'x-doctable-token': 'f'.repeat(64) })).status).toBe(403);
    expect((await api(`/api/snapshot?token=${host.token.slice(0, 63)}`, {})).status).toBe(403);
    const denied = await api('/api/snapshot', { 'x-doctable-token': host.token.toUpperCase() });
    expect(denied.status).toBe(403);
    expect(denied.body).not.toContain('"files"');
  });

  it('answers with the snapshot given the token, in the header or the query, never cached', async () => {
    const byHeader = await api('/api/snapshot');
    expect(byHeader.status).toBe(200);
    expect(byHeader.headers['cache-control']).toBe('no-store');
    const snapshot = JSON.parse(byHeader.body) as LibrarySnapshot;
    expect(snapshot.roots).toEqual([docs]);
    expect(snapshot.files.map((file) => file.name)).toContain('ja.txt');
    const byQuery = await api(`/api/snapshot?token=${host.token}`, {});
    expect(byQuery.status).toBe(200);
  });

  it('describes itself as the browser host', async () => {
    const info = JSON.parse((await api('/api/host-info')).body) as Record<string, unknown>;
    expect(info).toMatchObject({ kind: 'browser', nativeDialogs: false, platform: process.platform });
    expect(info.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('requires the token for the event stream too', async () => {
    const stream = await openEventStream(host.port, '/api/events');
    stream.close();
    expect(stream.status).toBe(401);
    const wrong = await openEventStream(host.port, `/api/events?token=${'0'.repeat(64)}`);
    wrong.close();
    expect(wrong.status).toBe(403);
  });
});

describe('Host and Origin checks', () => {
  it('refuses foreign Host headers (DNS rebinding) even with the right token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `localhost.evil.example:${host.port}`, `0.0.0.0:${host.port}`]) {
      const response = await rawRequest(host.port, { path: '/api/snapshot', headers: { ...auth(), host: hostHeader } });
      expect(response.status, hostHeader).toBe(421);
      expect(response.body).not.toContain('"files"');
    }
    const page = await rawRequest(host.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('accepts localhost:PORT as well as 127.0.0.1:PORT', async () => {
    const response = await rawRequest(host.port, { path: '/api/snapshot', headers: { ...auth(), host: `localhost:${host.port}` } });
    expect(response.status).toBe(200);
  });

  it('refuses cross-origin calls', async () => {
    const response = await postJson('/api/reload', '{}', { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    const sameOrigin = await postJson('/api/reload', '{}', { origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  // Only checkable where the machine has an address besides loopback.
  it.skipIf(externalAddress === undefined)('listens on the loopback interface only', async () => {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: externalAddress ?? '', port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});

describe('request bodies', () => {
  it('answers an oversized body with 413, declared or chunked', async () => {
    const huge = JSON.stringify({ paths: [docs], padding: 'x'.repeat(2 * 1024 * 1024) });
    const declared = await postJson('/api/open', huge);
    expect(declared.status).toBe(413);
    const chunked = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/open',
      body: huge,
      chunked: true,
      headers: { ...auth(), 'content-type': 'application/json' },
    });
    expect(chunked.status).toBe(413);
  });

  it('rejects bodies that are not exactly the expected shape', async () => {
    const cases = [
      '{"paths": "not-a-list"}',
      '{"paths": [1, 2]}',
      `{"paths": ["${docs}"], "extra": true}`,
      `{"paths": ["${'a'.repeat(5000)}"]}`,
      '{"paths": ["with\\u0000nul"]}',
      'not json',
    ];
    for (const body of cases) {
      const response = await postJson('/api/open', body);
      expect(response.status, body.slice(0, 40)).toBe(400);
      expect(JSON.parse(response.body)).toHaveProperty('error');
    }
    expect((await postJson('/api/samples', '{"x":1}')).status).toBe(400);
    const wrongType = await rawRequest(host.port, { method: 'POST', path: '/api/reload', body: '{}', headers: { ...auth(), 'content-type': 'text/plain' } });
    expect(wrongType.status).toBe(415);
    const wrongMethod = await api('/api/open');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
  });
});

describe('change push', () => {
  it('pushes a LibraryChange over SSE after a real file write into the open folder', async () => {
    const stream = await openEventStream(host.port, `/api/events?token=${host.token}`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(stream.headers['cache-control']).toBe('no-store');
      const added = stream.next((event) => event.event === 'change' && event.data.includes('"added-by-test.txt"'));
      await fs.copyFile(SAMPLE_FILE, path.join(docs, 'added-by-test.txt'));
      const event = await added;
      const change = JSON.parse(event.data) as LibraryChange;
      expect(change.added.map((file) => file.name)).toEqual(['added-by-test.txt']);
      expect(change.added[0]?.path).toBe(path.join(docs, 'added-by-test.txt'));
      expect(event.id).toBe(String(change.revision));

      const removed = stream.next((next) => next.event === 'change' && (JSON.parse(next.data) as LibraryChange).removed.length > 0);
      await fs.rm(path.join(docs, 'added-by-test.txt'));
      expect((JSON.parse((await removed).data) as LibraryChange).removed).toEqual([change.added[0]?.id]);
    } finally {
      stream.close();
    }
  });

  it('sends a behind client one reset with the whole snapshot', async () => {
    const current = JSON.parse((await api('/api/snapshot')).body) as LibrarySnapshot;
    const stream = await openEventStream(host.port, `/api/events?token=${host.token}`, { 'last-event-id': '0' });
    try {
      const reset = JSON.parse((await stream.next((event) => event.event === 'change')).data) as LibraryChange;
      expect(reset.reset?.roots).toEqual([docs]);
      expect(reset.revision).toBe(current.revision);
    } finally {
      stream.close();
    }
  });
});

describe('no path outside the static root', () => {
  const attempts = [
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/secret.txt%00.html',
    '/escape.txt',
    '//etc/passwd',
    '/etc/passwd',
  ];

  it.each(attempts)('%s', async (attempt) => {
    const response = await rawRequest(host.port, { path: attempt });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(SECRET);
  });

  it('an absolute path of the secret file', async () => {
    const response = await rawRequest(host.port, { path: secretFile });
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
    const absoluteForm = await rawRequest(host.port, { path: `http://127.0.0.1:${host.port}/../secret.txt` });
    expect(absoluteForm.status).toBe(400);
  });
});

describe('local files for reference links', () => {
  const localFile = (fileUrl: string, token = host.token): Promise<RawResponse> =>
    rawRequest(host.port, { path: `/api/local-file?url=${encodeURIComponent(fileUrl)}&token=${token}` });

  it('serves a documentation file inside the open folder, inert', async () => {
    const response = await localFile(pathToFileURL(path.join(docs, 'ja.txt')).href);
    expect(response.status).toBe(200);
    expect(response.body).toBe(await fs.readFile(path.join(docs, 'ja.txt'), 'utf8'));
    expect(response.headers['content-security-policy']).toMatch(/^sandbox;/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses files outside the open folder, however the URL is spelt', async () => {
    const outside = [
      pathToFileURL(secretFile).href,
      `${pathToFileURL(docs).href}/../secret.txt`,
      `${pathToFileURL(docs).href}/%2e%2e/secret.txt`,
      `${pathToFileURL(docs).href}/..%2fsecret.txt`,
      `file://localhost${secretFile}`,
      'file:///etc/passwd',
    ];
    for (const url of outside) {
      const response = await localFile(url);
      expect([400, 403], url).toContain(response.status);
      expect(response.body).not.toContain(SECRET);
    }
  });

  it('refuses non-documentation files inside the folder, other schemes and missing tokens', async () => {
    expect((await localFile(pathToFileURL(path.join(docs, 'run.sh')).href)).status).toBe(403);
    expect((await localFile('https://docs.python.org/3/library/audit_events.html')).status).toBe(400);
    expect((await localFile(pathToFileURL(path.join(docs, 'ja.txt')).href, '')).status).toBe(401);
  });
});

describe('opening folders', () => {
  it('opens a typed path (relative to the host cwd) and the samples', async () => {
    const opened = await postJson('/api/open', JSON.stringify({ paths: ['docs'] }));
    expect(opened.status).toBe(200);
    expect((JSON.parse(opened.body) as LibrarySnapshot).roots).toEqual([docs]);
    const samples = await postJson('/api/samples', '{}');
    expect((JSON.parse(samples.body) as LibrarySnapshot).samples).toBe(true);
    const back = await postJson('/api/open', JSON.stringify({ paths: [docs] }));
    expect((JSON.parse(back.body) as LibrarySnapshot).samples).toBe(false);
  });

  it('never wrote anything into the open folder', async () => {
    expect((await fs.readdir(docs)).sort()).toEqual(['ja.txt', 'run.sh']);
  });
});
