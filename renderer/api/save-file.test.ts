import { describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../electron/shared/api';
import { createHttpApi } from './http-adapter';
import { createPreloadApi } from './preload-adapter';

describe('saveFile', () => {
  it('the browser adapter downloads the text with the extension and type of its kind', async () => {
    const downloads: { name: string; type: string; text: string }[] = [];
    const api = createHttpApi({
      baseUrl: 'http://127.0.0.1:1',
      token: 't',
      download: (name, blob) => void blob.text().then((text) => downloads.push({ name, type: blob.type, text })),
    });
    expect(await api.saveFile('audit-events-3.13', 'EVENTS = {}\n', 'python')).toEqual({ saved: true, path: null });
    expect(await api.saveFile('events.json', '[]', 'json')).toEqual({ saved: true, path: null });
    await expect.poll(() => downloads.length).toBe(2);
    expect(downloads).toEqual([
      { name: 'audit-events-3.13.py', type: 'text/x-python;charset=utf-8', text: 'EVENTS = {}\n' },
      { name: 'events.json', type: 'application/json;charset=utf-8', text: '[]' },
    ]);
  });

  it('the preload adapter passes it to the bridge and cleans up its errors', async () => {
    const bridge = {
      saveFile: async (name: string, _text: string, kind: string) => {
        if (kind === 'json') throw new Error("Error invoking remote method 'export:save-file': InvalidInputError: bad name");
        return { saved: true, path: `/home/u/${name}` };
      },
    } as unknown as DesktopBridge;
    const api = createPreloadApi(bridge);
    expect(await api.saveFile('e.py', 'x', 'python')).toEqual({ saved: true, path: '/home/u/e.py' });
    await expect(api.saveFile('e', 'x', 'json')).rejects.toThrow(/^bad name$/);
  });
});
