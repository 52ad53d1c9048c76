import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the Patchbay server under /dashboard; `pnpm dev` proxies the API to a running server.
export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: { port: 5174, proxy: { '/api': process.env.PATCHBAY_URL ?? 'http://localhost:3000', '/icons': process.env.PATCHBAY_URL ?? 'http://localhost:3000' } },
});
