/**
 * The open-folder dialog's folder browser, for both hosts: the sub-folders of a folder, but only under the
 * user's home or a folder the user already opened. A path anywhere else is refused, also when it only gets
 * there through a symlink or "..": the browser host serves a page, and a page must not map the whole disk.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FolderListing, FolderPlace } from '../shared/api.js';

/** More sub-folders than anyone scrolls through in a dialog; the rest is reached by typing. */
export const MAX_LISTED_FOLDERS = 1000;

export interface FolderScope {
  home: string;
  /** The library's roots (folders or files) as opened. */
  roots: readonly string[];
}

export class PathRefusedError extends Error {
  constructor(readonly refusedPath: string) {
    super(`${refusedPath} is outside the folders this host may list (your home and the folders you opened)`);
    this.name = 'PathRefusedError';
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** The folders that may be listed: home and each opened folder (a file root stands for its folder). */
async function allowedBases(scope: FolderScope): Promise<string[]> {
  const bases = new Set<string>();
  const candidates = [scope.home, ...scope.roots];
  for (const candidate of candidates) {
    const resolved = path.resolve(candidate);
    const real = await realOrNull(resolved);
    if (real === null) continue;
    const stat = await fs.stat(real).catch(() => null);
    const folder = stat?.isDirectory() ? real : path.dirname(real);
    bases.add(folder);
  }
  return [...bases];
}

/** The deepest part of `p` that exists, resolved through symlinks (null when not even "/" does). */
async function nearestRealAncestor(p: string): Promise<string | null> {
  for (let at = p; ; at = path.dirname(at)) {
    const real = await realOrNull(at);
    if (real !== null) return at === p ? real : path.join(real, path.relative(at, p));
    if (path.dirname(at) === at) return null;
  }
}

export async function folderPlaces(scope: FolderScope): Promise<FolderPlace[]> {
  const places: FolderPlace[] = [{ label: 'Home', path: path.resolve(scope.home) }];
  for (const root of scope.roots) {
    const stat = await fs.stat(root).catch(() => null);
    if (stat === null) continue;
    const folder = stat.isDirectory() ? root : path.dirname(root);
    if (!places.some((place) => place.path === folder)) places.push({ label: `Open: ${path.basename(folder) || folder}`, path: folder });
  }
  return places;
}

/**
 * Lists `input` (absolute; null for home). Throws PathRefusedError outside the scope: the check runs on the
 * path as written and on where it really leads, so neither "~/../etc" nor a symlink out of home gets through.
 */
export async function listFolder(input: string | null, scope: FolderScope): Promise<FolderListing> {
  const wanted = path.resolve(input ?? scope.home);
  const bases = await allowedBases(scope);
  const real = await nearestRealAncestor(wanted);
  if (real === null || !bases.some((base) => isInside(real, base))) throw new PathRefusedError(wanted);
  const places = await folderPlaces(scope);

  const stat = await fs.stat(wanted).catch(() => null);
  if (stat === null) return { status: 'missing', path: wanted, places };
  if (!stat.isDirectory()) return { status: 'file', path: wanted, places };

  const entries = await fs.readdir(wanted, { withFileTypes: true });
  const folders: { name: string; path: string }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(wanted, entry.name);
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await fs.stat(full).catch(() => null))?.isDirectory() === true);
    if (isFolder) folders.push({ name: entry.name, path: full });
  }
  folders.sort((a, b) => a.name.localeCompare(b.name));

  const above = path.dirname(wanted);
  const aboveReal = above === wanted ? null : await realOrNull(above);
  const parent = aboveReal !== null && bases.some((base) => isInside(aboveReal, base)) ? above : null;
  return {
    status: 'folder',
    path: wanted,
    parent,
    folders: folders.slice(0, MAX_LISTED_FOLDERS),
    truncated: folders.length > MAX_LISTED_FOLDERS,
    places,
  };
}
