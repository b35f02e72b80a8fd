/**
 * The sample tables bundled under resources/samples/ and where each comes from (ORIGIN.json).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DOC_FORMATS } from '../core/model.js';

/** resources/samples/ of this checkout; a packaged app passes its own resources path instead. */
export const BUNDLED_SAMPLES_DIR = path.resolve(fileURLToPath(new URL('../../resources/samples', import.meta.url)));

export const ORIGIN_FILE_NAME = 'ORIGIN.json';

const originEntrySchema = z.object({
  /** Human-readable: repository@commit and path, or the corpus seed it was taken from. */
  origin: z.string().min(1),
  repo: z.string().nullable(),
  commit: z.string().nullable(),
  corpusFile: z.string(),
  locale: z.string(),
  format: z.string().refine((value) => (DOC_FORMATS as readonly string[]).includes(value), 'unknown format'),
  version: z.string(),
  licence: z.string().min(1),
});

/** File name (relative to the samples folder, forward slashes) -> where it comes from. */
export const originManifestSchema = z.record(z.string(), originEntrySchema);
export type OriginManifest = z.infer<typeof originManifestSchema>;

export interface SampleOrigins {
  /** relPath -> the text shown as SourceFile.origin. */
  byRelPath: Map<string, string>;
  /** Why ORIGIN.json could not be used, or null. */
  problem: string | null;
}

export async function loadSampleOrigins(samplesDir: string): Promise<SampleOrigins> {
  const manifestPath = path.join(samplesDir, ORIGIN_FILE_NAME);
  let raw: string;
  try {
    raw = await readFile(manifestPath, 'utf8');
  } catch (error) {
    return { byRelPath: new Map(), problem: `Cannot read ${manifestPath}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { byRelPath: new Map(), problem: `${manifestPath} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = originManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problem = `${manifestPath} does not match its schema: ${z.prettifyError(parsed.error)}`;
    return { byRelPath: new Map(), problem };
  }
  const byRelPath = new Map<string, string>();
  for (const [relPath, entry] of Object.entries(parsed.data)) {
    byRelPath.set(relPath, `${entry.origin} (licence: ${entry.licence})`);
  }
  return { byRelPath, problem: null };
}
