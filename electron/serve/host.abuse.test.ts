/**
 * The browser host under bad requests, over real HTTP on 127.0.0.1 (loopback only, every loop bounded):
 * generated lists of wrong tokens, foreign Host headers and traversal paths; oversized URLs, headers and
 * bodies; malformed JSON, wrong methods and content types; raw garbage; slow, stalled and half-open clients;
 * 200 concurrent change streams with requests beside them; and the cap on open change streams (64 by default:
 * one more is answered 503 with Retry-After, and a closed one frees its place). host.test.ts holds the basic
 * cases of each.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLibrary } from '../library/index.js';
import type { LibraryChange, LibrarySnapshot } from '../shared/library-types.js';
import { ChangeStream, MAX_CHANGE_STREAMS } from './change-stream.js';
import { startServeHost, type ServeHost, type ServeTimeouts } from './host.js';
import { SAMPLE_FILE, SAMPLES, SECRET, plantServedTree } from './test-support/served-tree.js';
import { openEventStream, rawRequest, type EventStreamReader, type RawResponse } from './test-support/http-client.js';

/** Short limits, so that slow clients are cut within a test; the defaults are 10 s / 30 s. */
const TIMEOUTS: ServeTimeouts = { headersMs: 1_000, requestMs: 2_000, checkIntervalMs: 200, keepAliveMs: 1_000 };

let temp: string;
let staticRoot: string;
let docs: string;
let secretFile: string;
let host: ServeHost;

beforeAll(async () => {
  ({ temp, staticRoot, docs, secretFile } = await plantServedTree('doctable-abuse-'));
  await fs.symlink(temp, path.join(staticRoot, 'up'));
  // Above the default cap of 64 streams, so that 200 can be opened at once ("many clients at once").
  host = await startServeHost({ paths: [docs], staticRoot, samplesDir: SAMPLES, cwd: temp, timeouts: TIMEOUTS, maxChangeStreams: 256 });
});

afterAll(async () => {
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

const auth = (): Record<string, string> => ({ 'x-doctable-token': host.token });
const get = (target: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(host.port, { path: target, headers });
const postJson = (target: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(host.port, { method: 'POST', path: target, body, headers: { ...auth(), 'content-type': 'application/json', ...headers } });

/** The host still answers a plain authorised call: what every abuse case must leave true. */
async function expectResponsive(): Promise<void> {
  const response = await get('/api/snapshot', auth());
  expect(response.status).toBe(200);
  expect((JSON.parse(response.body) as LibrarySnapshot).files.length).toBeGreaterThan(0);
}

interface RawExchange {
  /** Everything the host sent back. */
  text: string;
  /** Whether the host closed the connection (as opposed to the test giving up waiting). */
  closedByHost: boolean;
}

/**
 * Sends raw bytes (anything at all, no HTTP client in between) and collects what comes back until the host
 * closes the connection or `waitMs` passes. `end` half-closes our side after sending.
 */
function rawExchange(bytes: string | Buffer, options: { waitMs?: number; end?: boolean } = {}): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: '127.0.0.1', port: host.port });
    let done = false;
    const finish = (closedByHost: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closedByHost });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 5_000);
    socket.on('connect', () => {
      if (bytes.length > 0) socket.write(bytes);
      if (options.end) socket.end();
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
  });
}

const statusOf = (text: string): number => Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);

// ---------------------------------------------------------------------------------------------------------

