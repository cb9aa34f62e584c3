// The app's TypeScript modules, for the bench scripts (run with `node --import tsx`). Loaded with
// require, not import: tsx compiles an imported .ts file into a data: URL, from which the store's
// own dynamic import('./sqlite') cannot resolve; required, it resolves from the file as in the app.
import { createRequire } from 'node:module';

export const appModule = createRequire(import.meta.url);
