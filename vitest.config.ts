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
          // Files share a worker's module graph instead of importing everything again per file (a third of the
          // project's time went to imports). Each test makes its own temp folders, libraries and hosts and closes them.
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
          // One happy-dom and one React per worker instead of per file (80 s → 30 s); the set-up file gives each file
          // a blank page and unmounts after every test.
          isolate: false,
          testTimeout: 30_000,
          // Set-ups that bundle an entry and launch Chromium wait on those states; on a busy machine they outlast 10 s.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
