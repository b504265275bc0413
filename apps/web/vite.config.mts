import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Built by `npm run build` into dist/web, which the API serves at / (libs/platform/src/bootstrap/web-app.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    reportCompressedSize: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // React Server Components' "use client" marks mean nothing in a browser-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
