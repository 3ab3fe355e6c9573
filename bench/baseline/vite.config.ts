// Builds the baseline page on its own (run from bench/run.ts with --outDir outside the repo).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, emptyOutDir: true },
  logLevel: 'warn',
});
