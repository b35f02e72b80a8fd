import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, hasMinor, minorOf, parseVersion } from './version-order.js';

describe('compareVersions', () => {
  it('orders release segments numerically, not as text', () => {
    expect(compareVersions('3.10', '3.9')).toBeGreaterThan(0);
    expect(compareVersions('3.9.10', '3.9.7')).toBeGreaterThan(0);
    expect(compareVersions('3.12', '3.12.0')).toBe(0);
  });

  it('puts pre-releases before the final release and a "+" branch after it: dev < a < b < rc < final < +', () => {
    const shuffled = ['3.13.0', '3.13.0+', '3.13.0rc2', '3.13.0a0', '3.12.4', '3.13.0b1', '3.13.0a8', '3.13.0.dev1'];
    expect([...shuffled].sort(compareVersions)).toEqual([
      '3.12.4',
      '3.13.0.dev1',
      '3.13.0a0',
      '3.13.0a8',
      '3.13.0b1',
      '3.13.0rc2',
      '3.13.0',
      '3.13.0+',
    ]);
  });

  it('sorts unparseable versions oldest and ignores trailing text', () => {
    expect(compareVersions('main', '3.8')).toBeLessThan(0);
    expect(compareVersions('3.8', 'main')).toBeGreaterThan(0);
    expect(parseVersion('3.11.10+')).toEqual({ release: [3, 11, 10], phase: 5, serial: 0 });
    expect(parseVersion('3.13.0rc2–3.14.0a0')?.release).toEqual([3, 13, 0]);
    expect(parseVersion('v3.12.1 (git main)')?.release).toEqual([3, 12, 1]);
    expect(parseVersion('version 3')).toBeNull();
  });

  it('orders series and ranges (what inference reports) with point versions: by oldest end, then newest', () => {
    const shuffled = ['3.10.2', '3.10\u20133.11', '3.8.0\u20133.8.3', '3.10', '3.9', '3.13.0rc2\u20133.14.0a0', '3.8.0'];
    expect([...shuffled].sort(compareVersions)).toEqual([
      '3.8.0',
      '3.8.0\u20133.8.3',
      '3.9',
      '3.10',
      '3.10\u20133.11',
      '3.10.2',
      '3.13.0rc2\u20133.14.0a0',
    ]);
    expect(minorOf('3.10\u20133.11')).toBe('3.10');
  });

  it('is a consistent order (antisymmetric, transitive)', () => {
    const versionText = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', 'a', 'b', 'rc', '.dev'),
        fc.integer({ min: 0, max: 9 }),
        fc.boolean(),
      )
      .map(([release, tag, n, post]) => `${release.join('.')}${tag}${tag ? n : ''}${post ? '+' : ''}`)
      .chain((point) => fc.oneof(fc.constant(point), fc.constantFrom('3.9', '3.12.4', '4').map((end) => `${point}\u2013${end}`)));
    fc.assert(
      fc.property(versionText, versionText, versionText, (a, b, c) => {
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)) || 0);
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('minorOf', () => {
  it('names the release line, or null for a bare major version', () => {
    expect(minorOf('3.12.4')).toBe('3.12');
    expect(minorOf('3.13.0rc2')).toBe('3.13');
    expect(minorOf('3')).toBeNull();
    expect(hasMinor('3.9')).toBe(true);
    expect(hasMinor('x')).toBe(false);
  });
});
