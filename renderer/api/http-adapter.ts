/**
 * DocTableApi over HTTP + server-sent events, for the renderer running in a browser against
 * `doctable serve`. Every call carries the host's token; what a browser can do itself (download a CSV,
 * open a docs.python.org tab) it does without the host.
 */
import type { AppCommand, DocTableApi, FolderListing, HostInfo, SaveResult, SnapshotOptions } from '../../electron/shared/api';
import type { LibraryChange, LibrarySnapshot } from '../../electron/shared/library-types';
import { classifyLink } from '../../electron/shared/web-policy';
import { EXPORT_FILE_INFO, exportFileName } from '../../electron/shared/export-files';
import { SNAPSHOT_LINES_MEDIA_TYPE } from '../../electron/shared/snapshot-media';
import { mediaType, responseText, SNAPSHOT_ACCEPT, unpacked } from './response-text';
import { readSnapshotLines } from './snapshot-lines';

/** The header the host reads the token from (EventSource and opened tabs use `?token=` instead). */
export const TOKEN_HEADER = 'X-DocTable-Token';

export class HttpApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpApiError';
  }
}

export interface HttpApiOptions {
  /** The host's origin, e.g. "http://127.0.0.1:4780" (the page's own origin). */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  /** Opens a URL in a new tab without giving it a handle on this page. */
  openTab?: (url: string) => void;
  /** Hands a file to the browser's downloads. */
  download?: (fileName: string, blob: Blob) => void;
  /** First wait before reopening a change stream the host refused; doubles up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  /** The longest wait between two tries (a minute). */
  maxReconnectDelayMs?: number;
  /**
   * Ask for the snapshot now, before the app has rendered and asked: the first getSnapshot() gets this answer.
   * At 100,000 rows the answer takes a while to arrive, and the page has other work to do meanwhile.
   */
  prefetchSnapshot?: boolean;
}

const DEFAULT_RECONNECT_DELAY_MS = 5_000;
const MAX_RECONNECT_DELAY_MS = 60_000;
/** EventSource.CLOSED, spelled out: an injected EventSource need not carry the static constants. */
const EVENT_SOURCE_CLOSED = 2;

