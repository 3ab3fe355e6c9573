// The production build and the dev server. Unit tests have their own config (vitest.config.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Installable and offline after one visit (issue 17). Production builds only: the dev server and vitest
    // never register a service worker (main.tsx imports the registration only when import.meta.env.PROD).
    VitePWA({
      // A new version waits for the learner's "reload" (UpdateBanner) instead of switching under them.
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Curriculum Pathway Planner',
        short_name: 'Pathways',
        description:
          'Plan a path through a training curriculum: prerequisites, progress and a learning plan.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#2563eb',
        background_color: '#f7f7f5',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every built asset, the workers and the chunk holding the seed documents included: the app opens offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // No runtime caching: a ?catalog= URL the learner gives is fetched from the network each time.
        runtimeCaching: [],
      },
    }),
  ],
  base: './',
  // The initial JavaScript is budgeted gzipped (180 KB, measured by `npm run bench`); the main chunk is ~500 KB minified.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 640 },
  worker: { format: 'es' },
});
