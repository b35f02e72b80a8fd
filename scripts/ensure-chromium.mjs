/**
 * End-to-end tests drive Debian's Chromium (no browser download can happen here), and the screenshots they take show
 * Chinese, Japanese and Korean text, which needs a CJK font (fonts-noto-cjk) or comes out as boxes. Install what is
 * missing when we may (root with apt-get, as on CI); otherwise report it, so the caller can skip with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/** True when fontconfig knows a font covering Japanese (every CJK font package covers all three languages' Han). */
export function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** The Chromium path when Chromium is there (after installing it and the CJK font if needed and allowed), else null. */
export function ensureChromium() {
  const missing = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!hasCjkFont()) missing.push(CJK_FONT_PACKAGE);
  let why = null;
  if (missing.length > 0) {
    if (canInstall()) {
      console.log(`Installing ${missing.join(' and ')} from Debian packages for the browser tests...`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      const install = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
      if (update.status !== 0 || install.status !== 0) why = `apt-get install ${missing.join(' ')} failed`;
    } else {
      why = `not root with apt-get, so ${missing.join(' and ')} cannot be installed here (sudo apt-get install ${missing.join(' ')})`;
    }
  }
  if (!hasCjkFont()) console.warn(`No CJK font (${CJK_FONT_PACKAGE}): screenshots will show boxes for Chinese, Japanese and Korean text.`);
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  console.warn(`No Chromium at ${CHROMIUM_PATH}: ${why ?? 'not installed'}. The browser tests will skip and say so.`);
  return null;
}
