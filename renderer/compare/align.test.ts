import { describe, expect, it } from 'vitest';
import { alignSources, type AlignedRow } from './align';
import { filterRows } from './filter';
import { newestSource, toCompareSources } from './sources';
import { corpusFile, readCorpusText, truthBuildFile } from './test-support/corpus';
import { handModel, sourceFileFromModel } from './test-support/source-file';

const older = sourceFileFromModel(
  handModel({
    locale: 'ja',
    version: '3.9.7',
    publicRows: [
      ['array.__new__', 'typecode, initializer', 1],
      ['ctypes.seh_exception', 'code', 1],
      ['ctypes.string_at', 'address, size', 1],
      ['open', 'file, mode, flags', 3],
    ],
    internalRows: [['_winapi.CreatePipe', '', 0], ['ctypes.PyObj_FromPtr', 'obj', 0]],
  }),
  '/docs/ja/audit_events.html',
);
const newer = sourceFileFromModel(
  handModel({
    locale: 'pt-BR',
    version: '3.12',
    publicRows: [
      ['_thread.start_new_thread', 'function, args, kwargs', 1],
      ['array.__new__', 'typecode, initializer', 1],
      ['ctypes.set_exception', 'code', 1],
      ['ctypes.string_at', 'ptr, size', 1],
      ['open', 'file, mode, flags', 1],
    ],
    internalRows: [['_winapi.CreatePipe', '', 0]],
  }),
  '/docs/pt-BR/audit_events.html',
);

function statuses(row: AlignedRow | undefined): string[] {
  return row?.cells.map((cell) => cell.status) ?? [];
}

describe('alignSources', () => {
  const sources = toCompareSources([older, newer]);

  it('takes the newest source as the default reference', () => {
    expect(newestSource(sources)?.label).toBe('pt-BR 3.12');
  });

  it('aligns events by name and says how each cell stands against the reference', () => {
    const alignment = alignSources(sources, newer.id);
    const byEvent = new Map(alignment.rows.map((row) => [row.event, row]));
    expect(statuses(byEvent.get('array.__new__'))).toEqual(['same', 'reference']);
    expect(statuses(byEvent.get('_thread.start_new_thread'))).toEqual(['missing', 'reference']);
    expect(statuses(byEvent.get('ctypes.seh_exception'))).toEqual(['extra', 'absent']);
    expect(statuses(byEvent.get('ctypes.PyObj_FromPtr'))).toEqual(['extra', 'absent']);
    const stringAt = byEvent.get('ctypes.string_at')!;
    expect(stringAt.cells[0]?.status).toBe('changed');
    expect(stringAt.cells[0]?.argDiff?.renamed).toEqual([{ from: 'ptr', to: 'address' }]);
    expect(byEvent.get('open')?.differs).toBe(false);
  });

  it('keeps every source in document order, public table first', () => {
    const alignment = alignSources(sources, newer.id);
    expect(alignment.rows.map((row) => row.event)).toEqual([
      '_thread.start_new_thread',
      'array.__new__',
      'ctypes.seh_exception',
      'ctypes.set_exception',
      'ctypes.string_at',
      'open',
      '_winapi.CreatePipe',
      'ctypes.PyObj_FromPtr',
    ]);
    expect(alignment.rows.filter((row) => row.kind === 'internal').map((row) => row.event)).toEqual([
      '_winapi.CreatePipe',
      'ctypes.PyObj_FromPtr',
    ]);
  });

  it('turns around when the user picks the other reference', () => {
    const alignment = alignSources(sources, older.id);
    const stringAt = alignment.rows.find((row) => row.event === 'ctypes.string_at')!;
    expect(statuses(stringAt)).toEqual(['reference', 'changed']);
    expect(stringAt.cells[1]?.argDiff?.renamed).toEqual([{ from: 'address', to: 'ptr' }]);
    expect(statuses(alignment.rows.find((row) => row.event === 'ctypes.seh_exception'))).toEqual(['reference', 'missing']);
  });

  it('flags an event that sits in the other table', () => {
    const moved = sourceFileFromModel(
      handModel({ locale: 'en', version: '3.8', publicRows: [['_winapi.CreatePipe', '', 1]] }),
      '/docs/en/audit.html',
    );
    const alignment = alignSources(toCompareSources([moved, newer]), newer.id);
    const cell = alignment.rows.find((row) => row.event === '_winapi.CreatePipe')?.cells[0];
    expect(cell?.status).toBe('changed');
    expect(cell?.kindChanged).toBe(true);
    expect(cell?.argDiff).toBeNull();
  });

  it('does not call a file without a table "missing" its events', () => {
    const internalOnly = sourceFileFromModel(
      {
        ...handModel({ locale: 'fr', version: '3.13', publicRows: [] }),
        format: 'po',
        tables: [{ kind: 'internal', headers: ['Audit event', 'Arguments'], rows: [{ event: '_winapi.CreatePipe', args: [], refs: [], line: 40 }] }],
      },
      '/docs/fr/audit.po',
    );
    const all = toCompareSources([internalOnly, newer]);
    // Newer by version, but without the public table: not the default reference.
    expect(newestSource(all)?.label).toBe('pt-BR 3.12');
    const alignment = alignSources(all, newer.id);
    expect(statuses(alignment.rows.find((row) => row.event === 'array.__new__'))).toEqual(['no-table', 'reference']);
    expect(alignment.rows.find((row) => row.event === 'array.__new__')?.differs).toBe(false);
    expect(statuses(alignment.rows.find((row) => row.event === '_winapi.CreatePipe'))).toEqual(['same', 'reference']);
    const missingInCatalog = filterRows(alignment.rows, { query: '', split: 'all', onlyDifferences: false, missingIn: internalOnly.id });
    expect(missingInCatalog).toEqual([]);
  });

  it('filters by search, split, only-differences and missing-in', () => {
    const alignment = alignSources(sources, newer.id);
    const names = (rows: AlignedRow[]): string[] => rows.map((row) => row.event);
    const none = { query: '', split: 'all', onlyDifferences: false, missingIn: null } as const;
    expect(names(filterRows(alignment.rows, { ...none, query: 'ADDRESS' }))).toEqual(['ctypes.string_at']);
    expect(names(filterRows(alignment.rows, { ...none, split: 'internal' }))).toEqual(['_winapi.CreatePipe', 'ctypes.PyObj_FromPtr']);
    expect(names(filterRows(alignment.rows, { ...none, onlyDifferences: true, split: 'public' }))).toEqual([
      '_thread.start_new_thread',
      'ctypes.seh_exception',
      'ctypes.set_exception',
      'ctypes.string_at',
    ]);
    expect(names(filterRows(alignment.rows, { ...none, missingIn: older.id }))).toEqual([
      '_thread.start_new_thread',
      'ctypes.set_exception',
    ]);
    expect(names(filterRows(alignment.rows, { ...none, missingIn: newer.id }))).toEqual([
      'ctypes.seh_exception',
      'ctypes.PyObj_FromPtr',
    ]);
  });
});

