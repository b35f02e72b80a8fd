import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRUTH_OUTPUT, buildTruth, serializeTruth } from '../../scripts/build-truth.js';
import { CORPUS, hasCorpus } from './test-support/corpus.js';
import { truth } from './truth.js';

describe('bundled truth data', () => {
  it('decodes into ordered versions with their event sets', () => {
    const data = truth();
    expect(data.versions.map((version) => version.version)).toContain('3.12.4');
    expect(data.versions.find((version) => version.version === '3.9.4')!.public.size).toBe(165);
    expect(data.versions.find((version) => version.version === '3.8.0')!.internal.size).toBe(0);
    expect(data.unstableArgs).toEqual(new Set(['open', 'os.truncate']));
    expect(data.events.has('setopencodehook')).toBe(true);
  });

  it.skipIf(!hasCorpus)('is what scripts/build-truth.ts makes of the corpus today', () => {
    expect(readFileSync(TRUTH_OUTPUT, 'utf8')).toBe(serializeTruth(buildTruth(CORPUS)));
  });
});
