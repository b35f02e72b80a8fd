/**
 * The browser host: the same library and renderer as the desktop app, served to a browser on 127.0.0.1.
 * Static assets hold no data and need no token; every API call and the change stream do.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { createLibrary } from '../library/index.js';
import type { DocLibrary } from '../library/contract.js';
import type { HostInfo } from '../shared/api.js';
import { InvalidInputError } from '../api/schemas.js';
import { createApiHandler } from './api-routes.js';
import { ChangeStream } from './change-stream.js';
import { createToken, isAllowedHost, setSecurityHeaders } from './http-guard.js';
import { DEFAULT_MAX_BODY_BYTES } from './request-body.js';
import { HttpError, sendError } from './responses.js';
import { resolveStaticFile, sendFile } from './static-files.js';
import { SnapshotBodies } from './snapshot-bodies.js';
import { errorMessage } from '../shared/error-message.js';

export interface ServeHostOptions {
  /** Folders/files to open; [] or absent opens the samples. Relative paths are taken from `cwd`. */
  paths?: string[];
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** The built renderer (a folder with index.html). */
  staticRoot: string;
  /** The bundled sample tables. */
  samplesDir: string;
  /** Base for relative paths given here and typed into the page. Default: process.cwd(). */
  cwd?: string;
  /** The user's home ("~", and where the folder browser may list). Default: os.homedir(). */
  home?: string;
  maxBodyBytes?: number;
  appVersion?: string;
  /** How long a client may take to send a request; the defaults suit a browser on this machine. */
  timeouts?: Partial<ServeTimeouts>;
  /** Change streams open at once (MAX_CHANGE_STREAMS, 64); one more is answered 503 with Retry-After. */
  maxChangeStreams?: number;
}

export interface ServeTimeouts {
  /** To send the request line and headers. */
  headersMs: number;
  /** To send the whole request, body included (an open change stream is a response: this never cuts it). */
  requestMs: number;
  /** How often open connections are checked against the two limits above (Node's default is 30 s). */
  checkIntervalMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveMs: number;
}

export const DEFAULT_SERVE_TIMEOUTS: Readonly<ServeTimeouts> = {
  headersMs: 10_000,
  requestMs: 30_000,
  checkIntervalMs: 1_000,
  keepAliveMs: 5_000,
};

export interface ServeHost {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=... */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

function packageVersion(): string {
  try {
    const text = fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** "/a/b?x=1" → ["/a/b", x=1]. Only origin-form targets: "http://...", "*" and "//x" are refused. */
function splitTarget(target: string | undefined): [string, URLSearchParams] {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) {
    throw new HttpError(400, 'bad request target');
  }
  const question = target.indexOf('?');
  const pathname = question < 0 ? target : target.slice(0, question);
  return [pathname, new URLSearchParams(question < 0 ? '' : target.slice(question + 1))];
}

export async function startServeHost(options: ServeHostOptions): Promise<ServeHost> {
  const cwd = options.cwd ?? process.cwd();
  const staticRoot = await fsp.realpath(options.staticRoot);
  const token = createToken();
  const library: DocLibrary = createLibrary({ samplesDir: options.samplesDir });
  await library.open(options.paths ?? []);
  const changes = new ChangeStream(library, { maxClients: options.maxChangeStreams });
  const snapshotBodies = new SnapshotBodies();
  const hostInfo: HostInfo = {
    kind: 'browser',
    appVersion: options.appVersion ?? packageVersion(),
    platform: process.platform,
    nativeDialogs: false,
  };

  let port = 0;
  let api: ReturnType<typeof createApiHandler> | null = null;
  const timeouts = { ...DEFAULT_SERVE_TIMEOUTS, ...options.timeouts };
  // Slow or stalled clients (headers or a body trickling in, a connection opened and left) are answered 408
  // and closed. requestTimeout covers receiving the request only, so long-lived change streams are not cut.
  const limits: http.ServerOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: timeouts.checkIntervalMs,
    keepAliveTimeout: timeouts.keepAliveMs,
  };
  const server = http.createServer(limits, (request, response) => {
    void (async () => {
      let isApi = false;
      try {
        setSecurityHeaders(response);
        // Node keeps the first of several Host headers; HTTP requires refusing such a request outright.
        if (countHeader(request.rawHeaders, 'host') > 1) throw new HttpError(400, 'more than one Host header');
        if (!isAllowedHost(request.headers.host, port)) {
          throw new HttpError(421, 'this host only answers to 127.0.0.1 and localhost');
        }
        const [pathname, query] = splitTarget(request.url);
        isApi = pathname === '/api' || pathname.startsWith('/api/');
        if (isApi) {
          if (api === null) throw new HttpError(503, 'starting');
          await api(request, response, pathname, query);
          return;
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          throw new HttpError(405, 'use GET', { Allow: 'GET, HEAD' });
        }
        await sendFile(request, response, await resolveStaticFile(staticRoot, pathname));
      } catch (error) {
        sendError(response, asHttpError(error), isApi);
        if (error instanceof HttpError && error.status === 413) request.resume();
      }
    })();
  });

  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    changes.close();
    await library.close();
    throw error;
  }
  api = createApiHandler({
    library,
    changes,
    token,
    port,
    hostInfo,
    snapshotBodies,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    cwd,
    home: options.home ?? os.homedir(),
  });

  let closing: Promise<void> | null = null;
  // The page asks for the snapshot as soon as it starts: build its body (and compress it) while the browser opens.
  setImmediate(() => {
    // Lines: the body the page asks for (electron/shared/snapshot-media.ts).
    if (closing === null) snapshotBodies.warm(library.snapshot(), ['lines']);
  });

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    token,
    port,
    close: () => {
      closing ??= (async () => {
        changes.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await library.close();
      })();
      return closing;
    },
  };
}

function countHeader(rawHeaders: readonly string[], name: string): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === name) count++;
  return count;
}

function asHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InvalidInputError) return new HttpError(400, error.message);
  const message = errorMessage(error);
  return new HttpError(500, message);
}
