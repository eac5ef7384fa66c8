/**
 * `npm run test:electron`: the kiosk in the real Electron shell (tests/electron, Playwright's `_electron`).
 * Electron's binary is downloaded lazily, on first use, which needs internet and Node ≥ 22.12; where it is
 * not installed this says so and exits 0, or 1 when REQUIRE_ELECTRON=1 (CI). It never downloads it itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repository = path.resolve(import.meta.dirname, '..');
const electronPackage = path.join(repository, 'node_modules', 'electron');

/** The Electron executable, found the way the electron package finds it, without triggering its download. */
function installedElectron(): string | null {
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPackage, 'dist');
  const executable = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: repository, stdio: 'inherit', env, shell: process.platform === 'win32' });
  return result.status ?? 1;
}

const executable = installedElectron();
if (executable === null) {
  const required = process.env.REQUIRE_ELECTRON === '1';
  console.log(
    [
      `Electron's binary is not installed (looked in ${path.relative(repository, process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPackage, 'dist'))}):`,
      'the real-shell tests (tests/electron) were NOT run.',
      'On a machine with internet and Node >= 22.12: npx install-electron, then npm run test:electron.',
      required ? 'REQUIRE_ELECTRON=1: failing.' : 'Set REQUIRE_ELECTRON=1 to make this a failure.',
    ].join('\n'),
  );
  process.exit(required ? 1 : 0);
}

console.log(`Electron: ${executable}`);
const built = run('npm', ['run', 'build']);
if (built !== 0) process.exit(built);
const playwright = path.join(repository, 'node_modules', '@playwright', 'test', 'cli.js');
process.exit(run(process.execPath, [playwright, 'test', '--config', path.join('tests', 'electron', 'playwright.config.ts')], { ...process.env, ELECTRON_PATH: executable }));