describe('wrong tokens', () => {
  const wrongTokens = (token: string): Array<[string, string]> => [
    ['upper case', token.toUpperCase()],
    ['one character short', token.slice(0, -1)],
    ['one character more', `${token}0`],
    ['last character changed', token.slice(0, -1) + (token.endsWith('0') ? '1' : '0')],
    ['surrounded by spaces (query)', ` ${token} `],
    ['another random token', 'a'.repeat(64)],
    ['the token twice', token + token],
    ['a NUL after it', `${token}\u0000`],
    ['unicode look-alike digits', token.replace(/[0-9]/, '\uff10')],
    ['4 KiB of it', token.repeat(64)],
    ['a JSON value', '{"token":true}'],
    ['"undefined"', 'undefined'],
  ];
  const endpoints: Array<[string, string]> = [
    ['GET', '/api/snapshot'],
    ['GET', '/api/host-info'],
    ['GET', '/api/events'],
    ['GET', `/api/local-file?url=${encodeURIComponent(pathToFileURL(path.join('/tmp', 'x.txt')).href)}`],
    ['POST', '/api/open'],
    ['POST', '/api/reload'],
    ['POST', '/api/samples'],
    ['GET', '/api/no-such-endpoint'],
  ];

  it('every endpoint refuses every wrong token, in the header (403) or the query (403), and a missing one (401)', async () => {
    let cases = 0;
    for (const [method, endpoint] of endpoints) {
      const body = method === 'POST' ? '{}' : undefined;
      const send = (headers: Record<string, string>, target = endpoint) =>
        rawRequest(host.port, { method, path: target, body, headers: { 'content-type': 'application/json', ...headers } });
      const joiner = endpoint.includes('?') ? '&' : '?';
      expect((await send({})).status, `${endpoint} without a token`).toBe(401);
      expect((await send({}, `${endpoint}${joiner}token=`)).status, `${endpoint} empty token`).toBe(401);
      for (const [what, token] of wrongTokens(host.token)) {
        const byQuery = await send({}, `${endpoint}${joiner}token=${encodeURIComponent(token)}`);
        expect(byQuery.status, `${endpoint} ${what} (query)`).toBe(403);
        expect(byQuery.body).not.toContain('"files"');
        cases++;
        if (/^[\x21-\x7e]*$/.test(token)) {
          const byHeader = await send({ 'x-doctable-token': token });
          expect(byHeader.status, `${endpoint} ${what} (header)`).toBe(403);
          cases++;
        }
      }
      // The header wins over the query: a right query token does not rescue a wrong header.
      expect((await send({ 'x-doctable-token': 'b'.repeat(64) }, `${endpoint}${joiner}token=${host.token}`)).status).toBe(403);
    }
    expect(cases).toBeGreaterThan(150);
    await expectResponsive();
  });

  it('a token header sent twice is refused, even when both copies are right', async () => {
    const request = `GET /api/snapshot HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-doctable-token: ${host.token}\r\nx-doctable-token: ${host.token}\r\nConnection: close\r\n\r\n`;
    const { text } = await rawExchange(request);
    expect(statusOf(text)).toBe(403);
    expect(text).not.toContain('"files"');
  });
});

