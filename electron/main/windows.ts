/**
 * The one app window: its web preferences spelled out in full at the constructor (where reviewers and
 * electronegativity look), hardened web contents, the remembered size and position. Electron's
 * BrowserWindow and screen are passed in, so tests can check the options without Electron running.
 */
import type { BrowserWindow as ElectronBrowserWindow, Screen } from 'electron';
import { fitToDisplays, type WindowState } from './state.js';
import { hardenWebContents, type TrustedPage } from './security.js';

export interface WindowSystem {
  BrowserWindow: typeof ElectronBrowserWindow;
  screen: Pick<Screen, 'getAllDisplays'>;
}

export interface MainWindowOptions {
  title: string;
  state: WindowState;
  preloadPath: string;
  page: TrustedPage;
  /** Where the built page lives (loaded with loadFile) when no dev server is used. */
  pageFile: string;
  /** Window icon (Linux/Windows in development; packaged apps take it from the executable). */
  iconPath?: string | undefined;
  openWebLink(url: string): void;
}

export function createMainWindow({ BrowserWindow, screen }: WindowSystem, options: MainWindowOptions): ElectronBrowserWindow {
  const fitted = fitToDisplays(
    options.state,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    title: options.title,
    width: fitted.width,
    height: fitted.height,
    ...(fitted.x === undefined || fitted.y === undefined ? { center: true } : { x: fitted.x, y: fitted.y }),
    minWidth: 640,
    minHeight: 420,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: {
      // Sandboxed, CommonJS, `electron` only: it exposes the typed bridge and nothing else (electron/preload).
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would open a link as a new window; the page has no use for it.
      disableBlinkFeatures: 'Auxclick',
      // Dropping a file must reach the page's drop handler, not replace the app with the file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  hardenWebContents(window.webContents, options.page, options.openWebLink);
  window.once('ready-to-show', () => {
    if (fitted.maximized) window.maximize();
    window.show();
  });
  if (options.page.devServerOrigin !== null) void window.loadURL(`${options.page.devServerOrigin}/`);
  else void window.loadFile(options.pageFile);
  return window;
}

/** The size and position to remember: the un-maximised bounds, so restoring a maximised window works. */
export function windowStateOf(window: ElectronBrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    maximized: window.isMaximized(),
  };
}
