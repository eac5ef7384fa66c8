import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './temp-folder';

// Where Electron's binary is missing (here, an empty dist folder), the real-shell tests say so plainly.
function runWithoutElectron(env: Record<string, string>) {
  const emptyDist = tempFolder('kelvoa-no-electron-');
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/test-electron.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, ...env },
  });
}

// Each case starts tsx in a new process: seconds on a loaded machine.
const PROCESS_TIMEOUT = 60_000;

describe('npm run test:electron without an Electron binary', () => {
  it('says the real-shell tests did not run, and succeeds', () => {
    const result = runWithoutElectron({ REQUIRE_ELECTRON: '' });
    expect(result.stdout).toMatch(/Electron's binary is not installed .*\nthe real-shell tests \(tests\/electron\) were NOT run/);
    expect(result.status).toBe(0);
  }, PROCESS_TIMEOUT);

  it('fails when REQUIRE_ELECTRON=1', () => {
    const result = runWithoutElectron({ REQUIRE_ELECTRON: '1' });
    expect(result.stdout).toMatch(/REQUIRE_ELECTRON=1: failing/);
    expect(result.status).toBe(1);
  }, PROCESS_TIMEOUT);
});
