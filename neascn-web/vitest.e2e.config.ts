import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium against a running server (NEASCN_BASE_URL), started
// by neascn-tests' BrowserIT. One browser, files one after another: the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['e2e/support/global-setup.ts'],
    reporters: ['default'],
  },
});