/** "## 3.9.4 (build _sources) -> 3.9.7 (build _sources)" sections of truth/events-by-version.md. */
interface VersionStep {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  argsChanged: Map<string, [string[], string[]]>;
}

function listAfter(section: string, label: string): string[] {
  const line = section.split('\n').find((candidate) => candidate.startsWith(`- ${label} (`)) ?? '';
  const list = line.slice(line.indexOf(':') + 1).trim();
  return list === '-' || list === '' ? [] : list.split(', ').map((item) => item.replace(/ \(internal\)$/, ''));
}

function buildSteps(markdown: string): VersionStep[] {
  const steps: VersionStep[] = [];
  for (const section of markdown.split(/^## /m).slice(1)) {
    const heading = /^(\S+) \(build _sources\) -> (\S+) [^\n]*\(build _sources/.exec(section);
    if (!heading) continue;
    const argsLine = section.split('\n').find((line) => line.startsWith('- args changed (')) ?? '';
    const argsChanged = new Map<string, [string[], string[]]>();
    for (const match of argsLine.matchAll(/([\w./]+): \[([^\]]*)\] -> \[([^\]]*)\]/g)) {
      const list = (text: string): string[] => (text === '' ? [] : text.split(', ').map((arg) => arg.replace(/'/g, '')));
      argsChanged.set(match[1]!, [list(match[2]!), list(match[3]!)]);
    }
    steps.push({ from: heading[1]!, to: heading[2]!, added: listAfter(section, 'added'), removed: listAfter(section, 'removed'), argsChanged });
  }
  return steps;
}

describe('alignSources on the truth builds of consecutive versions', () => {
  const steps = buildSteps(readCorpusText('truth/events-by-version.md'));

  it('finds the version steps the truth lists', () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(steps.some((step) => step.argsChanged.has('ctypes.string_at'))).toBe(true);
  });

  it.each(steps.map((step) => [`${step.from} -> ${step.to}`, step] as const))('%s: missing, extra and argument changes match the truth', (_, step) => {
    const sources = toCompareSources([truthBuildFile(step.from), truthBuildFile(step.to)]);
    const reference = newestSource(sources)!;
    expect(reference.version?.value).toBe(step.to);
    const alignment = alignSources(sources, reference.id);
    const withStatus = (status: string): string[] =>
      alignment.rows.filter((row) => row.cells[0]?.status === status).map((row) => row.event).sort();
    expect(withStatus('missing')).toEqual([...step.added].sort());
    expect(withStatus('extra')).toEqual([...step.removed].sort());
    expect(withStatus('changed')).toEqual([...step.argsChanged.keys()].sort());
    for (const [event, [before, after]] of step.argsChanged) {
      const cell = alignment.rows.find((row) => row.event === event)!.cells[0]!;
      expect(cell.row?.args).toEqual(before);
      expect(alignment.rows.find((row) => row.event === event)!.cells[1]?.row?.args).toEqual(after);
      const diff = cell.argDiff!;
      // Every argument the truth shows changing is accounted for by the diff, and nothing else is.
      // The diff goes from the reference (the newer) to the older source.
      const touchedBefore = [...diff.added, ...diff.renamed.map((r) => r.to), ...diff.moved].sort();
      const touchedAfter = [...diff.removed, ...diff.renamed.map((r) => r.from), ...diff.moved].sort();
      expect(touchedBefore).toEqual(before.filter((arg) => !after.includes(arg) || diff.moved.includes(arg)).sort());
      expect(touchedAfter).toEqual(after.filter((arg) => !before.includes(arg) || diff.moved.includes(arg)).sort());
    }
  });
});

describe('alignSources on the corpus: ja (seed 001) against pt-BR (seed 000)', () => {
  const ja = corpusFile('seeds/001_');
  const ptBR = corpusFile('seeds/000_');
  const byName = (file: typeof ja): Map<string, string[]> =>
    new Map(file.model!.tables.flatMap((table) => table.rows.map((row) => [row.event, row.args] as const)));

  it('lists the events only one has and the argument changes', () => {
    const jaEvents = byName(ja);
    const ptEvents = byName(ptBR);
    const sources = toCompareSources([ja, ptBR]);
    const alignment = alignSources(sources, ptBR.id);
    const jaStatus = (status: string): string[] =>
      alignment.rows.filter((row) => row.cells[0]?.status === status).map((row) => row.event).sort();

    expect(jaStatus('missing')).toEqual([...ptEvents.keys()].filter((event) => !jaEvents.has(event)).sort());
    expect(jaStatus('extra')).toEqual([...jaEvents.keys()].filter((event) => !ptEvents.has(event)).sort());
    const argsDiffer = [...ptEvents.keys()].filter(
      (event) => jaEvents.has(event) && JSON.stringify(jaEvents.get(event)) !== JSON.stringify(ptEvents.get(event)),
    );
    expect(jaStatus('changed')).toEqual(argsDiffer.sort());
    expect(argsDiffer).toContain('ctypes.string_at');
    const stringAt = alignment.rows.find((row) => row.event === 'ctypes.string_at')!.cells[0]!.argDiff!;
    expect(stringAt.renamed).toEqual([{ from: ptEvents.get('ctypes.string_at')![0], to: jaEvents.get('ctypes.string_at')![0] }]);
    expect(alignment.rows).toHaveLength(new Set([...jaEvents.keys(), ...ptEvents.keys()]).size);
  });

  it('agrees with the truth about what changed between the 3.9.7 and 3.12 builds', () => {
    // Seed 001 is a 3.9.7 build and seed 000 a 3.12 one: what the seeds differ in is what the truth builds differ in.
    const truthOld = byName(truthBuildFile('3.9.7'));
    const truthNew = byName(truthBuildFile('3.12.2'));
    const alignment = alignSources(toCompareSources([ja, ptBR]), ptBR.id);
    const missing = alignment.rows.filter((row) => row.cells[0]?.status === 'missing').map((row) => row.event).sort();
    expect(missing).toEqual([...truthNew.keys()].filter((event) => !truthOld.has(event)).sort());
  });
});
