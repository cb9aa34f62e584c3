import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The browser smoke and fault tests on PostgreSQL (`npm run test:postgres` sets all of this up):
// `next start` on a build made with DATABASE_URL set (NEXT_DIST_DIR=.next-pg), so every page comes
// from PostgreSQL. It builds nothing itself. One worker: the fault test stops the database.
const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) throw new Error('DATABASE_URL=postgres://… is required');
const PORT = Number(process.env.PG_APP_PORT ?? Number(process.env.PORT ?? 3100) + 200);
const baseURL = `http://127.0.0.1:${PORT}`;
export const DIST_DIR = '.next-pg';
/** The server's output, which the fault test reads for the logged cause. */
export const SERVER_LOG = `${DIST_DIR}/server.log`;

export default defineConfig({
  ...base,
  testDir: 'tests/postgres',
  fullyParallel: false,
  workers: 1,
  projects: [
    { name: 'pg-smoke', testMatch: 'smoke.spec.ts', use: { ...base.projects![0].use, baseURL } },
    {
      name: 'pg-fault',
      testMatch: 'fault.spec.ts',
      dependencies: ['pg-smoke'],
      use: { ...base.projects![0].use, baseURL },
    },
  ],
  webServer: {
    // exec: stopping the shell stops the server; its output goes to a file the tests can read.
    command: `exec node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT} > ${SERVER_LOG} 2>&1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: url },
  },
});
