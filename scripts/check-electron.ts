/**
 * Run before `npm start` and `npm run dev`: says in one line what to do when Electron's binary is missing
 * (it is downloaded by Electron's install step, which needs internet and Node ≥ 22.12), instead of a build and
 * then Electron's own attempt to download it. Exits 1 when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from './content-sources';

/** Why Electron cannot start from this checkout, or null when its binary is in place. */
export function electronBinaryProblem(electronDir: string, env: NodeJS.ProcessEnv): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron') : executable && path.join(electronDir, 'dist', executable);
  if (binary && existsSync(binary)) return null;
  return (
    "Electron's binary is not installed here, so the kiosk cannot start: run `npm install` with internet and Node ≥ 22.12 " +
    '(it downloads Electron), or use `npm run preview` to try the kiosk offline in a browser.'
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = electronBinaryProblem(path.join(PROJECT_ROOT, 'node_modules', 'electron'), process.env);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
