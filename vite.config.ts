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
    // The browser's files of a real build only: the server bundle is read from disk by the
    // server itself, and npm run dev rebuilds too often for brotli's best quality.
    apply: (_config, env) =>
      env.command === 'build' && !env.isSsrBuild && env.mode !== 'development',
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

// One config for the browser build (`vite build`, root: client/), the server's bundle of the same
// app (`vite build --ssr`, into dist/ssr) and every test project.
export default defineConfig(({ isSsrBuild, mode }) => ({
  root: 'client',
  plugins: [react(), precompress()],
  build: isSsrBuild
    ? {
        rolldownOptions: { input: resolve('client/src/entry-server.tsx') },
        // Where server/src/plugins/render.ts looks for it, and never serves it as a file.
        outDir: 'dist/ssr',
        // After the browser build, beside it: emptying would take the browser's files away.
        emptyOutDir: false,
        copyPublicDir: false,
        sourcemap: true,
      }
    : // npm run dev rebuilds both side by side: emptying would take the server bundle away.
      {
        outDir: 'dist',
        emptyOutDir: mode !== 'development',
        sourcemap: true,
        // One style sheet, linked from index.html and preloaded: a page's own styles (the plan's,
        // the activities') must be there for the server's HTML, not arrive with its lazy code.
        cssCodeSplit: false,
      },
  // Self-contained, with React and the rest bundled in, so a copy of dist (the browser tests
  // make one in a temporary directory) runs without node_modules beside it.
  ssr: { noExternal: true },
  // The same React build on the server as in the browser, whatever NODE_ENV the server process
  // has (tests: "test"): production, or development for npm run dev.
  define: isSsrBuild
    ? { 'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? mode : 'production') }
    : {},
  test: {
    reporters: ['default', './scripts/lib/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          environment: 'node',
          // Limits that only catch a hang: with several test files at once on a busy 2-core
          // machine, a test that takes 0.5 s alone can take many seconds (worker threads start).
          testTimeout: 60_000,
          hookTimeout: 60_000,
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
}));
