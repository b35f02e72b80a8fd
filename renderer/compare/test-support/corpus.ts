// Test-only: reads the shared corpus from disk (Node APIs are available under vitest, not in the app's renderer).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocRow, DocTableModel } from '../../../electron/shared/model';
import { parseDocTable } from '../../../electron/core/parse';
import type { SourceFile } from '../../../electron/shared/library-types';
import { sourceFileFromModel } from './source-file';

export const CORPUS_DIR = process.env.DOCTABLE_CORPUS ?? '/work/shared/corpus';

/** Parses a corpus file ("seeds/001_….txt", or a unique prefix of a name in that folder) the way the library does. */
export function corpusFile(relPath: string): SourceFile {
  const path = resolveCorpusPath(relPath);
  return sourceFileFromModel(parseDocTable(readFileSync(path, 'utf8'), { path }), path);
}

export function resolveCorpusPath(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  const folder = join(CORPUS_DIR, relPath.slice(0, slash));
  const prefix = relPath.slice(slash + 1);
  const matches = readdirSync(folder).filter((name) => name.startsWith(prefix));
  if (matches.length !== 1) throw new Error(`${relPath}: ${matches.length} corpus files match`);
  return join(folder, matches[0]!);
}

export function readCorpusText(relPath: string): string {
  return readFileSync(resolveCorpusPath(relPath), 'utf8');
}

interface TruthEvent {
  event: string;
  args: string[];
  internal: boolean;
  refs?: string[];
  n_refs?: number;
}

/** A truth build (truth/builds/<version>_….json) as the model a parsed build of that version would give. */
export function truthBuildFile(version: string): SourceFile {
  const path = resolveCorpusPath(`truth/builds/${version}_`);
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { events: TruthEvent[] }).events;
  const rows = (internal: boolean): DocRow[] =>
    events
      .filter((event) => event.internal === internal)
      .map((event) => ({
        event: event.event,
        args: event.args,
        refs: (event.refs ?? []).map((target, index) => ({ label: String(index + 1), target })),
        line: null,
      }));
  const model: DocTableModel = {
    format: 'html',
    locale: 'en',
    version: { value: version, source: 'metadata', confidence: 1, evidence: `truth build ${path}` },
    title: 'Audit events table',
    prose: [],
    tables: [
      { kind: 'public', headers: ['Audit event', 'Arguments', 'References'], rows: rows(false) },
      { kind: 'internal', headers: ['Audit event', 'Arguments'], rows: rows(true) },
    ],
    diagnostics: [],
  };
  return sourceFileFromModel(model, path, `truth:${version}`);
}
