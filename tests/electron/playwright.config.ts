import { defineConfig } from '@playwright/test';

/**
 * The real Electron shell, launched with Playwright's `_electron` (run through `npm run test:electron`,
 * which finds the Electron binary, builds the app and sets ELECTRON_PATH). One app, one worker.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 90_000,
});
