import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLocations, devServerOriginOf } from './locations.js';
import { pathArgsFromArgv, resolveUserPath, resolveUserPaths } from '../api/user-paths.js';

describe('command-line paths', () => {
  const packaged = { packaged: true };
  const unpackaged = { packaged: false };

  it('skips the executable (packaged) or executable and app (development)', () => {
    expect(pathArgsFromArgv(['/opt/DocTable/doctable', 'docs', '/abs'], packaged)).toEqual(['docs', '/abs']);
    expect(pathArgsFromArgv(['/usr/bin/electron', '.', 'docs'], unpackaged)).toEqual(['docs']);
  });

  it('finds the app path after the switches that precede it', () => {
    // `electron --inspect . docs`, and Playwright's _electron.launch, which puts its own switches first.
    expect(pathArgsFromArgv(['/usr/bin/electron', '--inspect=0', '.', 'docs'], unpackaged)).toEqual(['docs']);
    expect(pathArgsFromArgv(['electron', '--inspect=0', '--remote-debugging-port=0', '/src/doctable'], unpackaged)).toEqual([]);
    expect(pathArgsFromArgv(['electron', '--no-sandbox', '/src/doctable', '--lang=ja', 'docs', '~/more'], unpackaged)).toEqual([
      'docs',
      '~/more',
    ]);
    expect(pathArgsFromArgv(['electron', '--', '/src/doctable', 'docs'], unpackaged)).toEqual(['docs']);
    expect(pathArgsFromArgv(['electron', '--inspect=0'], unpackaged)).toEqual([]);
  });

  it('never takes a packaged app’s first argument for an app path', () => {
    expect(pathArgsFromArgv(['/opt/DocTable/doctable', '--no-sandbox', 'docs'], packaged)).toEqual(['docs']);
    expect(pathArgsFromArgv(['/opt/DocTable/doctable'], packaged)).toEqual([]);
  });

  it('drops switches but keeps anything after --', () => {
    expect(pathArgsFromArgv(['app', '--no-sandbox', 'docs', '-psn_0_123', '--', '-odd-name'], packaged)).toEqual(['docs', '-odd-name']);
  });

  it('makes paths absolute from the giver’s directory and home', () => {
    const context = { cwd: path.resolve('/work'), home: path.resolve('/home/me') };
    expect(resolveUserPath('docs', context)).toBe(path.resolve('/work/docs'));
    expect(resolveUserPath('~/docs', context)).toBe(path.resolve('/home/me/docs'));
    expect(resolveUserPath('~', context)).toBe(path.resolve('/home/me'));
    expect(resolveUserPath('/abs/../abs/x', context)).toBe(path.resolve('/abs/x'));
    expect(resolveUserPaths(['docs', './docs', '/work/docs'], context)).toEqual([path.resolve('/work/docs')]);
  });
});

describe('app locations', () => {
  it('finds preload, page and samples next to the bundle in development', () => {
    const root = path.resolve('/src/doctable');
    const where = appLocations({ isPackaged: false, mainDir: path.join(root, 'dist/electron'), appPath: root, resourcesPath: '/usr/lib/electron/resources' });
    expect(where.preloadPath).toBe(path.join(root, 'dist/electron/preload.cjs'));
    expect(where.pageFile).toBe(path.join(root, 'dist/renderer/index.html'));
    expect(where.pageUrl).toMatch(/^file:\/\/.*\/dist\/renderer\/index\.html$/);
    expect(where.samplesDir).toBe(path.join(root, 'resources/samples'));
  });

  it('takes samples from the package resources and never a dev server when packaged', () => {
    const resources = path.resolve('/opt/DocTable/resources');
    const where = appLocations({
      isPackaged: true,
      mainDir: path.join(resources, 'app.asar/dist/electron'),
      appPath: path.join(resources, 'app.asar'),
      resourcesPath: resources,
      devServerUrl: 'http://localhost:5173',
    });
    expect(where.samplesDir).toBe(path.join(resources, 'samples'));
    expect(where.devServerOrigin).toBeNull();
  });

  it('accepts only a loopback http dev server', () => {
    expect(devServerOriginOf('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(devServerOriginOf('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    for (const url of ['https://evil.example', 'http://192.168.1.2:5173', 'file:///x', 'not a url', '', undefined]) {
      expect(devServerOriginOf(url)).toBeNull();
    }
  });
});
