import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fitToDisplays, loadState, parseState, saveState, type AppState } from './state.js';

let temp: string;
beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-state-'));
});
afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const saved: AppState = {
  window: { width: 1400, height: 900, x: 40, y: 30, maximized: true },
  lastPaths: [path.resolve('/home/me/docs')],
};

describe('remembered state', () => {
  it('round-trips through the file', async () => {
    const file = path.join(temp, 'sub', 'state.json');
    await saveState(file, saved);
    expect(await loadState(file)).toEqual(saved);
    expect((await fs.readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('falls back to defaults for a missing, broken or huge file', async () => {
    expect(await loadState(path.join(temp, 'missing.json'))).toEqual(DEFAULT_STATE);
    expect(parseState('{"window": {"width": 1')).toEqual(DEFAULT_STATE);
    expect(parseState('null')).toEqual(DEFAULT_STATE);
    expect(parseState('[]')).toEqual(DEFAULT_STATE);
    const huge = path.join(temp, 'huge.json');
    await fs.writeFile(huge, JSON.stringify({ ...saved, padding: 'x'.repeat(300 * 1024) }));
    expect(await loadState(huge)).toEqual(DEFAULT_STATE);
  });

  it('keeps the valid part when another part is invalid', () => {
    const badWindow = parseState(JSON.stringify({ window: { width: 'wide', height: 900, maximized: false }, lastPaths: saved.lastPaths }));
    expect(badWindow).toEqual({ window: DEFAULT_STATE.window, lastPaths: saved.lastPaths });
    const badPaths = parseState(JSON.stringify({ window: saved.window, lastPaths: ['relative/path'] }));
    expect(badPaths).toEqual({ window: saved.window, lastPaths: [] });
  });

  it('rejects impossible window sizes and unknown keys', () => {
    for (const window of [
      { width: 10, height: 900, maximized: false },
      { width: 1e9, height: 900, maximized: false },
      { width: 1200.5, height: 900, maximized: false },
      { width: 1200, height: 900, maximized: 'yes' },
      { width: 1200, height: 900, maximized: false, webPreferences: { nodeIntegration: true } },
    ]) {
      expect(parseState(JSON.stringify({ window, lastPaths: [] })).window).toEqual(DEFAULT_STATE.window);
    }
  });

  it('does not hand out the shared default object', () => {
    const state = parseState('');
    state.lastPaths.push('/x');
    expect(DEFAULT_STATE.lastPaths).toEqual([]);
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 860 };

  it('keeps a position that is on a screen', () => {
    const desktop = { x: 0, y: 0, width: 2560, height: 1400 };
    expect(fitToDisplays(saved.window, [desktop])).toEqual(saved.window);
  });

  it('drops a position on a monitor that is gone and caps the size', () => {
    const onGoneMonitor = { width: 2400, height: 1300, x: 2600, y: 100, maximized: false };
    expect(fitToDisplays(onGoneMonitor, [laptop])).toEqual({ width: 1440, height: 860, maximized: false });
  });

  it('keeps a position on a second monitor left of the first', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1040 };
    const window = { width: 1200, height: 800, x: -1800, y: 50, maximized: false };
    expect(fitToDisplays(window, [laptop, left])).toEqual(window);
  });
});
