/**
 * The policy decisions behind every Electron security hook (the window's own web preferences are in windows.ts).
 * Decisions are pure functions over plain inputs (URLs, the trusted page) so unit tests run them without
 * Electron; `hardenWebContents` / `hardenSession` only wire them to Electron's events.
 */
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, classifyLink } from '../shared/web-policy.js';

/** Where the app's own page lives: the built renderer (file://) or, in development only, vite's dev server. */
export interface TrustedPage {
  /** file:// URL of dist/renderer/index.html. */
  pageUrl: string;
  /** "http://localhost:5173" when a dev server is used (never in a packaged app), else null. */
  devServerOrigin: string | null;
}

export function contentSecurityPolicyFor(page: TrustedPage): string {
  return page.devServerOrigin === null ? CONTENT_SECURITY_POLICY : DEV_CONTENT_SECURITY_POLICY;
}

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function withoutFragmentAndQuery(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** The folder of the built page as a file: URL ending in "/", the prefix of every asset it may load. */
function pageFolderUrl(page: TrustedPage): string {
  const pageUrl = new URL(page.pageUrl);
  return withoutFragmentAndQuery(new URL('./', pageUrl));
}

/** True when an IPC message comes from the app's own page (not from any other frame or document). */
export function isTrustedSenderUrl(frameUrl: string | null | undefined, page: TrustedPage): boolean {
  const url = parse(frameUrl);
  if (url === null) return false;
  if (page.devServerOrigin !== null && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return url.origin === page.devServerOrigin;
  }
  if (url.protocol !== 'file:') return false;
  const expected = parse(page.pageUrl);
  return expected !== null && withoutFragmentAndQuery(url) === withoutFragmentAndQuery(expected);
}

/** The window may only ever show the app's page (a reload of it included); everything else is blocked. */
export function isAllowedNavigation(targetUrl: string, page: TrustedPage): boolean {
  return isTrustedSenderUrl(targetUrl, page);
}

/**
 * "No remote content": the page may load its own assets (inside its folder, or from the dev server) and
 * data: images. Every other request, remote or a file elsewhere on disk, is cancelled.
 */
export function isAllowedRequest(requestUrl: string, page: TrustedPage): boolean {
  const url = parse(requestUrl);
  if (url === null) return false;
  switch (url.protocol) {
    case 'data:':
    case 'devtools:':
      return true;
    case 'file:':
      // The URL parser already resolved "..", but an encoded separator would survive it.
      return withoutFragmentAndQuery(url).startsWith(pageFolderUrl(page)) && !/%2f|%5c/i.test(url.pathname);
    case 'http:':
    case 'https:':
      return page.devServerOrigin !== null && url.origin === page.devServerOrigin;
    case 'ws:': {
      // vite's HMR socket, same host and port as its dev server.
      const dev = parse(page.devServerOrigin);
      return dev !== null && url.host === dev.host;
    }
    default:
      return false;
  }
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/**
 * `window.open` and target=_blank links never create a window; a docs.python.org link is handed to the
 * system browser instead (local files go through the IPC handler, which checks the open roots).
 */
export function decideWindowOpen(url: string): WindowOpenDecision {
  const link = classifyLink(url);
  return { action: 'deny', openExternally: link?.kind === 'web' ? link.url : null };
}

/** Camera, notifications, clipboard reads, USB...: a table viewer needs none, so every request is denied. */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** Adds the CSP (and friends) to every response the session receives, keeping the other headers. */
export function withSecurityHeaders(
  headers: Record<string, string[]> | undefined,
  page: TrustedPage,
): Record<string, string[]> {
  const kept = Object.fromEntries(
    Object.entries(headers ?? {}).filter(
      ([name]) => !['content-security-policy', 'x-content-type-options'].includes(name.toLowerCase()),
    ),
  );
  return {
    ...kept,
    'Content-Security-Policy': [contentSecurityPolicyFor(page)],
    'X-Content-Type-Options': ['nosniff'],
  };
}

/** Wires the decisions above to one webContents (the app window's, and any other that ever appears). */
export function hardenWebContents(contents: WebContents, page: TrustedPage, openWebLink: (url: string) => void): void {
  const blockUnlessAppPage = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, page)) event.preventDefault();
  };
  contents.on('will-navigate', blockUnlessAppPage);
  contents.on('will-frame-navigate', blockUnlessAppPage);
  contents.on('will-redirect', blockUnlessAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null) openWebLink(decision.openExternally);
    return { action: decision.action };
  });
}

/** Permissions denied, requests outside the app cancelled, CSP on every response. */
export function hardenSession(session: Session, page: TrustedPage): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, page) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    // DevTools (development only) brings its own policy; the app's would break it.
    details.url.startsWith('devtools:')
      ? callback({})
      : callback({ responseHeaders: withSecurityHeaders(details.responseHeaders, page) }),
  );
  session.on('will-download', (event) => event.preventDefault());
}
