/** Turns a reference target as written in a file into a URL the host can open (it decides what is allowed). */

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:\//i;

/** file:// URL of an absolute path (POSIX or Windows), percent-encoded by the URL parser. */
export function fileUrl(path: string): URL {
  const slashed = path.replace(/\\/g, '/');
  const url = new URL('file:///');
  url.pathname = WINDOWS_DRIVE.test(slashed) ? `/${slashed}` : slashed;
  return url;
}

/**
 * Absolute http(s) and file targets are kept; relative ones ("../library/ctypes.html#ctypes.string_at",
 * "ctypes.md#anchor") resolve against the file they were written in. Null when there is nothing to open.
 */
export function resolveReference(target: string | null, sourcePath: string): string | null {
  if (target === null || target.trim() === '') return null;
  if (ABSOLUTE_URL.test(target) && !WINDOWS_DRIVE.test(target.replace(/\\/g, '/'))) {
    return /^(https?|file):/i.test(target) ? target : null;
  }
  try {
    return new URL(target, fileUrl(sourcePath)).href;
  } catch {
    return null;
  }
}
