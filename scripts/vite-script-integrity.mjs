/**
 * Vite build plugin: pins the renderer's scripts by hash instead of trusting every script of the page's origin.
 * For file:// (Electron) 'self' would admit any script file beside the app; a hash admits only the bytes we built.
 * Each entry <script> gets an SRI `integrity` attribute, and the CSP meta's script-src becomes
 * `'sha384-…' 'strict-dynamic'`, so the pinned entry may load its own lazy chunks (the compare view) and nothing else.
 */
import { createHash } from 'node:crypto';

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

export function scriptIntegrity() {
  return {
    name: 'doctable:script-integrity',
    apply: 'build',
    enforce: 'post',
    // `order: 'post'` runs after Vite's own generateBundle hooks, which still rewrite chunk code (the
    // `__vite__mapDeps` preload table); hashing earlier would pin bytes that never reach the disk.
    generateBundle: { order: 'post', handler(_options, bundle) {
      const html = Object.values(bundle).find((item) => item.type === 'asset' && item.fileName.endsWith('index.html'));
      if (!html) return;
      let source = String(html.source);
      const hashes = [];
      source = source.replace(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g, (tag, file) => {
        const chunk = bundle[file];
        if (!chunk || chunk.type !== 'chunk') throw new Error(`script-integrity: ${file} is not in the bundle`);
        const hash = sri(chunk.code);
        hashes.push(`'${hash}'`);
        return `<script type="module" crossorigin integrity="${hash}" src="./${file}"></script>`;
      });
      if (hashes.length === 0) throw new Error('script-integrity: no entry script found in index.html');
      const before = source;
      source = source.replace(
        /(http-equiv="Content-Security-Policy"\s+content="[^"]*?)script-src [^;"]*/,
        (_match, head) => `${head}script-src ${hashes.join(' ')} 'strict-dynamic'`,
      );
      if (source === before) throw new Error('script-integrity: no script-src in the CSP meta of index.html');
      html.source = source;
    } },
  };
}
