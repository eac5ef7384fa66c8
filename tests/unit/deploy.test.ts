import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './temp-folder';

const units = {
  user: 'deploy/linux/kelvoa-kiosk.service',
  cage: 'deploy/linux/kelvoa-kiosk-cage.service',
  volume: 'deploy/linux/fixed-volume.service',
};
const read = (file: string) => readFileSync(file, 'utf8');
const systemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!systemdAnalyze) console.warn('systemd-analyze not found (apt-get install systemd): the deploy units are not verified here');

describe('systemd units', () => {
  it.each([units.user, units.cage])('%s starts the kiosk again whatever happens, and never gives up', (file) => {
    const unit = read(file);
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^StartLimitIntervalSec=0$/m);
    expect(unit).toMatch(/^Environment=KELVOA_SUPERVISED=1$/m);
    expect(unit).toMatch(/^ExecStart=.*\/usr\/bin\/kelvoa-kiosk$/m);
  });

  it('sets a fixed, unmuted volume', () => {
    expect(read(units.volume)).toMatch(/^ExecStart=\/usr\/bin\/wpctl set-mute @DEFAULT_AUDIO_SINK@ 0$/m);
    expect(read(units.volume)).toMatch(/^ExecStart=\/usr\/bin\/wpctl set-volume @DEFAULT_AUDIO_SINK@ \$\{KIOSK_VOLUME\}%%$/m);
  });

  // systemd-analyze checks that every ExecStart is executable: the commands (installed on a venue machine,
  // not here) are pointed at stand-ins. Unknown keys and bad values are only warnings, so any output fails.
  it.skipIf(!systemdAnalyze)('pass systemd-analyze verify', () => {
    const dir = tempFolder('kelvoa-units-');
    for (const sub of ['bin', 'units', 'run']) mkdirSync(path.join(dir, sub));
    for (const command of ['kelvoa-kiosk', 'cage', 'wpctl']) {
      writeFileSync(path.join(dir, 'bin', command), '#!/bin/sh\n');
      chmodSync(path.join(dir, 'bin', command), 0o755);
    }
    const copy = (file: string) => {
      const target = path.join(dir, 'units', path.basename(file));
      writeFileSync(target, read(file).replaceAll('/usr/bin/', `${path.join(dir, 'bin')}/`));
      return target;
    };
    const verify = (args: string[]) => {
      const result = spawnSync('systemd-analyze', ['verify', '--man=no', ...args], { encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: path.join(dir, 'run') } });
      return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
    };
    expect(verify([copy(units.cage)])).toEqual({ status: 0, output: '' });
    expect(verify(['--user', copy(units.user), copy(units.volume)])).toEqual({ status: 0, output: '' });
    // The check itself catches a broken unit.
    writeFileSync(path.join(dir, 'units', 'broken.service'), '[Service]\nExecStart=/bin/true\nRestart=sometimes\n');
    expect(verify(['--user', path.join(dir, 'units', 'broken.service')]).output).toMatch(/Restart|sometimes/);
  }, 30_000);

});

describe('set-up scripts', () => {
  it('the install script is valid bash and shows its usage', () => {
    expect(spawnSync('bash', ['-n', 'deploy/linux/install.sh']).status).toBe(0);
    const help = spawnSync('bash', ['deploy/linux/install.sh', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/sudo deploy\/linux\/install\.sh \[--desktop\]/);
  });

  it('never turns Chromium’s sandbox off', () => {
    const files = readdirSync('deploy', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(4);
    for (const entry of files) {
      const text = read(path.join(entry.parentPath, entry.name));
      expect(text.replace(/never[^\n]*--no-sandbox/gi, ''), entry.name).not.toContain('--no-sandbox');
    }
  });
});
