import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn } from 'node:child_process';
import { freePort } from './helpers';

async function status(request: APIRequestContext, url: string) {
  try {
    return (await request.get(url, { timeout: 2_000 })).status();
  } catch {
    return 0; // nothing listening (yet)
  }
}

test.describe('serving like a well-behaved site', () => {
  test('the start script listens on the port in PORT', async ({ request }, testInfo) => {
    test.setTimeout(90_000);
    // Each project runs the README's own command for what it serves.
    const script = testInfo.project.name === 'static-export' ? 'serve:export' : 'start';
    const port = await freePort();
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
      detached: true, // its own process group: npm, the shell and the server stop together
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await expect
        .poll(() => status(request, `http://127.0.0.1:${port}/api/places`), { timeout: 60_000 })
        .toBe(200);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
    }
  });

  test('/favicon.ico answers with an icon', async ({ request }) => {
    const res = await request.get('/favicon.ico');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\//);
    // An ICO file starts with reserved 0, type 1 (icon).
    expect([...(await res.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
