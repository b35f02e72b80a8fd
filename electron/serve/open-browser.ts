/**
 * Opens a URL in the user's default browser with the platform's own opener. The URL is passed as one
 * argument (never through a shell), so nothing in it is interpreted.
 */
import { spawn } from 'node:child_process';

export function browserOpener(platform: NodeJS.Platform): { command: string; args: (url: string) => string[] } {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: (url) => [url] };
    case 'win32':
      // rundll32 takes the URL verbatim; `cmd /c start` would parse "&" and "^".
      return { command: 'rundll32', args: (url) => ['url.dll,FileProtocolHandler', url] };
    default:
      return { command: 'xdg-open', args: (url) => [url] };
  }
}

/** Resolves true when the opener started; false (never throws) when there is none, e.g. on a headless box. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const opener = browserOpener(platform);
  return new Promise((resolve) => {
    try {
      const child = spawn(opener.command, opener.args(url), { stdio: 'ignore', detached: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
