import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinaryProblem } from '../../scripts/check-electron';
import { tempFolder } from './temp-folder';

describe('npm start without Electron', () => {
  it('says in one line what to do when the binary was never downloaded, or its file is gone', () => {
    const electronDir = tempFolder('kelvoa-electron-');
    expect(electronBinaryProblem(electronDir, {})).toMatch(/^Electron's binary is not installed.*Node ≥ 22\.12.*npm run preview/);
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    expect(electronBinaryProblem(electronDir, {})).not.toBeNull();
    mkdirSync(path.join(electronDir, 'dist'));
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    expect(electronBinaryProblem(electronDir, {})).toBeNull();
  });

  it('stops npm start with that one line and exit code 1 where the binary is missing (as on the CI machine), else lets it go on', () => {
    const missing = electronBinaryProblem(path.join('node_modules', 'electron'), process.env) !== null;
    const run = spawnSync('npx', ['tsx', 'scripts/check-electron.ts'], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    if (!missing) {
      expect(run.status).toBe(0);
      return;
    }
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
