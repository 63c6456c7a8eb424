import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Writes a .br and a .gz beside every script, style sheet and SVG of the build, which the server
 * sends to browsers that accept them (@fastify/static preCompressed): a phone on a slow line
 * downloads about a third of the bytes, at no cost per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'malbild-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((f) => /\.(js|css|svg)$/.test(f))) {
        const path = join(outDir, file);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

// One config for the SPA build (root: client/) and for every test project.
export default defineConfig({
  root: 'client',
  plugins: [react(), precompress()],
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
          // A real browser on a loaded 2-core machine can miss a timing once; a real fault fails twice.
          retry: 1,
        },
      },
    ],
  },
});
