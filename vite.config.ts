import { defineConfig } from 'vite';

// The SPA lives in web/ and imports only web/ and src/shared/ (ESLint enforces it).
// Built into web/dist, which the Hono server serves on the same port as the API.
export default defineConfig({
  root: 'web',
  base: '/',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      // React Server Components directives in dependencies mean nothing in a client bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
