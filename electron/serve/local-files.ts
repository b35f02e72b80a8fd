/**
 * The one way the browser reaches a file on disk: a reference link to a documentation file that lies
 * inside a folder the user opened (`library.contains`). Served inert: a sandboxing CSP and no caching.
 */
import fsp from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { DocLibrary } from '../library/contract.js';
import { classifyLink, hasLocalLinkExtension } from '../shared/web-policy.js';
import { LOCAL_FILE_CSP } from './http-guard.js';
import { HttpError } from './responses.js';
import { sendFile } from './static-files.js';

/** Larger than any rendition of the page; beyond it a "documentation file" is something else. */
const MAX_LOCAL_FILE_BYTES = 64 * 1024 * 1024;

/** The file a `file:` URL names when it may be shown, else an HttpError (400 bad link, 403 not allowed, 404 gone). */
export async function resolveLocalFile(fileUrl: string | null, library: DocLibrary): Promise<string> {
  const link = fileUrl === null ? null : classifyLink(fileUrl);
  if (link === null || link.kind !== 'file') throw new HttpError(400, 'expected ?url= with a file: URL');
  let filePath: string;
  try {
    filePath = fileURLToPath(link.url);
  } catch {
    throw new HttpError(400, 'not a local file URL');
  }
  if (!hasLocalLinkExtension(filePath) || !library.contains(filePath)) {
    throw new HttpError(403, 'only documentation files inside an opened folder can be shown');
  }
  let size: number;
  try {
    const stat = await fsp.stat(filePath);
    if (!stat.isFile()) throw new HttpError(404, 'not a file');
    size = stat.size;
  } catch (error) {
    throw error instanceof HttpError ? error : new HttpError(404, 'not found');
  }
  if (size > MAX_LOCAL_FILE_BYTES) throw new HttpError(413, 'file too large to show');
  return filePath;
}

export async function sendLocalFile(request: IncomingMessage, response: ServerResponse, filePath: string): Promise<void> {
  const type = /\.html?$/i.test(filePath) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
  await sendFile(request, response, filePath, {
    'Content-Type': type,
    'Content-Security-Policy': LOCAL_FILE_CSP,
    'Cache-Control': 'no-store',
  });
}
