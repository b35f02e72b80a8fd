/**
 * A raw HTTP client for the host tests: node:http (not fetch) so a test can send any Host header, an
 * unnormalised path ("/../x") or a body larger than the host accepts.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body as it came (still compressed when the response says Content-Encoding). */
  bytes: Buffer;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body with chunked encoding, without a Content-Length. */
  chunked?: boolean;
}

export function rawRequest(port: number, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...request.headers };
    if (request.body !== undefined && !request.chunked) headers['content-length'] = String(Buffer.byteLength(request.body));
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: request.method ?? 'GET', path: request.path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes.toString('utf8'), bytes });
        });
        response.on('error', reject);
      },
    );
    // A host that refuses a large body may close while we still write; the response is what counts.
    outgoing.on('error', reject);
    if (request.body !== undefined) outgoing.write(request.body);
    outgoing.end();
  });
}

export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: string;
}

/** An open event stream: events collected as they arrive, and a way to wait for one. */
export interface EventStreamReader {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: ServerSentEvent[];
  /** Resolves with the first event (seen or still to come) that satisfies the predicate. */
  next(predicate: (event: ServerSentEvent) => boolean): Promise<ServerSentEvent>;
  close(): void;
}

function parseEvent(block: string): ServerSentEvent | null {
  let id: string | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? null : { id, event, data: data.join('\n') };
}

export function openEventStream(port: number, path: string, headers: Record<string, string> = {}): Promise<EventStreamReader> {
  return new Promise((resolve, reject) => {
    const outgoing = http.get(
      { host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, accept: 'text/event-stream', ...headers }, agent: false },
      (response) => {
        const events: ServerSentEvent[] = [];
        const waiters: { predicate: (event: ServerSentEvent) => boolean; resolve: (event: ServerSentEvent) => void }[] = [];
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const event = parseEvent(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (event === null) continue;
            events.push(event);
            for (const waiter of [...waiters]) {
              if (waiter.predicate(event)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(event);
              }
            }
          }
        });
        response.on('error', () => undefined);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          events,
          next: (predicate) =>
            new Promise((found) => {
              const seen = events.find(predicate);
              if (seen !== undefined) found(seen);
              else waiters.push({ predicate, resolve: found });
            }),
          close: () => outgoing.destroy(),
        });
      },
    );
    outgoing.on('error', reject);
  });
}
