import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasSupportedExtension, isSkippedEntryName, looksLikeBinaryText } from './supported.js';
import { corpusBytes } from './test-support.js';

describe('hasSupportedExtension', () => {
  it('takes the doc renditions, in any case, and nothing else', () => {
    for (const name of ['a.html', 'a.HTM', 'audit_events.rst.txt', 'a.md', 'a.markdown', 'a.po', 'a.rst']) {
      expect(hasSupportedExtension(`/d/${name}`), name).toBe(true);
    }
    for (const name of ['a.json', 'a.mo', 'a.png', 'README', 'a.txt~', 'a.html.gz']) {
      expect(hasSupportedExtension(`/d/${name}`), name).toBe(false);
    }
  });
});

describe('isSkippedEntryName', () => {
  it('skips hidden entries and dependency folders', () => {
    expect(['.git', '.venv', '.audit.txt.swp', 'node_modules', '__pycache__'].every(isSkippedEntryName)).toBe(true);
    expect(['docs', 'audit.txt', 'zh-CN'].some(isSkippedEntryName)).toBe(false);
  });
});

describe('looksLikeBinaryText', () => {
  it('is true for random bytes read as UTF-8', () => {
    expect(looksLikeBinaryText(new TextDecoder().decode(randomBytes(8192)))).toBe(true);
  });

  it('is false for real pages in any script, and for a legacy-encoded page with a few bad bytes', async () => {
    for (const [folder, prefix] of [['seeds', '001_'], ['real', 'zh-tw_3.12.4_html'], ['real', 'ko_3.9.4_html']] as const) {
      expect(looksLikeBinaryText((await corpusBytes(folder, prefix)).toString('utf8')), prefix).toBe(false);
    }
    const french = 'Tableau des événements d’audit — évènement, paramètres, références\n'.repeat(50);
    const latin1 = Buffer.from(french, 'latin1');
    expect(looksLikeBinaryText(new TextDecoder().decode(latin1))).toBe(false);
  });
});
