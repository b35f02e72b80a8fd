/**
 * The HTTP transport of the API: one endpoint per DocTableApi method that needs the host, each checking the
 * token first. Bodies are validated with the same schemas as Electron's IPC (electron/api/schemas.ts), and what a
 * request does to the library is the same host-neutral code (electron/api/library-api.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocLibrary } from '../library/contract.js';
import type { HostInfo } from '../shared/api.js';
import { createLibraryApi } from '../api/library-api.js';
import { PathRefusedError } from '../api/folder-listing.js';
import { emptyBodySchema, folderQuerySchema, localRefQuerySchema, openPathsBodySchema, parseWith } from '../api/schemas.js';
import { resolveUserPath, resolveUserPaths } from '../api/user-paths.js';
import { type ChangeStream, knownRevision } from './change-stream.js';
import { TOKEN_HEADER, checkToken, isAllowedOrigin } from './http-guard.js';
import { resolveLocalFile, sendLocalFile } from './local-files.js';
import { readJsonBody } from './request-body.js';
import { HttpError, sendJson } from './responses.js';
import type { SnapshotBodies } from './snapshot-bodies.js';
import { sendSnapshot } from './snapshot-response.js';

export interface ApiContext {
  library: DocLibrary;
  changes: ChangeStream;
  token: string;
  port: number;
  hostInfo: HostInfo;
  /** The snapshot's JSON, kept per revision (and per content coding). */
  snapshotBodies: SnapshotBodies;
  maxBodyBytes: number;
  /** Where typed relative paths are taken from: the directory `doctable serve` was started in. */
  cwd: string;
  /** The user's home: "~" in typed paths, and where the folder browser may list (with the opened roots). */
  home: string;
}

type Route = (request: IncomingMessage, response: ServerResponse, query: URLSearchParams) => Promise<void>;

function requireMethod(request: IncomingMessage, allowed: readonly string[]): void {
  if (!allowed.includes(request.method ?? '')) {
    throw new HttpError(405, `use ${allowed.join(' or ')}`, { Allow: allowed.join(', ') });
  }
}

function routes(context: ApiContext): Record<string, Route> {
  const { library } = context;
  const api = createLibraryApi({ library });
  const post = async (request: IncomingMessage): Promise<unknown> => {
    requireMethod(request, ['POST']);
    return readJsonBody(request, context.maxBodyBytes);
  };
  return {
    '/api/host-info': async (request, response) => {
      requireMethod(request, ['GET']);
      sendJson(response, 200, context.hostInfo);
    },
    '/api/snapshot': async (request, response) => {
      requireMethod(request, ['GET']);
      await sendSnapshot(request, response, context.snapshotBodies, await api.snapshot());
    },
    '/api/open': async (request, response) => {
      const { paths } = parseWith(openPathsBodySchema, await post(request), 'body');
      const absolute = resolveUserPaths(paths, { cwd: context.cwd, home: context.home });
      await sendSnapshot(request, response, context.snapshotBodies, await api.open(absolute));
    },
    '/api/samples': async (request, response) => {
      parseWith(emptyBodySchema, await post(request), 'body');
      await sendSnapshot(request, response, context.snapshotBodies, await api.openSamples());
    },
    '/api/reload': async (request, response) => {
      parseWith(emptyBodySchema, await post(request), 'body');
      await sendSnapshot(request, response, context.snapshotBodies, await api.reload());
    },
    '/api/events': async (request, response, query) => {
      requireMethod(request, ['GET']);
      context.changes.attach(request, response, knownRevision(request, query.get('since')));
    },
    '/api/local-file': async (request, response, query) => {
      requireMethod(request, ['GET', 'HEAD']);
      await sendLocalFile(request, response, await resolveLocalFile(query.get('url'), library));
    },
    '/api/folders': async (request, response, query) => {
      requireMethod(request, ['GET']);
      const given = query.get('path');
      const { path: typed } = parseWith(folderQuerySchema, given === null ? {} : { path: given }, 'query');
      const folder = typed === undefined ? null : resolveUserPath(typed, { cwd: context.cwd, home: context.home });
      try {
        sendJson(response, 200, await api.listFolder(folder, context.home));
      } catch (error) {
        if (error instanceof PathRefusedError) throw new HttpError(403, error.message);
        throw error;
      }
    },
    '/api/local-ref': async (request, response, query) => {
      requireMethod(request, ['GET']);
      const { file, target } = parseWith(localRefQuerySchema, { file: query.get('file'), target: query.get('target') }, 'query');
      sendJson(response, 200, { url: await api.resolveLocalRef(file, target) });
    },
  };
}

export type ApiHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  query: URLSearchParams,
) => Promise<void>;

export function createApiHandler(context: ApiContext): ApiHandler {
  const table = routes(context);
  return async (request, response, pathname, query) => {
    const header = request.headers[TOKEN_HEADER];
    const given = typeof header === 'string' ? header : query.get('token');
    const token = checkToken(given, context.token);
    if (token === 'missing') throw new HttpError(401, 'missing token: open the URL `doctable serve` printed');
    if (token === 'wrong') throw new HttpError(403, 'wrong token');
    if (!isAllowedOrigin(request.headers.origin, context.port)) throw new HttpError(403, 'cross-origin request refused');
    const route = table[pathname];
    if (route === undefined) throw new HttpError(404, 'no such endpoint');
    await route(request, response, query);
  };
}
