import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium';
import { testServerPort } from './tests/e2e/freePort';

// The preview server takes a free port (so a server left running on 4173 never breaks `npm test`), or E2E_PORT.
const port = testServerPort();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.ci-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
    // Service workers stay out of ordinary tests (they would serve cached builds); offline.spec.ts allows them.
    serviceWorkers: 'block',
  },
  // Tests run against the built site (vite preview), never the dev server.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