function openTabNoOpener(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

function downloadWithLink(fileName: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

export function createHttpApi(options: HttpApiOptions): DocTableApi {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  const openTab = options.openTab ?? openTabNoOpener;
  const download = options.download ?? downloadWithLink;
  const changeListeners = new Set<(change: LibraryChange) => void>();
  let stream: EventSource | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  const firstReconnectDelay = options.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS;
  let reconnectDelay = firstReconnectDelay;
  const maxReconnectDelay = Math.max(firstReconnectDelay, options.maxReconnectDelayMs ?? MAX_RECONNECT_DELAY_MS);
  /** The newest revision this page has seen, so a (re)connecting stream can catch it up. */
  let revision: number | null = null;

  const seen = <T extends { revision: number }>(value: T): T => {
    if (revision === null || value.revision > revision) revision = value.revision;
    return value;
  };

  /** Performance marks around the snapshot's way in (`doctable:snapshot-…`), for profiles of the first table. */
  const mark = (path: string, step: string): void => {
    if (path === '/api/snapshot') globalThis.performance?.mark?.(`doctable:snapshot-${step}`);
  };

  async function request(method: 'GET' | 'POST', path: string, body: unknown, accept: string): Promise<Response> {
    mark(path, 'asked');
    const headers: Record<string, string> = { [TOKEN_HEADER]: options.token, Accept: accept };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetchImpl(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
    mark(path, 'headers');
    if (!response.ok) {
      const text = await responseText(response);
      let message = `${response.status} ${response.statusText}`;
      try {
        const parsed = JSON.parse(text) as { error?: unknown };
        if (typeof parsed.error === 'string') message = parsed.error;
      } catch {
        // Not JSON: keep the status line.
      }
      throw new HttpApiError(response.status, message);
    }
    return response;
  }

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, accept = 'application/json'): Promise<T> {
    const response = await request(method, path, body, accept);
    const text = await responseText(response);
    mark(path, 'received');
    const parsed = JSON.parse(text) as T;
    mark(path, 'parsed');
    return parsed;
  }

  /** A snapshot call: lines are read as they come (partials to `onPartial`), any other body parsed whole. */
  const snapshotCall = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    onPartial?: (partial: LibrarySnapshot) => void,
  ): Promise<LibrarySnapshot> => {
    const response = await request(method, path, body, SNAPSHOT_ACCEPT);
    if (mediaType(response) !== SNAPSHOT_LINES_MEDIA_TYPE || response.body === null) {
      const parsed = JSON.parse(await responseText(response)) as LibrarySnapshot;
      mark(path, 'received');
      mark(path, 'parsed');
      return seen(parsed);
    }
    const snapshot = await readSnapshotLines(unpacked(response.body), (partial) => {
      mark(path, 'first-file');
      onPartial?.(partial);
    });
    // Unpacking and parsing overlap here: the body is in and parsed at the same moment.
    mark(path, 'received');
    mark(path, 'parsed');
    return seen(snapshot);
  };

  /** The snapshot asked for at creation (prefetchSnapshot), until the first getSnapshot() takes it. */
  let prefetched: Promise<LibrarySnapshot> | null = null;
  /**
   * Settles with the prefetch. The change stream waits for it, so it connects with `since=` that snapshot's
   * revision and the host resets the page if anything changed in between; connecting earlier (with no
   * `since`) would miss the changes made between the snapshot's answer and the stream's start.
   */
  let firstRevisionKnown: Promise<unknown> | null = null;
  /** The prefetch's partial snapshot, until the getSnapshot() that takes the prefetch asks for partials. */
  let prefetchedPartial: LibrarySnapshot | null = null;
  let prefetchPartialListener: ((partial: LibrarySnapshot) => void) | null = null;
  let prefetchSettled = false;
  if (options.prefetchSnapshot === true) {
    prefetched = snapshotCall('GET', '/api/snapshot', undefined, (partial) => {
      if (prefetchPartialListener !== null) prefetchPartialListener(partial);
      else prefetchedPartial = partial;
    });
    void prefetched.finally(() => {
      prefetchSettled = true;
      prefetchedPartial = null;
      prefetchPartialListener = null;
    }).catch(() => undefined);
    // A failed prefetch is reported to the getSnapshot() that takes it, not as an unhandled rejection.
    prefetched.catch(() => undefined);
    firstRevisionKnown = prefetched.then(
      () => undefined,
      () => undefined,
    );
  }
  let streamWaiting = false;

  const localFileUrl = (fileUrl: string, withToken: boolean): string => {
    const params = new URLSearchParams({ url: fileUrl });
    if (withToken) params.set('token', options.token);
    return `${base}/api/local-file?${params.toString()}`;
  };

  function openStream(): EventSource {
    const params = new URLSearchParams({ token: options.token });
    if (revision !== null) params.set('since', String(revision));
    const source = new EventSourceImpl(`${base}/api/events?${params.toString()}`);
    source.addEventListener('change', (event) => {
      const change = seen(JSON.parse((event as MessageEvent<string>).data) as LibraryChange);
      for (const listener of [...changeListeners]) listener(change);
    });
    source.addEventListener('open', () => {
      reconnectDelay = firstReconnectDelay;
    });
    // After a dropped connection EventSource retries by itself; after an HTTP error (the host's 503 when too
    // many streams are open, or a restart) it gives up for good. Try again later, catching up from `since`.
    source.addEventListener('error', () => {
      if (source.readyState !== EVENT_SOURCE_CLOSED || stream !== source) return;
      stream = null;
      reconnectTimer = setTimeout(() => {
        reconnectTimer = null;
        if (changeListeners.size > 0 && stream === null) stream = openStream();
      }, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, maxReconnectDelay);
    });
    return source;
  }

  return {
    hostInfo: () => call<HostInfo>('GET', '/api/host-info'),
    getSnapshot: (snapshotOptions?: SnapshotOptions) => {
      const onPartial = snapshotOptions?.onPartial?.bind(snapshotOptions);
      const early = prefetched;
      prefetched = null;
      if (early === null) return snapshotCall('GET', '/api/snapshot', undefined, onPartial);
      // The prefetch may have had its partial already: hand it over now, unless the whole snapshot is in too.
      if (onPartial !== undefined && !prefetchSettled) {
        const partial = prefetchedPartial;
        prefetchedPartial = null;
        if (partial !== null) onPartial(partial);
        else prefetchPartialListener = onPartial;
      }
      return early;
    },
    openPaths: (paths) => snapshotCall('POST', '/api/open', { paths }),
    // A browser cannot show a native folder picker that yields paths; the renderer asks for a typed path.
    openDialog: async () => null,
    openSamples: () => snapshotCall('POST', '/api/samples', {}),
    reload: () => snapshotCall('POST', '/api/reload', {}),
    saveCsv: async (suggestedName, csv): Promise<SaveResult> => {
      download(suggestedName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      return { saved: true, path: null };
    },
    saveFile: async (suggestedName, text, kind): Promise<SaveResult> => {
      download(exportFileName(suggestedName, kind), new Blob([text], { type: EXPORT_FILE_INFO[kind].mime }));
      return { saved: true, path: null };
    },
    openExternal: async (url) => {
      const link = classifyLink(url);
      if (link === null) return false;
      if (link.kind === 'web') {
        openTab(link.url);
        return true;
      }
      // Ask first, so a link the host refuses reports false instead of opening an error tab.
      const probe = await fetchImpl(localFileUrl(link.url, false), {
        method: 'HEAD',
        headers: { [TOKEN_HEADER]: options.token },
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!probe.ok) return false;
      openTab(localFileUrl(link.url, true));
      return true;
    },
    resolveLocalRef: async (fileId, target) => {
      const params = new URLSearchParams({ file: fileId, target });
      return (await call<{ url: string | null }>('GET', `/api/local-ref?${params.toString()}`)).url;
    },
    listFolder: async (folder) => {
      const params = new URLSearchParams(folder === null ? {} : { path: folder });
      return call<FolderListing>('GET', `/api/folders?${params.toString()}`);
    },
    onChange: (listener) => {
      changeListeners.add(listener);
      if (firstRevisionKnown !== null) {
        if (!streamWaiting) {
          streamWaiting = true;
          void firstRevisionKnown.then(() => {
            firstRevisionKnown = null;
            streamWaiting = false;
            if (changeListeners.size > 0 && stream === null && reconnectTimer === null) stream = openStream();
          });
        }
      } else if (stream === null && reconnectTimer === null) {
        stream = openStream();
      }
      return () => {
        changeListeners.delete(listener);
        if (changeListeners.size > 0) return;
        stream?.close();
        stream = null;
        if (reconnectTimer !== null) clearTimeout(reconnectTimer);
        reconnectTimer = null;
      };
    },
    // No native menu in a browser: the renderer's own keyboard shortcuts and buttons cover its commands.
    onCommand: (_listener: (command: AppCommand) => void) => () => undefined,
  };
}
