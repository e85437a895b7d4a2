import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integrated model tests run whole replications; none asserts on time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
