import { defineConfig } from 'vitest/config';

// Production sign-in in the browser: against a server configured for a real OpenID provider
// (NEASCN_BASE_URL, NEASCN_OIDC_ISSUER), both started by neascn-tests' SignInBrowserIT.
export default defineConfig({
  test: {
    include: ['e2e/**/*.oidc.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['e2e/support/global-setup.ts'],
    reporters: ['default'],
  },
});
