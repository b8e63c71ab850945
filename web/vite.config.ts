// Vite build of the browser twin (issue "The browser twin"): the same pure core as the CLI,
// bundled as static files into web/dist. Vanilla TypeScript + DOM, no framework.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  preview: { host: '127.0.0.1', port: 5173 },
});
