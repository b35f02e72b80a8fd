/**
 * Reads a JSON request body with a hard size limit: a client cannot make the host buffer more than that.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './responses.js';

/** Request bodies are a list of paths at most (see MAX_PATHS × MAX_PATH_LENGTH in electron/api/schemas.ts, with room). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

function tooLarge(limit: number): HttpError {
  // The client may still be sending: closing keeps the host from reading the rest.
  return new HttpError(413, `request body larger than ${limit} bytes`, { Connection: 'close' });
}

export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'request body must be application/json');
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}
