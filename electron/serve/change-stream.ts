/**
 * Pushes the library's changes to browsers as server-sent events. A client that reconnects (EventSource
 * sends Last-Event-ID) or that says which revision it holds (`?since=`) and is behind gets one reset change
 * carrying the whole snapshot, so no change is ever silently missed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocLibrary } from '../library/contract.js';
import type { LibraryChange } from '../shared/library-types.js';

/** Comment lines keep idle connections (and proxies, if any) from timing out. */
const HEARTBEAT_MS = 15_000;

/**
 * Bytes a client may leave unread before it is dropped. Every change is queued for every client; one that
 * stopped reading (a suspended laptop, a stuck tab) would otherwise hold every later change in memory. A
 * dropped EventSource reconnects with Last-Event-ID and gets one reset, so nothing is lost by dropping it.
 */
export const MAX_UNREAD_BYTES = 16 * 1024 * 1024;

function frame(change: LibraryChange): string {
  // JSON.stringify never emits a raw newline, so the payload is one `data:` line.
  return `id: ${change.revision}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`;
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

  constructor(
    private readonly library: DocLibrary,
    private readonly maxUnreadBytes: number = MAX_UNREAD_BYTES,
  ) {
    this.unsubscribe = library.subscribe((change) => this.broadcast(change));
    this.heartbeat = setInterval(() => this.writeAll(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  attach(request: IncomingMessage, response: ServerResponse, since: number | null): void {
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
    response.on('error', detach);

    const snapshot = this.library.snapshot();
    if (since !== null && since !== snapshot.revision) {
      response.write(frame({ revision: snapshot.revision, added: [], changed: [], removed: [], reset: snapshot }));
    }
  }

  private broadcast(change: LibraryChange): void {
    this.writeAll(frame(change));
  }

  private writeAll(text: string): void {
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