describe('foreign Host headers', () => {
  it('refuses every generated Host that is not 127.0.0.1:PORT or localhost:PORT (421), with the right token', async () => {
    const port = host.port;
    const hosts = [
      'evil.example', `evil.example:${port}`, `127.0.0.1`, `localhost`, `127.0.0.1:${port + 1}`, `127.0.0.1:0${port}`,
      `127.0.0.1:${port}.`, `127.0.0.1.:${port}`, `localhost.:${port}`, `127.1:${port}`, `2130706433:${port}`,
      `0x7f000001:${port}`, `0177.0.0.1:${port}`, `[::1]:${port}`, `[::ffff:127.0.0.1]:${port}`, `0.0.0.0:${port}`,
      `127.0.0.2:${port}`, `localhost.evil.example:${port}`, `evil.example#@127.0.0.1:${port}`, `user@127.0.0.1:${port}`,
      `127.0.0.1:${port}@evil.example`, `127.0.0.1:${port}/`, `127.0.0.1:${port} evil`, `127.0.0.1%3a${port}`,
      `ⅼocalhost:${port}`, `xn--localhost-:${port}`, `127.0.0.1:${port},evil.example`, `${'a'.repeat(4000)}:${port}`,
    ];
    for (const hostHeader of hosts) {
      for (const target of ['/api/snapshot', '/', `/api/events?token=${host.token}`]) {
        // Raw bytes: an HTTP client would refuse to send some of these Host values at all.
        const request = `GET ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nx-doctable-token: ${host.token}\r\nConnection: close\r\n\r\n`;
        const { text } = await rawExchange(Buffer.from(request, 'utf8'));
        expect(statusOf(text), `${target} Host "${hostHeader.slice(0, 60)}"`).toBe(421);
        expect(text).not.toContain('"files"');
      }
    }
    await expectResponsive();
  });

  it('refuses a request without a Host header (HTTP/1.0) and answers 400 to duplicate Host headers', async () => {
    const withoutHost = await rawExchange(`GET /api/snapshot HTTP/1.0\r\nx-doctable-token: ${host.token}\r\n\r\n`);
    expect(statusOf(withoutHost.text)).toBe(421);
    const twoHosts = await rawExchange(
      `GET /api/snapshot HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nHost: evil.example\r\nx-doctable-token: ${host.token}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(twoHosts.text)).toBe(400);
    expect(twoHosts.text).not.toContain('"files"');
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('path traversal, generated', () => {
  const dots = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '\u2024\u2024', '\uff0e\uff0e', '..%00', '...', '..;'];
  const separators = ['/', '%2f', '%2F', '\\', '%5c', '%5C', '%252f', '%255c', '%c0%af', '\u2215', '\uff0f', '//'];
  const targets = ['secret.txt', 'etc/passwd'];
  const starts = ['/', '/assets/', '/up/', '//'];

  /** Every combination once: start, 1 to 3 steps up, target. */
  function traversals(): string[] {
    const out = new Set<string>();
    for (const start of starts) {
      for (const dot of dots) {
        for (const separator of separators) {
          for (const depth of [1, 3]) {
            for (const target of targets) out.add(start + `${dot}${separator}`.repeat(depth) + target);
          }
        }
      }
    }
    return [...out];
  }

  it('no spelling of a path outside the static folder returns anything from outside it', async () => {
    const attempts = [
      ...traversals(),
      '/escape.txt',
      '/up/secret.txt',
      '/up/static/index.html',
      `/${'a/'.repeat(2000)}../../secret.txt`,
      `/${'../'.repeat(500)}secret.txt`,
      '/secret.txt%00.html',
      '/%00',
      '/%',
      '/%zz',
      '/%c0',
      '/index.html%00',
      '/assets/app.js%2f..%2f..%2fsecret.txt',
      secretFile,
      encodeURI(secretFile),
    ];
    expect(attempts.length).toBeGreaterThan(1000);
    const statuses = new Map<number, number>();
    // A few at a time: many in flight would measure the machine, not the host.
    for (let i = 0; i < attempts.length; i += 16) {
      const batch = attempts.slice(i, i + 16);
      const responses = await Promise.all(
        batch.map((attempt) => rawRequest(host.port, { path: encodeURI(attempt).replace(/%25/g, '%') }).catch(() => null)),
      );
      responses.forEach((response, n) => {
        const attempt = batch[n]!;
        // A path the HTTP parser refuses never reaches the host: the connection is dropped, which is fine too.
        if (response === null) return;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.body, attempt).not.toContain(SECRET);
        expect(response.status, attempt).toBeLessThan(500);
        if (response.status === 200) expect(response.body, attempt).toMatch(/DocTable|console\.log/);
      });
    }
    expect([...statuses.keys()].every((status) => status === 200 || (status >= 400 && status < 500))).toBe(true);
    await expectResponsive();
  });

  it('no spelling of a file: URL outside the open folder is served as a local file', async () => {
    const docsUrl = pathToFileURL(docs).href;
    const spellings = new Set<string>([pathToFileURL(secretFile).href, `file://localhost${secretFile}`, `file:${secretFile}`]);
    for (const dot of ['..', '%2e%2e', '.%2E', '%252e%252e']) {
      for (const separator of ['/', '%2f', '%5c', '\\']) {
        spellings.add(`${docsUrl}/${dot}${separator}secret.txt`);
        spellings.add(`${docsUrl}/ja.txt/${dot}${separator}${dot}${separator}secret.txt`);
      }
    }
    spellings.add(`${docsUrl}/run.sh`);
    spellings.add(`${docsUrl}/ja.txt%00.sh`);
    spellings.add(`${docsUrl}/../${path.basename(temp)}/secret.txt`);
    spellings.add('file://evil.example/share/secret.txt');
    spellings.add(`${docsUrl}/${'x/'.repeat(5000)}ja.txt`);
    for (const url of spellings) {
      const response = await get(`/api/local-file?url=${encodeURIComponent(url)}&token=${host.token}`);
      expect([400, 403, 404, 414, 431], url.slice(0, 120)).toContain(response.status);
      expect(response.body).not.toContain(SECRET);
    }
    const inside = await get(`/api/local-file?url=${encodeURIComponent(`${docsUrl}/ja.txt`)}&token=${host.token}`);
    expect(inside.status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('oversized requests', () => {
  it('answers a URL or headers over the limit with 431 (or 414), and keeps serving', async () => {
    for (const size of [17 * 1024, 64 * 1024, 1024 * 1024]) {
      const longUrl = await rawExchange(`GET /${'a'.repeat(size)} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
      expect([414, 431], `URL of ${size}`).toContain(statusOf(longUrl.text));
      expect(longUrl.closedByHost).toBe(true);
      const longHeader = await rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Big: ${'b'.repeat(size)}\r\n\r\n`);
      expect(statusOf(longHeader.text), `header of ${size}`).toBe(431);
    }
    const manyHeaders = Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`).join('\r\n');
    const many = await rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${manyHeaders}\r\n\r\n`);
    expect(statusOf(many.text)).toBe(431);
    await expectResponsive();
  });

  it('answers 413 to bodies over the limit however they are sent, without reading them to the end', async () => {
    const over = JSON.stringify({ paths: ['x'.repeat(2 * 1024 * 1024)] });
    expect((await postJson('/api/open', over)).status).toBe(413);
    // Declared larger than the limit, with no body sent at all: refused from the header alone.
    const declared = await rawExchange(
      `POST /api/open HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-doctable-token: ${host.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024 * 1024}\r\n\r\n`,
      { waitMs: 3_000 },
    );
    expect(statusOf(declared.text)).toBe(413);
    for (const endpoint of ['/api/reload', '/api/samples']) {
      const chunked = await rawRequest(host.port, {
        method: 'POST',
        path: endpoint,
        body: `{"a":"${'y'.repeat(3 * 1024 * 1024)}"}`,
        chunked: true,
        headers: { ...auth(), 'content-type': 'application/json' },
      }).catch(() => null);
      // Either the 413 arrives, or the host closed the connection while the body was still coming.
      if (chunked !== null) expect(chunked.status, endpoint).toBe(413);
    }
    await expectResponsive();
  });

  it('answers a deeply nested JSON body within the limit with 400, not a crash', async () => {
    for (const depth of [10_000, 400_000]) {
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const response = await postJson('/api/open', nested);
      expect(response.status, `depth ${depth}`).toBe(400);
    }
    await expectResponsive();
  });
});

describe('malformed bodies, wrong methods and content types', () => {
  it('answers every malformed or wrongly shaped JSON body with 400 and a message', async () => {
    const bodies: Array<string | Buffer> = [
      '', ' ', '{', '}', '[', 'null', 'true', '0', '-1', '1e999', '"paths"', '[]', '{}', '{"paths":null}', '{"paths":{}}',
      '{"paths":[null]}', '{"paths":[[]]}', '{"paths":[{}]}', '{"paths":[true]}', '{"paths":[""]}', '{"PATHS":[]}',
      '{"paths":["a"],"x":1}', '{"__proto__":{"paths":[]}}', '{"constructor":{"prototype":{}}}', "{'paths':[]}",
      '{"paths":["a",]}', '{"paths":["a"]} trailing', '{"paths":["a"]}{"paths":["b"]}', 'NaN', 'undefined',
      `{"paths":[${Array.from({ length: 300 }, () => '"a"').join(',')}]}`, `{"paths":["${'p'.repeat(5000)}"]}`,
      '{"paths":["a\\u0000b"]}', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
      Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), '\uFEFF{"paths":[]}',
    ];
    for (const body of bodies) {
      const response = await postJson('/api/open', body);
      const label = JSON.stringify(body.toString()).slice(0, 60);
      expect(response.status, label).toBe(400);
      expect((JSON.parse(response.body) as { error: string }).error.length, label).toBeGreaterThan(0);
    }
    for (const endpoint of ['/api/reload', '/api/samples']) {
      for (const body of ['', '[]', 'null', '{"x":1}', '{']) {
        expect((await postJson(endpoint, body)).status, `${endpoint} ${body}`).toBe(400);
      }
    }
    await expectResponsive();
  });

  it('refuses a path no file system can hold (a lone surrogate) with 400, then still opens a real one', async () => {
    for (const body of ['{"paths":["\\ud800"]}', '{"paths":["a\\udc00b"]}', '{"paths":["\\udc00\\ud800"]}']) {
      const odd = await postJson('/api/open', body);
      expect(odd.status, body).toBe(400);
      expect((JSON.parse(odd.body) as { error: string }).error, body).toMatch(/lone surrogate/);
    }
    // A surrogate pair (a real character outside the BMP) is a path like any other: not found, but no 400.
    const pair = await postJson('/api/open', JSON.stringify({ paths: [path.join(temp, 'missing-\u{1f600}')] }));
    expect(pair.status).toBe(200);
    const back = await postJson('/api/open', JSON.stringify({ paths: [docs] }));
    expect((JSON.parse(back.body) as LibrarySnapshot).roots).toEqual([docs]);
    await expectResponsive();
  });

  it('answers other content types with 415 and other methods with 405 and an Allow header', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'json', '']) {
      const response = await rawRequest(host.port, { method: 'POST', path: '/api/reload', body: '{}', headers: { ...auth(), 'content-type': type } });
      expect(response.status, `content-type "${type}"`).toBe(415);
    }
    const withoutType = await rawRequest(host.port, { method: 'POST', path: '/api/reload', body: '{}', headers: auth() });
    expect(withoutType.status).toBe(415);
    const charsetParam = await postJson('/api/reload', '{}', { 'content-type': 'Application/JSON; charset=utf-8' });
    expect(charsetParam.status).toBe(200);

    const expectations: Array<[string, string[]]> = [
      ['/api/snapshot', ['GET']],
      ['/api/host-info', ['GET']],
      ['/api/events', ['GET']],
      ['/api/open', ['POST']],
      ['/api/reload', ['POST']],
      ['/api/samples', ['POST']],
      ['/', ['GET', 'HEAD']],
      ['/assets/app.js', ['GET', 'HEAD']],
    ];
    for (const [endpoint, allowed] of expectations) {
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL']) {
        if (allowed.includes(method)) continue;
        const response = await rawRequest(host.port, { method, path: endpoint, headers: auth() });
        expect(response.status, `${method} ${endpoint}`).toBe(405);
        expect(response.headers.allow, `${method} ${endpoint}`).toBe(allowed.join(', '));
      }
    }
    // A method the HTTP parser does not know never reaches the host.
    expect(statusOf((await rawExchange(`FOO / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`)).text)).toBe(400);
    // CONNECT has no handler: the connection is dropped, the host goes on.
    const connect = await rawExchange(`CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    expect(connect.text).not.toContain('"files"');
    await expectResponsive();
  });

  it('answers random bytes with 400 (or by closing), and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
          fc.string({ maxLength: 300 }).map((text) => Buffer.from(`${text}\r\n\r\n`)),
          fc.constantFrom('GET', 'POST', 'G\u0000T').chain((method) =>
            fc.string({ maxLength: 200 }).map((target) => Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`)),
          ),
        ),
        async (bytes) => {
          const { text } = await rawExchange(bytes, { waitMs: 2_000, end: true });
          expect(text).not.toContain(SECRET);
          expect(text).not.toContain('"files"');
          const status = statusOf(text);
          if (status !== 0) expect(status === 200 || (status >= 400 && status < 500), text.slice(0, 80)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    await expectResponsive();
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('slow, stalled and half-open clients', () => {
  it('closes connections that send nothing, headers that never end, and bodies that trickle, while serving others', async () => {
    const post = `POST /api/open HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-doctable-token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"pa`;
    const slow = [
      ...Array.from({ length: 20 }, () => rawExchange('', { waitMs: 20_000 })),
      ...Array.from({ length: 20 }, () => rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Slow: `, { waitMs: 20_000 })),
      ...Array.from({ length: 20 }, () => rawExchange(post, { waitMs: 20_000 })),
    ];
    // While they hang on, everyone else is served as usual.
    for (let i = 0; i < 10; i++) await expectResponsive();
    const outcomes = await Promise.all(slow);
    for (const [index, outcome] of outcomes.entries()) {
      expect(outcome.closedByHost, `slow client ${index}`).toBe(true);
      // Those that sent something are told why; a connection that sent nothing is simply closed.
      if (index >= 20) expect(statusOf(outcome.text), `slow client ${index}: ${outcome.text.slice(0, 40)}`).toBe(408);
    }
    await expectResponsive();
  });

  it('a change stream outlives the request timeouts that cut slow clients, and still gets changes', async () => {
    const stream = await openEventStream(host.port, `/api/events?token=${host.token}`);
    try {
      // A trickling body is cut after requestMs; the stream, opened before it, must still be there after.
      const trickle = await rawExchange(
        `POST /api/open HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-doctable-token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{`,
        { waitMs: 20_000 },
      );
      expect(statusOf(trickle.text)).toBe(408);
      const added = stream.next((event) => event.event === 'change' && event.data.includes('"outlived.txt"'));
      await fs.copyFile(SAMPLE_FILE, path.join(docs, 'outlived.txt'));
      const change = JSON.parse((await added).data) as LibraryChange;
      expect(change.added.map((file) => file.name)).toEqual(['outlived.txt']);
    } finally {
      stream.close();
      await fs.rm(path.join(docs, 'outlived.txt'), { force: true });
    }
  });

  it('copes with clients that half-close mid-request or reset mid-response', async () => {
    // Headers promise a body, then the client closes its sending side.
    const halfOpen = await rawExchange(
      `POST /api/open HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-doctable-token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"paths":`,
      { end: true, waitMs: 10_000 },
    );
    expect(halfOpen.closedByHost).toBe(true);
    expect(halfOpen.text).not.toContain('"files"');
    // Clients that reset the connection as soon as the response starts.
    for (let i = 0; i < 50; i++) {
      await new Promise<void>((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port: host.port }, () => {
          socket.write(`GET /api/snapshot HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-doctable-token: ${host.token}\r\n\r\n`);
        });
        socket.once('data', () => socket.resetAndDestroy());
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    }
    await expectResponsive();
  });
});

describe('many clients at once', () => {
  it('answers 200 concurrent change streams and 200 requests, pushes one change to every stream, memory bounded', async () => {
    const before = process.memoryUsage();
    const streams: EventStreamReader[] = [];
    try {
      for (let i = 0; i < 200; i += 25) {
        streams.push(...(await Promise.all(Array.from({ length: 25 }, () => openEventStream(host.port, `/api/events?token=${host.token}`)))));
      }
      expect(streams.map((stream) => stream.status)).toEqual(Array(200).fill(200));
      const requests = await Promise.all(Array.from({ length: 200 }, (_, i) => get(i % 2 ? '/api/snapshot' : '/api/host-info', auth())));
      expect(requests.map((response) => response.status)).toEqual(Array(200).fill(200));

      const arrivals = streams.map((stream) => stream.next((event) => event.event === 'change' && event.data.includes('"crowd.txt"')));
      await fs.copyFile(SAMPLE_FILE, path.join(docs, 'crowd.txt'));
      const changes = await Promise.all(arrivals);
      expect(new Set(changes.map((event) => event.id)).size).toBe(1);
      const during = process.memoryUsage();
      // Generous: the point is that 200 streams cost megabytes, not that they cost a given amount.
      expect(during.heapUsed - before.heapUsed).toBeLessThan(256 * 1024 * 1024);
      console.info(
        `200 streams + 200 requests: heap ${mib(before.heapUsed)} → ${mib(during.heapUsed)}, rss ${mib(before.rss)} → ${mib(during.rss)}`,
      );
    } finally {
      for (const stream of streams) stream.close();
      await fs.rm(path.join(docs, 'crowd.txt'), { force: true });
    }
    await expectResponsive();
  });
});

describe('the cap on open change streams', () => {
  it('answers 503 with Retry-After beyond the default cap, keeps serving, and lets a client in once others close', async () => {
    // A host with the shipped default, on the same folder.
    const capped = await startServeHost({ paths: [docs], staticRoot, samplesDir: SAMPLES, cwd: temp, timeouts: TIMEOUTS });
    const target = `/api/events?token=${capped.token}`;
    const streams: EventStreamReader[] = [];
    let retries = 0;
    const refusedStream = async (): Promise<void> => {
      const refused = await rawRequest(capped.port, { path: target });
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect((JSON.parse(refused.body) as { error: string }).error).toMatch(/too many open change streams \(64\)/);
    };
    /** Opens one stream, retrying on 503 until the host has noticed that others closed (bounded). */
    const openWhenFree = async (): Promise<EventStreamReader> => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const stream = await openEventStream(capped.port, target);
        if (stream.status === 200) return stream;
        stream.close();
        retries++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('no place freed within 5 s');
    };
    try {
      expect(MAX_CHANGE_STREAMS).toBe(64);
      for (let i = 0; i < MAX_CHANGE_STREAMS; i += 16) {
        streams.push(...(await Promise.all(Array.from({ length: 16 }, () => openEventStream(capped.port, target)))));
      }
      expect(streams.map((stream) => stream.status)).toEqual(Array(MAX_CHANGE_STREAMS).fill(200));

      // 20 more at once, as separate real clients: every one refused, none left open.
      const over = await Promise.all(Array.from({ length: 20 }, () => rawRequest(capped.port, { path: target })));
      expect(over.map((response) => response.status)).toEqual(Array(20).fill(503));
      for (const response of over) expect(response.headers['retry-after']).toBe('5');
      await refusedStream();
      // The refusal costs the host nothing else: other calls are served, and the open streams still get changes.
      const info = await rawRequest(capped.port, { path: '/api/host-info', headers: { 'x-doctable-token': capped.token } });
      expect(info.status).toBe(200);

      // Close 8 (the clients reset their connections); 8 new clients get in, the next one does not.
      for (const stream of streams.splice(0, 8)) stream.close();
      for (let i = 0; i < 8; i++) streams.push(await openWhenFree());
      expect(streams.map((stream) => stream.status)).toEqual(Array(MAX_CHANGE_STREAMS).fill(200));
      await refusedStream();

      // Every open stream, old and new, receives the next change.
      const arrivals = streams.map((stream) => stream.next((event) => event.event === 'change' && event.data.includes('"capped.txt"')));
      await fs.copyFile(SAMPLE_FILE, path.join(docs, 'capped.txt'));
      const changes = await Promise.all(arrivals);
      expect(new Set(changes.map((event) => event.id)).size).toBe(1);

      // A client that half-opens a stream over a raw socket and drops it frees its place too.
      for (const stream of streams.splice(0, 1)) stream.close();
      const raw = await new Promise<net.Socket>((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port: capped.port }, () => {
          socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${capped.port}\r\n\r\n`);
          socket.once('data', () => resolve(socket));
        });
        socket.on('error', () => undefined);
      });
      raw.destroy();
      streams.push(await openWhenFree());
      await refusedStream();
      console.info(`stream cap: 20 + 3 refused with 503, 9 places freed and taken again (${retries} retries on 503 meanwhile)`);
    } finally {
      for (const stream of streams) stream.close();
      await capped.close();
      await fs.rm(path.join(docs, 'capped.txt'), { force: true });
    }
    await expectResponsive();
  });
});

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

