/**
 * What the app remembers between runs: window size/position and the last opened folders, as a small JSON
 * file in userData. Read defensively (the file may be hand-edited, truncated or from another version):
 * each part that does not validate falls back to its default instead of failing the start.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MAX_PATH_LENGTH } from '../api/schemas.js';

export const STATE_FILE_NAME = 'doctable-state.json';
const MAX_REMEMBERED_PATHS = 32;
const MAX_STATE_BYTES = 256 * 1024;

const windowStateSchema = z.strictObject({
  width: z.number().int().min(480).max(16384),
  height: z.number().int().min(360).max(16384),
  x: z.number().int().min(-65536).max(65536).optional(),
  y: z.number().int().min(-65536).max(65536).optional(),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface AppState {
  window: WindowState;
  /** Absolute paths opened last (empty: the samples). */
  lastPaths: string[];
  /** Folders and files opened lately, newest first: the File menu's Open Recent (absent in older state files). */
  recentPaths?: string[];
}

export const DEFAULT_STATE: AppState = {
  window: { width: 1280, height: 820, maximized: false },
  lastPaths: [],
};

const stateSchema = z.object({
  window: windowStateSchema.catch(DEFAULT_STATE.window),
  lastPaths: z
    .array(z.string().min(1).max(MAX_PATH_LENGTH).refine((p) => path.isAbsolute(p)))
    .max(MAX_REMEMBERED_PATHS)
    .catch([]),
  recentPaths: z
    .array(z.string().min(1).max(MAX_PATH_LENGTH).refine((p) => path.isAbsolute(p)))
    .max(MAX_REMEMBERED_PATHS)
    .optional()
    .catch(undefined),
});

/** The state in a file's text; defaults for whatever is missing or invalid. */
export function parseState(text: string): AppState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return structuredClone(DEFAULT_STATE);
  }
  const result = stateSchema.safeParse(json);
  return result.success ? result.data : structuredClone(DEFAULT_STATE);
}

export async function loadState(file: string): Promise<AppState> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > MAX_STATE_BYTES) return structuredClone(DEFAULT_STATE);
    return parseState(await fs.readFile(file, 'utf8'));
  } catch {
    return structuredClone(DEFAULT_STATE);
  }
}

/** Written to a temp file and renamed, so a crash mid-write never leaves half a file. */
export async function saveState(file: string, state: AppState): Promise<void> {
  const valid = stateSchema.parse(state);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
  await fs.rename(temp, file);
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The remembered window, made to fit today's screens: a position on a monitor that is gone is dropped
 * (the OS centres the window) and the size is capped to the largest work area.
 */
export function fitToDisplays(window: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return window;
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.min(window.width, maxWidth);
  const height = Math.min(window.height, maxHeight);
  const { x, y } = window;
  if (x === undefined || y === undefined) return { width, height, maximized: window.maximized };
  // Visible enough to grab: the title bar's first 100×40 px overlap some work area.
  const grabbable = workAreas.some(
    (area) => x + 100 > area.x && x < area.x + area.width - 40 && y >= area.y && y < area.y + area.height - 40,
  );
  return grabbable ? { width, height, x, y, maximized: window.maximized } : { width, height, maximized: window.maximized };
}
