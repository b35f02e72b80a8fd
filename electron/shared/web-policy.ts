/**
 * What web content the app may load and which links it may open, shared by the Electron main process,
 * the browser host and the renderer's API adapters so all three enforce the same rules.
 * Plain functions over WHATWG URLs only (no Node, no DOM), so every side can import it.
 */

/** The only web site reference links may open: CPython's documentation. */
export const DOCS_ORIGIN = 'https://docs.python.org';

/** The page this app is about, opened from Help. */
export const AUDIT_EVENTS_DOCS_URL = `${DOCS_ORIGIN}/3/library/audit_events.html`;

/** Longest link the hosts accept; real documentation links are far shorter. */
export const MAX_LINK_LENGTH = 8192;

/**
 * Local files a reference link may open: documentation renditions only. Anything else inside an open
 * folder (an .exe, a .desktop file, a script) could run code when handed to the OS.
 */
export const LOCAL_LINK_EXTENSIONS: readonly string[] = ['.html', '.htm', '.txt', '.rst', '.md', '.po', '.pot'];

/**
 * The renderer's Content-Security-Policy: only its own scripts, styles and API, nothing inline, no frames.
 * The browser host sends it as a header; the Electron window gets it as a header and from the page's meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy for vite's dev server only: its HMR client injects inline styles, an inline React-refresh
 * preamble and talks over a websocket. Never used for a built renderer.
 */
export const DEV_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export type LinkTarget =
  /** A docs.python.org page, normalised. */
  | { kind: 'web'; url: string }
  /** A file: URL on this machine; the host still has to check it lies inside an open root. */
  | { kind: 'file'; url: string };

/** Classify a link the renderer wants opened; null when it is not allowed at all. */
export function classifyLink(raw: string): LinkTarget | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:') {
    // Exact host and default port: "docs.python.org.evil.example" and "docs.python.org:8443" are not the docs.
    if (url.hostname !== 'docs.python.org' || url.port !== '') return null;
    return { kind: 'web', url: url.href };
  }
  if (url.protocol === 'file:') {
    // A host in a file: URL means a network share (UNC on Windows): never local documentation.
    if (url.host !== '' && url.host !== 'localhost') return null;
    return { kind: 'file', url: url.href };
  }
  return null;
}

/** True when a local path has one of the documentation extensions a link may open. */
export function hasLocalLinkExtension(filePath: string): boolean {
  const lower = filePath.toLowerCase();
  return LOCAL_LINK_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
