/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  // The initial JavaScript is budgeted gzipped (180 KB, measured by `npm run bench`); the main chunk is ~500 KB minified.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 640 },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
