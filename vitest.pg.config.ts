import { defineConfig } from 'vitest/config';

// The repository contract suite against a PostgreSQL server (TEST_DATABASE_URL).
export default defineConfig({
  test: {
    include: ['test/db/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
