import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 3100);
const STATIC_PORT = Number(process.env.STATIC_PORT ?? PORT + 100);
const baseURL = `http://127.0.0.1:${PORT}`;
const staticURL = `http://127.0.0.1:${STATIC_PORT}`;
const chrome = { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } };

// Real Chromium from Debian (never a downloaded browser), against the production build.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The same tests run against `next start` and against the static export served as plain files.
  projects: [
    { name: 'next-start', use: { ...chrome, baseURL } },
    { name: 'static-export', use: { ...chrome, baseURL: staticURL } },
  ],
  webServer: [
    {
      // node, not npx: stopping it must not leave a next-server child behind.
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
      url: `${baseURL}/api/places`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node scripts/serve-static.mjs out ${STATIC_PORT}`,
      url: `${staticURL}/api/places`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
