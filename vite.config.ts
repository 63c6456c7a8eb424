import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the SPA build (root: client/) and for every test project.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  test: {
    reporters: ['default', './scripts/lib/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          environment: 'node',
          include: [
            'shared/src/**/*.test.ts',
            'server/**/*.test.ts',
            'scripts/**/*.test.ts',
            // Pure client logic (no DOM); pages are tested in a browser under client/e2e.
            'client/src/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'browser',
          root: '.',
          environment: 'node',
          include: ['client/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
