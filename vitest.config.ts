import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the Node-side core (parsers, library, hosts) and the React renderer (DOM via happy-dom).
export default defineConfig({
  test: {
    // Builds what tests run as a child process (the `doctable` bundle) once, before any test file starts.
    globalSetup: ['scripts/vitest-global-setup.mjs'],
    // Many tests wait on child processes, Chromium and watchers rather than compute: two files at a time on two
    // cores (vitest's default is cores - 1) nearly halves the run, and the tests wait on states, not on time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          isolate: false,
          testTimeout: 30_000,
          // Set-ups that bundle an entry and launch Chromium wait on those states; on a busy machine they outlast 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/test-support/setup.ts'],
          isolate: false,
          testTimeout: 30_000,
          // Set-ups that bundle an entry and launch Chromium wait on those states; on a busy machine they outlast 10 s.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
