/**
 * Where a row's reference points on this machine: the page beside the doc-table file ("os.html#os.system" next to
 * audit_events.html), when the opened folder has it. The library lists doc-table files only, so the renderer cannot
 * know about their sibling pages; the Electron IPC handler and the serve host both answer through this function.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocLibrary } from '../library/contract.js';
import { isSameOrInside } from '../library/symlink-loop.js';
import { isRelativeTarget, splitTarget } from '../shared/ref-target.js';
import { hasLocalLinkExtension } from '../shared/web-policy.js';

function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

async function realpathOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/**
 * The file: URL (with the target's fragment) of the page a relative reference target names, resolved against the
 * doc-table file `fileId` of the current snapshot; null unless that page is a documentation file that exists and
 * lies inside an open root, before and after following symbolic links. Absolute targets (URLs, "/x") are not local.
 */
export async function resolveLocalRef(library: DocLibrary, fileId: string, target: string): Promise<string | null> {
  const snapshot = library.snapshot();
  const file = snapshot.files.find((candidate) => candidate.id === fileId);
  if (file === undefined || !isRelativeTarget(target)) return null;
  const { page, fragment } = splitTarget(target.trim());
  const decoded = decodeOrNull(page);
  if (decoded === null || decoded.includes('\0')) return null;
  const candidate = decoded === '' ? file.path : path.resolve(path.dirname(file.path), decoded);
  if (!hasLocalLinkExtension(candidate) || !library.contains(candidate)) return null;
  try {
    if (!(await fs.stat(candidate)).isFile()) return null;
  } catch {
    return null;
  }
  // A link inside the folder may lead out of it: the real file must lie inside the real folder of an open root.
  const real = await realpathOrNull(candidate);
  const realRoots = await Promise.all(snapshot.roots.map(realpathOrNull));
  if (real === null || !realRoots.some((root) => root !== null && isSameOrInside(real, root))) return null;
  const url = pathToFileURL(candidate);
  url.hash = fragment;
  return url.href;
}
