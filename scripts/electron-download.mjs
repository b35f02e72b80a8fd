/**
 * Electron's own download of its binary (node_modules/electron/install.js, the `install-electron` bin of Electron
 * 45, which otherwise runs lazily on first use), made visible and bounded for `npm start`: the bytes received so far
 * are shown while it runs (its own progress bar only appears after 30 s), it is stopped after a time limit, and a
 * failure comes back as one line instead of a stack trace.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

function bytesUnder(dir) {
  let total = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    try {
      total += entry.isDirectory() ? bytesUnder(full) : fs.statSync(full).size;
    } catch {
      // renamed into the cache meanwhile
    }
  }
  return total;
}

/** The one line worth showing from install.js's stack trace ("fetch failed", "Response code 404 ..."). */
export function downloadFailureLine(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => /^(\w*Error|HTTPError)\b.*:/.test(line)) ?? lines.find((line) => !line.startsWith('at ')) ?? 'no reason given';
  const cause = lines.find((line) => /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|CERT_|certificate)\b/.test(line));
  const text = error.replace(/^(\w*Error|HTTPError):\s*/, '');
  return cause && !text.includes(cause) ? `${text}: ${cause.replace(/^.*?Error:\s*/, '')}` : text;
}

/** Where @electron/get downloads from (its mirror settings, else GitHub's releases). */
export function downloadBase(env = process.env) {
  return env.ELECTRON_MIRROR || env.npm_config_electron_mirror || env.npm_package_config_electron_mirror || 'https://github.com/electron/electron/releases/';
}

/** Node's fetch says only "fetch failed": ask once more ourselves to learn why (no network, refused, ...). */
async function whyFetchFailed(env) {
  const base = downloadBase(env);
  try {
    await fetch(base, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
    return null;
  } catch (error) {
    const cause = error?.cause;
    const code = cause?.code ?? cause?.message ?? (error?.name === 'TimeoutError' ? 'no answer within 5 s' : null);
    const host = (() => {
      try {
        return new URL(base).host;
      } catch {
        return base;
      }
    })();
    return code ? `cannot reach ${host} (${code}): no network here?` : null;
  }
}

/**
 * Runs `install.js` of the electron package in `electronDir`.
 * @param {{ electronDir: string, version: string, env?: NodeJS.ProcessEnv, timeoutMs?: number,
 *   out?: NodeJS.WriteStream }} options
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export async function downloadElectron({ electronDir, version, env = process.env, timeoutMs = DEFAULT_DOWNLOAD_TIMEOUT_MS, out = process.stdout }) {
  // @electron/get downloads into a folder under the temp directory before caching and unpacking: a private one
  // lets us watch the bytes arrive.
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doctable-electron-download-'));
  const started = Date.now();
  const show = (final) => {
    const mb = (bytesUnder(tempDir) / 1e6).toFixed(1);
    const line = `Downloading Electron ${version}: ${mb} MB received, ${Math.round((Date.now() - started) / 1000)} s`;
    if (out.isTTY) out.write(`\r${line}${final ? '\n' : ''}`);
    else if (final || Math.round((Date.now() - started) / 1000) % 10 === 0) out.write(`${line}\n`);
  };
  out.write(`Electron's binary is not installed: downloading it with Electron's installer (up to ${Math.round(timeoutMs / 1000)} s; Ctrl+C to stop)...\n`);
  const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
    env: { ...env, TMPDIR: tempDir, TMP: tempDir, TEMP: tempDir, ELECTRON_GET_NO_PROGRESS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const ticker = setInterval(() => show(false), 1000);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
  }, timeoutMs);
  const stopOnSignal = () => child.kill('SIGTERM');
  process.once('SIGINT', stopOnSignal);
  try {
    const code = await new Promise((resolve) => {
      child.on('error', (error) => {
        stderr += `Error: ${error.message}\n`;
        resolve(1);
      });
      child.on('close', (status) => resolve(status ?? 1));
    });
    if (Date.now() - started >= 1000) show(true);
    if (timedOut) return { ok: false, reason: `the download did not finish within ${Math.round(timeoutMs / 1000)} s` };
    if (code !== 0) {
      const line = downloadFailureLine(stderr);
      const why = line === 'fetch failed' ? await whyFetchFailed(env) : null;
      return { ok: false, reason: why ?? line };
    }
    return { ok: true };
  } finally {
    clearInterval(ticker);
    clearTimeout(timer);
    process.off('SIGINT', stopOnSignal);
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}
