import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { patchbayRoutes } from './server/patchbayRoutes.js';

/** The tiny backend: in development the Vite server answers the two /api routes itself. */
function patchbayBackend(): Plugin {
  return {
    name: 'patchbay-backend',
    configureServer(server) {
      const apiKey = process.env.PATCHBAY_API_KEY;
      if (!apiKey) {
        // Not thrown: vitest loads this config too (the workspace's examples/* project), without a key.
        server.config.logger.warn('Set PATCHBAY_API_KEY (your app key, app_…): /api/connect-session cannot work without it.');
        return;
      }
      const routes = patchbayRoutes({ apiKey, baseUrl: process.env.PATCHBAY_BASE_URL ?? 'http://localhost:3000' });
      server.middlewares.use((req, res, next) => void routes(req, res, next));
    },
  };
}

export default defineConfig({
  plugins: [react(), patchbayBackend()],
  // The widget's TypeScript source, as in the rest of the workspace: no build of it needed.
  resolve: { conditions: ['@patchbay/source'], dedupe: ['react', 'react-dom'] },
  server: { port: 5173, strictPort: true },
});
