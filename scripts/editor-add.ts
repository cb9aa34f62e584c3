// Makes an editor account, or gives an existing one a new password (which signs out its sessions):
//   npm run editor:add -- <name>
// The password comes from EDITOR_PASSWORD, or is asked for on the terminal (typed twice, not
// echoed), or read as the first line of stdin when stdin is not a terminal. Nothing secret is
// printed. The database is the app's (DATABASE_URL or COLLECTION_DB), migrated first.
import { openDb } from '../lib/store/open';
import { migrate } from '../lib/store/migrations';
import { addEditor, editorNameSchema, MIN_PASSWORD_LENGTH } from '../lib/auth/editors';

/** One line from the terminal with echo off. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let text = '';
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          return resolve(text);
        }
        if (c === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('cancelled'));
        }
        text = c === '\u007f' || c === '\b' ? text.slice(0, -1) : text + c;
      }
    };
    stdin.on('data', onData);
  });
}

async function readStdinLine(): Promise<string> {
  let all = '';
  for await (const chunk of process.stdin) all += chunk;
  return all.split(/\r?\n/)[0];
}

async function password(): Promise<string> {
  if (process.env.EDITOR_PASSWORD) return process.env.EDITOR_PASSWORD;
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await askHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if ((await askHidden('Again: ')) !== first) throw new Error('the two passwords differ');
  return first;
}

async function main() {
  const name = process.argv[2];
  const checked = editorNameSchema.safeParse(name);
  if (!checked.success)
    throw new Error(
      `usage: npm run editor:add -- <name> (the name ${checked.error.issues[0].message})`,
    );
  const pw = await password();
  const db = await openDb();
  try {
    await migrate(db);
    const added = await addEditor(db, checked.data, pw);
    console.log(
      added ? `editor "${name}" added` : `editor "${name}": new password set, sessions ended`,
    );
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
});
