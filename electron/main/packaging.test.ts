/**
 * What `npm run dist` puts in the package, checked on a real electron-builder run: `--linux dir` with a
 * stand-in Electron (electronDist), which works offline and produces the real app.asar and resources/.
 */
import fs from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { listPackage, extractFile } from '@electron/asar';
import { Arch, Platform, build, type Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { buildElectron, buildRendererBundle } from '../../scripts/build.mjs';
import { DEFAULT_ARCHIVE_LIMITS } from '../library/archive/archive-budget.js';
import { archiveFolder } from '../library/archive/archive-test-support.js';
import { ParsePool } from '../library/parse-pool.js';

const ROOT = path.resolve('.');
const require = createRequire(import.meta.url);
const config = require(path.join(ROOT, 'electron-builder.config.cjs')) as Configuration;
const electronVersion = (require('electron/package.json') as { version: string }).version;

let temp: string;
let appDir: string;
let entries: string[];

async function listFiles(dir: string): Promise<string[]> {
  const found = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

beforeAll(async () => {
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-package-')));
  const project = path.join(temp, 'project');
  // The project as electron-builder sees it: the real manifest, lockfile, resources and icons, the real
  // node_modules (so leaving dependencies out is the config's doing), a fresh build, and decoys that must stay out.
  await fs.mkdir(project);
  for (const name of ['package.json', 'package-lock.json']) await fs.copyFile(path.join(ROOT, name), path.join(project, name));
  await fs.cp(path.join(ROOT, 'resources'), path.join(project, 'resources'), { recursive: true });
  await fs.cp(path.join(ROOT, 'build'), path.join(project, 'build'), { recursive: true });
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await buildRendererBundle(ROOT, path.join(project, 'dist', 'renderer'));
  await buildElectron(ROOT, path.join(project, 'dist', 'electron'));
  await fs.mkdir(path.join(project, 'electron', 'main'), { recursive: true });
  await fs.writeFile(path.join(project, 'electron', 'main', 'main.ts'), '// source');
  await fs.writeFile(path.join(project, 'dist', 'electron', 'main.js.map'), '{}');
  await fs.writeFile(path.join(project, 'dist', 'renderer', 'app.test.js'), '// test');

  const electronDist = path.join(temp, 'electron-dist');
  await fs.mkdir(path.join(electronDist, 'resources'), { recursive: true });
  await fs.writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\necho stand-in\n', { mode: 0o755 });
  await fs.writeFile(path.join(electronDist, 'version'), `v${electronVersion}`);

  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: {
      ...config,
      electronDist,
      electronVersion,
      // The fuses are flipped inside the real Electron binary; the stand-in has none to flip.
      electronFuses: null,
      directories: { ...config.directories, output: path.join(temp, 'release') },
    },
  });
  appDir = path.join(temp, 'release', 'linux-unpacked');
  entries = listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
}, 120_000);

