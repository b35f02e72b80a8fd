/**
 * Pushes the library's changes to browsers as server-sent events. A client that reconnects (EventSource
 * sends Last-Event-ID) or that says which revision it holds (`?since=`) and is behind gets one reset change
 * carrying the whole snapshot, so no change is ever silently missed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocLibrary } from '../library/contract.js';
import type { LibraryChange } from '../shared/library-types.js';
import { HttpError } from './responses.js';
import { changeJson } from './snapshot-json.js';

/** Comment lines keep idle connections (and proxies, if any) from timing out. */
const HEARTBEAT_MS = 15_000;

/**
 * Bytes a client may leave unread before it is dropped. Every change is queued for every client; one that
 * stopped reading (a suspended laptop, a stuck tab) would otherwise hold every later change in memory. A
 * dropped EventSource reconnects with Last-Event-ID and gets one reset, so nothing is lost by dropping it.
 */
export const MAX_UNREAD_BYTES = 16 * 1024 * 1024;

/**
 * Change streams open at once. Each holds a connection, a socket buffer and (while it keeps up) about 50 KiB
 * of heap; a tab needs one, so 64 leaves room for many tabs and reconnects while bounding what a runaway
 * script (or a loop of reconnects that never close) can hold. Beyond it a client gets 503 with Retry-After.
 */
export const MAX_CHANGE_STREAMS = 64;

/** Seconds a refused stream client is asked to wait before trying again. */
export const STREAM_RETRY_AFTER_SECONDS = 5;

export interface ChangeStreamLimits {
  /** Bytes a client may leave unread before it is dropped (MAX_UNREAD_BYTES). */
  maxUnreadBytes?: number;
  /** Streams open at once (MAX_CHANGE_STREAMS); one more is answered 503. */
  maxClients?: number;
}

function frame(change: LibraryChange): Buffer {
  // JSON never holds a raw newline, so the payload is one `data:` line. Files come from the per-file JSON cache:
  // a reset to a reconnecting client costs joining texts, not serializing every row again.
  return Buffer.concat([Buffer.from(`id: ${change.revision}\nevent: change\ndata: `), changeJson(change), Buffer.from('\n\n')]);
}

/** The revision a connecting client already holds, from Last-Event-ID or ?since=; null when it did not say. */
export function knownRevision(request: IncomingMessage, since: string | null): number | null {
  const header = request.headers['last-event-id'];
  const raw = typeof header === 'string' && header !== '' ? header : since;
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

export class ChangeStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  private readonly maxUnreadBytes: number;
  private readonly maxClients: number;

  constructor(
    private readonly library: DocLibrary,
    limits: ChangeStreamLimits = {},
  ) {
    this.maxUnreadBytes = limits.maxUnreadBytes ?? MAX_UNREAD_BYTES;
    this.maxClients = limits.maxClients ?? MAX_CHANGE_STREAMS;
    this.unsubscribe = library.subscribe((change) => this.broadcast(change));
    this.heartbeat = setInterval(() => this.writeAll(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Answers with the stream, or throws HttpError 503 (nothing written yet) when maxClients are open. */
  attach(request: IncomingMessage, response: ServerResponse, since: number | null): void {
    // Streams that closed or were destroyed leave the set on their own events; count only live ones.
    for (const client of this.clients) if (client.destroyed) this.clients.delete(client);
    if (this.clients.size >= this.maxClients) {
      throw new HttpError(
        503,
        `too many open change streams (${this.maxClients}): close another tab of this app, or retry in ${STREAM_RETRY_AFTER_SECONDS} s`,
        { 'Retry-After': String(STREAM_RETRY_AFTER_SECONDS) },
      );
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 2000\n\n');
    this.clients.add(response);
    const detach = (): void => {
      this.clients.delete(response);
    };
    request.on('close', detach);
    response.on('close', detach);
    response.on('error', detach);

    const snapshot = this.library.snapshot();
    if (since !== null && since !== snapshot.revision) {
      response.write(frame({ revision: snapshot.revision, added: [], changed: [], removed: [], reset: snapshot }));
    }
  }

  private broadcast(change: LibraryChange): void {
    this.writeAll(frame(change));
  }

  private writeAll(text: string | Buffer): void {
    for (const client of this.clients) {
      if (client.destroyed) continue;
      // Checked before the write, so a change larger than the limit still reaches a client that keeps up.
      if (client.writableLength > this.maxUnreadBytes) {
        this.clients.delete(client);
        client.destroy();
        continue;
      }
      client.write(text);
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
