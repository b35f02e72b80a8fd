/** The versions view's data: the bundled truth builds plus the open files, as one history. */
import type { SourceFile } from '../../electron/shared/library-types';
import { bundledTruth } from '../../electron/shared/versions/bundled';
import { fileSetId, modelSet, type EventSet } from '../../electron/shared/versions/event-set';
import { buildHistory, type History } from '../../electron/shared/versions/history';
import { pickableFiles, toCompareSources } from '../compare/sources';

/** Open files with an event table, labelled as the compare view labels them ("ja 3.9.7"). */
export function fileEventSets(files: readonly SourceFile[]): EventSet[] {
  const sources = toCompareSources(pickableFiles(files)).filter((source) => source.hasEvents);
  return sources.map((source) => modelSet(fileSetId(source.id), source.label, source.path, source.model));
}

export function viewHistory(files: readonly SourceFile[]): History {
  const { sets, unstableArgs } = bundledTruth();
  return buildHistory(sets, fileEventSets(files), unstableArgs);
}

/** Every set a diff can compare: the truth builds, then the files. */
export function diffableSets(history: History): EventSet[] {
  return [
    ...history.columns.filter((column) => column.set.kind === 'truth').map((column) => column.set),
    ...history.columns.filter((column) => column.set.kind === 'file').map((column) => column.set),
  ];
}

/** "3.12.4", "zh-tw 3.12.4 (file)". */
export function setOptionLabel(set: EventSet): string {
  return set.kind === 'file' ? `${set.label} (file)` : set.label;
}

/** A file name part: letters, digits, dots, dashes. */
export function namePart(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '_');
}