describe('a change stream client that stops reading', () => {
  it('is dropped once it leaves too much unread, while a client that reads keeps getting every change', async () => {
    const library = createLibrary({ samplesDir: SAMPLES });
    // The samples: each reload pushes a snapshot of about 200 KiB.
    await library.openSamples();
    const limit = 256 * 1024;
    const changes = new ChangeStream(library, { maxUnreadBytes: limit });
    const server = http.createServer((request, response) => changes.attach(request, response, null));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const stalled = net.connect({ host: '127.0.0.1', port });
    stalled.on('error', () => undefined);
    try {
      await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
      stalled.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      // Read the response head, then stop reading for good.
      await new Promise<void>((resolve) => stalled.once('data', () => resolve()));
      stalled.pause();
      const reader = await openEventStream(port, '/events');
      expect(changes.clientCount).toBe(2);

      // Each reload pushes the whole snapshot (after its small progress changes); the kernel's socket buffers
      // take the first megabytes.
      let reloads = 0;
      const start = library.snapshot().revision;
      while (changes.clientCount === 2 && reloads < 400) {
        const { revision } = await library.reload();
        await reader.next((event) => event.event === 'change' && event.id === String(revision));
        reloads++;
      }
      expect(changes.clientCount, `after ${reloads} reloads`).toBe(1);
      const received = reader.events.filter((event) => event.event === 'change');
      // Every change, in order, none missed.
      expect(received.map((event) => Number(event.id))).toEqual(Array.from({ length: library.snapshot().revision - start }, (_, i) => start + 1 + i));
      expect(received.filter((event) => (JSON.parse(event.data) as { reset?: unknown }).reset !== undefined)).toHaveLength(reloads);
      // Its connection is released on the host's side (the paused client itself would only notice on reading).
      const connections = () => new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count)));
      await vi.waitFor(async () => expect(await connections()).toBe(1));
      const frame = JSON.stringify(library.snapshot()).length;
      console.info(`stalled client dropped after ${reloads} reloads of ${(frame / 1024).toFixed(0)} KiB each (limit ${limit / 1024} KiB unread)`);
      reader.close();
    } finally {
      stalled.destroy();
      changes.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await library.close();
    }
  });
});
