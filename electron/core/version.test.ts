import { describe, expect, it } from 'vitest';
import type { DocRow } from './model.js';
import { truth } from './truth.js';
import { decideVersion, inferVersion, versionFromPath } from './version.js';
import { compareVersions } from './version-order.js';

function rowsOf(version: string, kind: 'public' | 'internal'): DocRow[] {
  const known = truth().versions.find((entry) => entry.version === version)!;
  return [...known[kind]].map(([event, args]) => ({ event, args: [...args], refs: [], line: null }));
}

describe('version inference from the event set', () => {
  it('finds every known build among those matching its own rows exactly', () => {
    for (const known of truth().versions) {
      const inference = inferVersion({ publicRows: rowsOf(known.version, 'public'), internalRows: rowsOf(known.version, 'internal'), truncatedAfter: null })!;
      expect(inference.exact, known.version).toBe(true);
      expect(inference.best.map((entry) => entry.version), known.version).toContain(known.version);
    }
  });

  it('names the build whose set is its own in the evidence, but says only its release line (no point version)', () => {
    // The known builds are samples: the releases between 3.9.4 and the next known build share its event set.
    const inference = inferVersion({ publicRows: rowsOf('3.9.4', 'public'), internalRows: rowsOf('3.9.4', 'internal'), truncatedAfter: null })!;
    expect(inference.value).toBe('3.9');
    expect(inference.exact).toBe(true);
    expect(inference.confidence).toBe(0.5);
    expect(inference.evidence).toContain('event set matches the 3.9.4 build (165/165 public, 8/8 internal, arguments agree)');
  });

  it('gives the release line when builds of one line tie, a range when lines tie', () => {
    const twelve = inferVersion({ publicRows: rowsOf('3.12.4', 'public'), internalRows: rowsOf('3.12.4', 'internal'), truncatedAfter: null })!;
    expect(twelve.value).toBe('3.12');
    const internalOnly = inferVersion({ publicRows: null, internalRows: rowsOf('3.12.4', 'internal'), truncatedAfter: null })!;
    expect(internalOnly.value).toBe('3.8.7+\u20133.14.0a0');
    expect(internalOnly.confidence).toBeLessThan(0.5);
  });

  it('ignores the argument lists known to vary between directives', () => {
    const rows = rowsOf('3.9.7', 'public').map((row) => (row.event === 'open' ? { ...row, args: ['x'] } : row));
    expect(inferVersion({ publicRows: rows, internalRows: rowsOf('3.9.7', 'internal'), truncatedAfter: null })!.exact).toBe(true);
  });

  it('compares a cut-off file only up to where it stops, with half the confidence', () => {
    const all = rowsOf('3.9.7', 'public');
    const prefix = all.slice(0, 100);
    const whole = inferVersion({ publicRows: all, internalRows: rowsOf('3.9.7', 'internal'), truncatedAfter: null })!;
    const cut = inferVersion({ publicRows: prefix, internalRows: null, truncatedAfter: prefix.at(-1)!.event })!;
    expect(cut.best.map((entry) => entry.version)).toContain('3.9.7');
    expect(whole.confidence).toBe(0.5);
    expect(cut.confidence).toBeLessThan(whole.confidence);
    expect(cut.evidence).toContain(`compared up to ${prefix.at(-1)!.event}`);
  });

  it('places a set between two builds as a range', () => {
    const v380 = rowsOf('3.8.0', 'public');
    const extra = rowsOf('3.8.3', 'public').filter((row) => row.event === 'import');
    const inference = inferVersion({ publicRows: [...v380, ...extra], internalRows: [], truncatedAfter: null })!;
    expect(inference.value).toBe('3.8.0\u20133.8.3');
    expect(inference.exact).toBe(false);
  });

  it('has nothing to say without rows', () => {
    expect(inferVersion({ publicRows: [], internalRows: null, truncatedAfter: null })).toBeNull();
  });
});

describe('version decision', () => {
  const inference = inferVersion({ publicRows: rowsOf('3.10.2', 'public'), internalRows: rowsOf('3.10.2', 'internal'), truncatedAfter: null });

  it('takes the page’s metadata first', () => {
    const version = decideVersion({ declared: { value: '3.10.4', evidence: 'HTML <title>' }, inference, path: 'x_3.9_y.html' });
    expect(version).toMatchObject({ value: '3.10.4', source: 'metadata' });
    expect(version!.confidence).toBeGreaterThan(0.9);
    const disagreeing = decideVersion({ declared: { value: '3.13', evidence: 'HTML <title>' }, inference, path: undefined });
    expect(disagreeing!.confidence).toBeLessThan(version!.confidence);
    expect(disagreeing!.evidence).toContain('but inferred');
  });

  it('lets a path refine an inference it agrees with, and not one it contradicts', () => {
    expect(decideVersion({ declared: null, inference, path: '/d/python-3.10.12-docs-text/audit.txt' })).toMatchObject({ value: '3.10.12', source: 'path' });
    const contradicted = decideVersion({ declared: null, inference, path: '/d/en_3.11_text.txt' })!;
    expect(contradicted).toMatchObject({ value: '3.10', source: 'inferred' });
    expect(contradicted.evidence).toContain('path names 3.11, which disagrees');
  });

  it('completes vague metadata from the path, and falls back to the path alone', () => {
    expect(decideVersion({ declared: { value: '3', evidence: 'Project-Id-Version "Python 3"' }, inference: null, path: 'fr_3.13_po.po' })).toMatchObject({ value: '3.13', source: 'path' });
    expect(decideVersion({ declared: null, inference: null, path: 'fr_3.13_po.po' })).toMatchObject({ value: '3.13', source: 'path', confidence: 0.3 });
    expect(decideVersion({ declared: null, inference: null, path: undefined })).toBeNull();
  });

  it('reads versions from paths and orders them the PEP 440 way', () => {
    expect(versionFromPath('/a/en_3.12.1_html_x_library-audit_events.html')).toBe('3.12.1');
    expect(versionFromPath('/docs/3.13.0rc2/library/x.html')).toBe('3.13.0rc2');
    expect(versionFromPath('/seeds/004_0752fbfca283391e.txt')).toBeNull();
    const sorted = ['3.10.0a6', '3.9.7', '3.8.7+', '3.10.0', '3.10.0rc1', '3.8.7'].sort(compareVersions);
    expect(sorted).toEqual(['3.8.7', '3.8.7+', '3.9.7', '3.10.0a6', '3.10.0rc1', '3.10.0']);
  });
});
