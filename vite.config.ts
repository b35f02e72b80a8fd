import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scriptIntegrity } from './scripts/vite-script-integrity.mjs';

// The renderer bundle: loaded from file:// by Electron and over HTTP by `doctable serve`, under a strict CSP
// (renderer/index.html): relative asset URLs, no inline scripts or styles, nothing inlined as data: URLs.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), scriptIntegrity()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // Chromium (Electron 45 and current browsers) has native module preload; the polyfill is not needed.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
