/**
 * Serves the built renderer from one folder and nothing outside it: the URL path is decoded once,
 * resolved under the root, and the real path (symlinks followed) must still lie inside the real root.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { HttpError } from './responses.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The file a URL path names under the root, or an HttpError: 400 for undecodable or NUL/backslash paths,
 * 403 for anything resolving outside the root, 404 for what does not exist.
 */
export async function resolveStaticFile(realRoot: string, urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'bad path encoding');
  }
  // Backslashes are separators on Windows; no file of the built renderer has one in its name.
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(400, 'bad path');
  const relative = decoded.replace(/^\/+/, '');
  const wanted = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const candidate = path.resolve(realRoot, wanted);
  if (!isInside(realRoot, candidate)) throw new HttpError(403, 'outside the served folder');
  let real: string;
  try {
    real = await fsp.realpath(candidate);
  } catch {
    throw new HttpError(404, 'not found');
  }
  if (!isInside(realRoot, real)) throw new HttpError(403, 'outside the served folder');
  const stat = await fsp.stat(real);
  if (!stat.isFile()) throw new HttpError(404, 'not found');
  return real;
}

/** Streams one file (headers only for HEAD). */
export async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  filePath: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const stat = await fsp.stat(filePath);
  response.statusCode = 200;
  response.setHeader('Content-Type', contentTypeOf(filePath));
  response.setHeader('Content-Length', stat.size);
  response.setHeader('Cache-Control', 'no-cache');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(fs.createReadStream(filePath), response);
}
