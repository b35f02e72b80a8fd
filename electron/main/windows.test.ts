/**
 * The app window's options and the hooks it installs. Electron cannot run here, so the window system is a
 * recording stand-in: it keeps the constructor options and the handlers, which the test then drives.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, type MainWindowOptions, type WindowSystem } from './windows.js';

class RecordingContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

class RecordingWindow extends EventEmitter {
  static created: RecordingWindow[] = [];
  readonly webContents = new RecordingContents();
  loaded: string[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    RecordingWindow.created.push(this);
  }
  async loadFile(file: string): Promise<void> {
    this.loaded.push(`file:${file}`);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(`url:${url}`);
  }
  show(): void {}
  maximize(): void {}
}

const pageFile = path.resolve('/opt/doctable/dist/renderer/index.html');

function openWindow(overrides: Partial<MainWindowOptions> = {}) {
  const opened: string[] = [];
  const system: WindowSystem = {
    BrowserWindow: RecordingWindow as unknown as typeof BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as ReturnType<WindowSystem['screen']['getAllDisplays']> },
  };
  createMainWindow(system, {
    title: 'DocTable Explorer',
    state: { width: 1280, height: 820, x: 10, y: 20, maximized: false },
    preloadPath: '/opt/doctable/dist/electron/preload.cjs',
    page: { pageUrl: pathToFileURL(pageFile).href, devServerOrigin: null },
    pageFile,
    openWebLink: (url) => opened.push(url),
    ...overrides,
  });
  const window = RecordingWindow.created.at(-1);
  if (window === undefined) throw new Error('no window was created');
  return { window, opened };
}

function navigationEvent(url: string) {
  const event = { url, prevented: false, preventDefault() {
    event.prevented = true;
  } };
  return event;
}

describe('the app window', () => {
  it('isolates and sandboxes the page, gives it no Node and keeps web security on', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/doctable/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('opens at the remembered place, hidden until ready, and loads the built page', () => {
    const { window } = openWindow();
    expect(window.options).toMatchObject({ width: 1280, height: 820, x: 10, y: 20, show: false });
    expect(window.loaded).toEqual([`file:${pageFile}`]);
  });

  it('loads a dev server only when one is configured', () => {
    const { window } = openWindow({ page: { pageUrl: pathToFileURL(pageFile).href, devServerOrigin: 'http://localhost:5173' } });
    expect(window.loaded).toEqual(['url:http://localhost:5173/']);
  });

  it('blocks navigation and redirects away from the app page', () => {
    const { window } = openWindow();
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigationEvent('https://evil.example/');
      window.webContents.emit(eventName, away);
      expect(away.prevented, eventName).toBe(true);
      const reload = navigationEvent(pathToFileURL(pageFile).href);
      window.webContents.emit(eventName, reload);
      expect(reload.prevented, eventName).toBe(false);
    }
  });

  it('refuses webviews', () => {
    const { window } = openWindow();
    const attach = navigationEvent('');
    window.webContents.emit('will-attach-webview', attach);
    expect(attach.prevented).toBe(true);
  });

  it('denies every new window, handing docs links to the system browser', () => {
    const { window, opened } = openWindow();
    const handler = window.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    const details = (url: string) => ({ url }) as HandlerDetails;
    expect(handler?.(details('https://docs.python.org/3/library/sys.html'))).toEqual({ action: 'deny' });
    expect(handler?.(details('https://evil.example/'))).toEqual({ action: 'deny' });
    expect(handler?.(details('file:///etc/passwd'))).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://docs.python.org/3/library/sys.html']);
  });
});