afterAll(async () => {
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('holds the built app and its manifest', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['/package.json', '/dist/electron/main.js', '/dist/electron/parse-worker.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']),
    );
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/index-[\w-]+\.js$/.test(entry))).toBe(true);
    const manifest = JSON.parse(extractFile(path.join(appDir, 'resources', 'app.asar'), 'package.json').toString()) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  it('holds no dependencies, source maps, sources or tests', () => {
    const files = entries.filter((entry) => /\.\w+$/.test(entry));
    expect(files.filter((entry) => entry.includes('node_modules'))).toEqual([]);
    expect(files.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(files.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(files.filter((entry) => /\.(test|spec)\./.test(entry))).toEqual([]);
    expect(files.filter((entry) => !entry.startsWith('/dist/') && entry !== '/package.json')).toEqual([]);
  });

  it('ships the samples and truth data as resources, outside the archive', async () => {
    expect((await listFiles(path.join(appDir, 'resources', 'samples'))).sort()).toEqual((await listFiles(path.join(ROOT, 'resources', 'samples'))).sort());
    expect(await listFiles(path.join(appDir, 'resources', 'truth'))).toContain('audit-events-truth.json');
    // The renderer's versions and check views carry the compact truth in a lazy chunk of their own (a bundled
    // module, not the resource file): only that chunk may be named after it.
    const rendererChunk = (entry: string): boolean => /^\/dist\/renderer\/assets\/audit-events-truth-[\w-]+\.js$/.test(entry);
    expect(entries.filter((entry) => (entry.includes('samples') || entry.includes('truth')) && !rendererChunk(entry))).toEqual([]);
  });

  it('names the executable after the app', async () => {
    expect((await fs.stat(path.join(appDir, 'doctable-explorer'))).isFile()).toBe(true);
  });

  it('bundles every dependency: main needs only electron and Node built-ins, the preload only electron', () => {
    const main = extractFile(path.join(appDir, 'resources', 'app.asar'), 'dist/electron/main.js').toString();
    const imported = new Set([...main.matchAll(/(?:^|\n)import\s[^'"]*?from\s*["']([^"']+)["']|require\(["']([^"']+)["']\)/g)].map((match) => match[1] ?? match[2]));
    const nodeBuiltin = (name: string): boolean => name.startsWith('node:') || builtinModules.includes(name);
    expect([...imported].filter((name) => name !== undefined && name !== 'electron' && !nodeBuiltin(name))).toEqual([]);
    // The parser's worker thread runs outside Electron's main module graph: it may need Node built-ins only.
    const worker = extractFile(path.join(appDir, 'resources', 'app.asar'), 'dist/electron/parse-worker.cjs').toString();
    expect([...worker.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]).filter((name) => !nodeBuiltin(name!))).toEqual([]);
    const preload = extractFile(path.join(appDir, 'resources', 'app.asar'), 'dist/electron/preload.cjs').toString();
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])).toEqual(['electron']);
  });

  it('ships a worker that reads archives by itself: taken out of the package, alone in a folder, it lists a .tar.bz2, .tar.xz and .zip', async () => {
    // The workers read files and archives (bzip2 in JavaScript, xz in WebAssembly, zip and gzip through zlib) off the
    // main thread: all of that must be in the bundle, nothing looked up in a node_modules at run time.
    const alone = path.join(temp, 'worker-alone');
    await fs.mkdir(alone);
    const script = path.join(alone, 'parse-worker.cjs');
    await fs.writeFile(script, extractFile(path.join(appDir, 'resources', 'app.asar'), 'dist/electron/parse-worker.cjs'));
    const page = path.join(alone, 'pages');
    await fs.mkdir(path.join(page, 'library'), { recursive: true });
    await fs.copyFile(path.join(ROOT, 'resources', 'samples', 'en_3.12.1_sphinx-html.html'), path.join(page, 'library', 'audit_events.html'));
    await fs.writeFile(path.join(page, 'notes.txt'), 'Shopping list\n');
    const pool = new ParsePool({ size: 1, script: pathToFileURL(script) });
    try {
      for (const kind of ['tar.bz2', 'tar.xz', 'zip'] as const) {
        const archive = archiveFolder(page, path.join(alone, `docs.${kind}`), kind);
        const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxMemberBytes: 20 * 1024 * 1024 };
        const result = await pool.examineArchive(archive, { limits, knownDigests: {} });
        expect('members' in result ? result.read : result, kind).toMatchObject({ kind: 'read', problem: null });
        const verdicts = 'members' in result ? result.members.map((member) => [member.path, member.verdict?.kind]) : [];
        expect(verdicts.sort(), kind).toEqual([['library/audit_events.html', 'parsed'], ['notes.txt', 'not-a-doc-table']]);
      }
    } finally {
      await pool.close();
    }
  });
});

describe('the builder configuration', () => {
  it('targets AppImage and deb, dmg and nsis, with real icons', async () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    const pngSize = async (file: string): Promise<[number, number]> => {
      const header = await fs.readFile(path.join(ROOT, file));
      expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [header.readUInt32BE(16), header.readUInt32BE(20)];
    };
    expect(await pngSize('build/icon.png')).toEqual([512, 512]);
    expect(await pngSize('build/icons/256x256.png')).toEqual([256, 256]);
    expect(await pngSize(config.mac?.icon as string)).toEqual([1024, 1024]);
    expect(await pngSize(config.win?.icon as string)).toEqual([256, 256]);
    await expect(fs.readFile(path.join(ROOT, 'build/icon.svg'), 'utf8')).resolves.toMatch(/^<svg /);
  });

  it('hardens the Electron binary with fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });
});
