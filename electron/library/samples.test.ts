import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SAMPLES_DIR, ORIGIN_FILE_NAME, loadSampleOrigins, originManifestSchema } from './samples.js';
import { CORPUS_DIR, makeTempDir, removeTempDir } from './test-support.js';

async function manifest() {
  return originManifestSchema.parse(JSON.parse(await readFile(path.join(BUNDLED_SAMPLES_DIR, ORIGIN_FILE_NAME), 'utf8')));
}

describe('bundled samples', () => {
  it('ORIGIN.json names exactly the files bundled beside it, each under the PSF licence', async () => {
    const entries = await manifest();
    const bundled = (await readdir(BUNDLED_SAMPLES_DIR)).filter((name) => name !== ORIGIN_FILE_NAME).sort();
    expect(Object.keys(entries).sort()).toEqual(bundled);
    expect(bundled).toHaveLength(10);
    for (const entry of Object.values(entries)) expect(entry.licence).toBe('PSF');
  });

  it('each sample is byte for byte the corpus file its ORIGIN.json entry names', async () => {
    for (const [name, entry] of Object.entries(await manifest())) {
      const sample = await readFile(path.join(BUNDLED_SAMPLES_DIR, name));
      const original = await readFile(path.join(CORPUS_DIR, entry.corpusFile));
      expect(sample.equals(original), name).toBe(true);
    }
  });

  it('covers the five seeds and the five real builds the issue asks for', async () => {
    const entries = Object.values(await manifest());
    expect(entries.filter((e) => e.corpusFile.startsWith('seeds/'))).toHaveLength(5);
    expect(entries.map((e) => `${e.locale} ${e.format}`).sort()).toEqual([
      'en html',
      'en sphinx-text-collapsed',
      'ja browser-text',
      'ko html',
      'pt-BR browser-text',
      'pt-BR po',
      'zh-CN markdown',
      'zh-CN sphinx-text',
      'zh-CN sphinx-text',
      'zh-TW html',
    ]);
  });
});

describe('loadSampleOrigins', () => {
  it('maps each file to a readable origin with its licence', async () => {
    const origins = await loadSampleOrigins(BUNDLED_SAMPLES_DIR);
    expect(origins.problem).toBeNull();
    expect(origins.byRelPath.get('ko_3.9.4_sphinx-html.html')).toBe(
      'github.com/flowdas/python@e7ce76e6 library/audit_events.html (licence: PSF)',
    );
  });

  it('reports a missing or malformed ORIGIN.json as a problem instead of failing', async () => {
    const dir = await makeTempDir('origins');
    try {
      expect((await loadSampleOrigins(dir)).problem).toMatch(/^Cannot read .*ORIGIN\.json/);
      await writeFile(path.join(dir, ORIGIN_FILE_NAME), '{"a.txt": {"origin": 3}}');
      const broken = await loadSampleOrigins(dir);
      expect(broken.problem).toMatch(/does not match its schema/);
      expect(broken.byRelPath.size).toBe(0);
    } finally {
      await removeTempDir(dir);
    }
  });
});
