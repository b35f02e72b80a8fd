import { describe, expect, it } from 'vitest';
import { alignSources } from './align';
import { toCompareSources } from './sources';
import { describeCoverage, describeCoverageShort, describeVersion, summarize } from './summary';
import { handModel, sourceFileFromModel } from './test-support/source-file';
import { corpusFile, truthBuildFile } from './test-support/corpus';

describe('summarize', () => {
  it('counts coverage against the reference from the events themselves', () => {
    const reference = sourceFileFromModel(
      handModel({ locale: 'pt-BR', version: '3.12', publicRows: [['a', 'x', 1], ['b', 'y', 1], ['c', 'z', 2]], internalRows: [['i', '', 0]] }),
      '/pt/audit.html',
    );
    const other = sourceFileFromModel(
      handModel({ locale: 'ja', version: '3.9', publicRows: [['a', 'x', 1], ['c', 'w', 1], ['d', '', 1]] }),
      '/ja/audit.html',
    );
    const catalog = sourceFileFromModel(
      { ...handModel({ locale: 'fr', version: '3.13', publicRows: [] }), format: 'po', tables: [] },
      '/fr/audit.po',
    );
    const sources = toCompareSources([other, reference, catalog]);
    const summaries = summarize(sources, alignSources(sources, reference.id));
    const [ja, pt, fr] = summaries;
    expect(ja?.coverage?.public).toEqual({ kind: 'public', inReference: 3, present: 2, missing: 1, extra: 1, otherArgs: 1, otherTable: 0 });
    // ja's file holds no internal table: its internal events are not "missing", there is nothing to compare.
    expect(ja?.coverage?.internal).toBeNull();
    expect(describeCoverage(ja!, 'internal')).toBe('ja 3.9: no internal table in this file');
    expect(describeCoverage(ja!, 'public')).toBe('ja 3.9: 2 of 3 public events; 1 missing, 1 extra, 1 with other arguments');
    expect(describeCoverage(pt!, 'public')).toBe('pt-BR 3.12 (reference): 3 public events');
    expect(pt?.rows).toEqual({ public: 3, internal: 1 });
    expect(fr?.coverage).toBeNull();
    expect(describeCoverage(fr!, 'public')).toBe('fr 3.13: no event table (page text only)');
    // The one-line form for many sources: zeros left out, the reference and files without the table as before.
    expect(describeCoverageShort(ja!, 'public')).toBe('ja 3.9: 2/3 public · 1 missing · 1 extra · 1 changed');
    expect(describeCoverageShort(pt!, 'public')).toBe('pt-BR 3.12 (reference): 3 public events');
    expect(describeCoverageShort(ja!, 'public', false)).toBe('ja 3.9: 2/3 · 1 missing · 1 extra · 1 changed');
    expect(describeCoverageShort(pt!, 'public', false)).toBe('pt-BR 3.12 (reference): 3 events');
    expect(describeCoverageShort(ja!, 'internal')).toBe('ja 3.9: no internal table in this file');
    expect(describeCoverageShort(fr!, 'public')).toBe('fr 3.13: no event table (page text only)');
  });

  it('matches the truth counts of real builds (3.9.7 against 3.12.2)', () => {
    const sources = toCompareSources([truthBuildFile('3.9.7'), truthBuildFile('3.12.2')]);
    const [old, reference] = sources;
    const [summary] = summarize(sources, alignSources(sources, reference!.id));
    const names = (source: typeof old, internal: boolean): Set<string> =>
      new Set(source!.model.tables.filter((t) => (t.kind === 'internal') === internal).flatMap((t) => t.rows.map((r) => r.event)));
    const oldPublic = names(old, false);
    const newPublic = names(reference, false);
    const expectedMissing = [...newPublic].filter((event) => !oldPublic.has(event)).length;
    const expectedExtra = [...oldPublic].filter((event) => !newPublic.has(event)).length;
    expect(summary?.coverage?.public).toMatchObject({
      inReference: newPublic.size,
      present: newPublic.size - expectedMissing,
      missing: expectedMissing,
      extra: expectedExtra,
    });
    expect(newPublic.size).toBe(181);
    expect(summary?.rows.public).toBe(168);
  });

  it('passes on the parser\'s warnings about a file, such as a cut-off copy (seed 004)', () => {
    const cut = corpusFile('seeds/004_');
    const sources = toCompareSources([cut, corpusFile('seeds/000_')]);
    const [summary] = summarize(sources, alignSources(sources, sources[1]!.id));
    const warnings = cut.model!.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings.length).toBeGreaterThan(0);
    expect(summary?.problems).toEqual(warnings);
    // It holds only part of the public table and no internal table: no internal events count as missing.
    expect(summary?.coverage?.internal).toBeNull();
    expect(summary?.coverage?.public?.present).toBe(cut.model!.tables[0]!.rows.length);
  });

  it('says how the version was known', () => {
    expect(describeVersion({ value: '3.9.7', source: 'inferred', confidence: 0.85, evidence: 'matched the 3.9.7 event set' })).toBe(
      '3.9.7 (inferred, 85%: matched the 3.9.7 event set)',
    );
    expect(describeVersion(null)).toBe('version unknown');
  });
});
