import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { initialJsBudget } from './build-tools/initial-js-budget.ts';

/** What the first screen may download, gzipped (the dashboard must open fast on clinic laptops). */
const INITIAL_JS_BUDGET_KB = 350;

// The API listens on 3000 unless the developer moved it; dev and preview forward /api there.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;
const proxy = { '/api': { target: apiTarget } };

export default defineConfig({
  plugins: [
    react(),
    initialJsBudget(INITIAL_JS_BUDGET_KB),
    // A .br and a .gz beside each HTML, JS and CSS file, at the highest levels: compressed once here
    // rather than on every request (the API serves them with @fastify/static's preCompressed).
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  resolve: {
    // Read the domain library from source so `vite dev` and `vite build` work without building it first.
    alias: { '@naltrack/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // The domain library is pure functions and constants: a module none of whose exports is used
      // is left out of the bundle (its top-level array spreads would otherwise keep it).
      treeshake: { moduleSideEffects: (id) => !id.includes('/libs/domain/src/') },
    },
  },
});
