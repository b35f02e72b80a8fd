import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../electron/shared/api';
import { TOKEN_STORAGE_KEY, createApi, ipcErrorMessage, takeToken } from './index';

afterEach(() => {
  sessionStorage.clear();
  delete window.doctable;
  history.replaceState(null, '', '/');
});

describe('takeToken', () => {
  it('takes the token from the address, keeps it for reloads and removes it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc123&view=compare#top');
    expect(takeToken(location, history, sessionStorage)).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(location.search).toBe('?view=compare');
    expect(location.hash).toBe('#top');
    // A reload: the address no longer has it, the session does.
    expect(takeToken(location, history, sessionStorage)).toBe('abc123');
  });

  it('is null when neither the address nor the session has one', () => {
    expect(takeToken(location, history, sessionStorage)).toBeNull();
  });
});

describe('createApi', () => {
  it('uses the preload bridge when Electron provides one', async () => {
    const calls: string[] = [];
    const bridge = {
      hostInfo: async () => {
        calls.push('hostInfo');
        return { kind: 'electron', appVersion: '1.0.0', platform: 'linux', nativeDialogs: true };
      },
      resolveLocalRef: async (fileId: string, target: string) => {
        calls.push(`resolveLocalRef ${fileId} ${target}`);
        return 'file:///docs/os.html#os.system';
      },
      openPaths: async () => {
        throw new Error("Error invoking remote method 'library:open-paths': InvalidInputError: invalid arguments for library:open-paths: paths must be absolute");
      },
    } as unknown as DesktopBridge;
    window.doctable = bridge;
    const api = createApi(window);
    expect((await api.hostInfo()).kind).toBe('electron');
    expect(await api.resolveLocalRef('0:audit_events.html', 'os.html#os.system')).toBe('file:///docs/os.html#os.system');
    expect(calls).toEqual(['hostInfo', 'resolveLocalRef 0:audit_events.html os.html#os.system']);
    await expect(api.openPaths(['docs'])).rejects.toThrow(/^invalid arguments for library:open-paths: paths must be absolute$/);
  });

  it('falls back to the browser host, with no native dialog', async () => {
    history.replaceState(null, '', '/?token=t0k3n');
    const api = createApi(window);
    expect(await api.openDialog('folder')).toBeNull();
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('t0k3n');
    expect(api.pathsForFiles).toBeUndefined();
  });
});

describe('ipcErrorMessage', () => {
  it('keeps only the useful part of an IPC error', () => {
    expect(ipcErrorMessage(new Error("Error invoking remote method 'shell:open-external': Error: boom"))).toBe('boom');
    expect(ipcErrorMessage(new Error('plain'))).toBe('plain');
    expect(ipcErrorMessage('text')).toBe('text');
  });
});
