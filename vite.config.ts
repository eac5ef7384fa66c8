import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { audioFilesPlugin } from './scripts/audio-files-plugin';
import { bootWatchdogPlugin } from './scripts/boot-watchdog-plugin';
import { buildSummaryPlugin } from './scripts/build-summary-plugin';
import { contentFilesPlugin } from './scripts/content-files-plugin';
import { firstScreenShellPlugin } from './scripts/first-screen-shell-plugin';
import { inlineCodePolicyPlugin } from './scripts/inline-code-policy-plugin';
import { qrCodesPlugin } from './scripts/qr-codes-plugin';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), qrCodesPlugin(), bootWatchdogPlugin(), firstScreenShellPlugin(), audioFilesPlugin(), contentFilesPlugin(), buildSummaryPlugin(), inlineCodePolicyPlugin()],
  // The build's own summary (build-summary-plugin.ts) replaces Vite's line per file.
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Every asset is a real file: audio must be served with byte ranges, and the CSP forbids inline data for scripts.
    assetsInlineLimit: 0,
    target: 'chrome120',
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
