import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The UI is served by the broker at `/` (index.html for every browser navigation, `/assets/*` cached for a year),
 * so the build uses absolute `/assets/…` URLs. `npm run dev -w @signet/web` proxies `/api` to a broker on :3000.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // elkjs (the graph layout) is one large module by nature.
    chunkSizeWarningLimit: 2500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
