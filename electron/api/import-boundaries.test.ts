/**
 * Who may import whom, read from the source files' import statements:
 * - the hosts' shared API (electron/api/) depends on neither host;
 * - the browser host (electron/serve/) and the command line (electron/cli/) never import the Electron shell
 *   (electron/main/): what both hosts need lives in electron/api/ or electron/shared/;
 * - the renderer's app code imports nothing from electron/ but the shared contracts (electron/shared/); its tests
 *   may also run the real parser (electron/core/) on real files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE.test(file) && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.join(dir, file));
}

/** Every module specifier a file names: static imports and re-exports, side-effect imports, dynamic import(). */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

/** The repository-relative path (forward slashes) a relative specifier of `file` names; null for packages. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)).split(path.sep).join('/');
}

interface Edge {
  from: string;
  to: string;
}

function edges(dir: string): Edge[] {
  return sourceFiles(dir).flatMap((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return importSpecifiers(text)
      .map((specifier) => target(file, specifier))
      .filter((to): to is string => to !== null)
      .map((to) => ({ from: file.split(path.sep).join('/'), to }));
  });
}

const isTestCode = (file: string): boolean => /\.test\.tsx?$/.test(file) || /(^|\/)test-support\//.test(file);
const inside = (file: string, dir: string): boolean => file === dir || file.startsWith(`${dir}/`);
const show = (list: Edge[]): string[] => list.map(({ from, to }) => `${from} → ${to}`);

describe('import boundaries', () => {
  it('reads the import statements it checks', () => {
    expect(importSpecifiers(`import a from './a.js';\nimport type { B } from "../b";\nexport * from './c.js';\nimport './d.css';\nconst e = await import('./e.js');`)).toEqual(
      expect.arrayContaining(['./a.js', '../b', './c.js', './d.css', './e.js']),
    );
    // The HTTP host does reach the shared API: a checker that saw no edges would pass anything.
    expect(show(edges('electron/serve'))).toContain('electron/serve/api-routes.ts → electron/api/schemas.js');
  });

  it('electron/serve and electron/cli never import the Electron shell (electron/main)', () => {
    const wrong = [...edges('electron/serve'), ...edges('electron/cli')].filter(({ to }) => inside(to, 'electron/main'));
    expect(show(wrong)).toEqual([]);
  });

  it('electron/api depends on neither host', () => {
    const wrong = edges('electron/api').filter(({ to }) => ['electron/main', 'electron/serve', 'electron/cli'].some((dir) => inside(to, dir)));
    expect(show(wrong)).toEqual([]);
  });

  it('the renderer imports nothing from electron/ but the shared contracts (its tests may also run the parser)', () => {
    const renderer = edges('renderer').filter(({ to }) => inside(to, 'electron'));
    expect(renderer.length).toBeGreaterThan(0);
    const wrong = renderer.filter(({ from, to }) => !inside(to, 'electron/shared') && !(isTestCode(from) && inside(to, 'electron/core')));
    expect(show(wrong)).toEqual([]);
  });

  it('electron/shared holds contracts: it imports no host, library or API code', () => {
    const wrong = edges('electron/shared').filter(({ to }) =>
      ['electron/main', 'electron/serve', 'electron/cli', 'electron/library', 'electron/api', 'electron/preload'].some((dir) => inside(to, dir)),
    );
    expect(show(wrong)).toEqual([]);
  });
});
