import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle loaded from the app:// protocol (Electron) or a loopback server
// (end-to-end tests); relative asset paths keep it independent of where it is served from.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Engine workers (renderer/worker/) are module scripts, as `new Worker(url, { type: 'module' })` asks.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
