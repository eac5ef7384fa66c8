import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Synthesis and ESLint start-up are slow on a loaded 2-core machine; no test measures time.
    testTimeout: 30_000,
  },
});
