// Test configuration: all of tests/, run from the repository root; builds the site first when dist/
// is missing (tests/global-setup.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
  },
});
