// Starts `next start` on loopback in its own process group and stops the whole group
// (a plain kill would leave a next-server child running).
import { spawn } from 'node:child_process';

const running = new Set();
// However the script ends, no server is left behind.
for (const sig of ['exit', 'SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const pid of running) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {}
    }
    if (sig !== 'exit') process.exit(130);
  });
}

/** `dir`: the app to serve (default: this one); `readyPath`: what answers once it is up. */
export async function startServer({
  port,
  distDir,
  env = {},
  dir,
  readyPath = '/api/places',
} = {}) {
  const url = `http://127.0.0.1:${port}`;
  const busy = await fetch(url).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`something already answers on ${url}: stop it first`);
  const child = spawn(
    process.execPath,
    [
      'node_modules/next/dist/bin/next',
      'start',
      ...(dir ? [dir] : []),
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
        ...env,
      },
    },
  );
  running.add(child.pid);
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url + readyPath)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
    if (i === 149) throw new Error(`server on ${url} did not start`);
  }
  return {
    url,
    stop() {
      running.delete(child.pid);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    },
  };
}
