import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from '../../main/policy/launch-options';

describe('launch options', () => {
  it('runs as a locked kiosk unless the development flag is given to an unpackaged build', () => {
    expect(parseLaunchOptions(['electron', '.'], {}, '/data', false)).toEqual({ dev: false, devFlagIgnored: false, supervised: false, configPath: path.join('/data', 'venue-config.json') });
    expect(parseLaunchOptions(['electron', '.', '--dev'], {}, '/data', false).dev).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], { KELVOA_DEV: '1' }, '/data', false).dev).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], { KELVOA_DEV: 'yes' }, '/data', false).dev).toBe(false);
  });

  it('never runs a packaged build in development mode, and says the flag was ignored', () => {
    for (const [argv, env] of [[['kelvoa-kiosk', '--dev'], {}], [['kelvoa-kiosk'], { KELVOA_DEV: '1' }]] as const) {
      expect(parseLaunchOptions(argv, env, '/data', true)).toMatchObject({ dev: false, devFlagIgnored: true });
    }
    expect(parseLaunchOptions(['kelvoa-kiosk'], {}, '/data', true).devFlagIgnored).toBe(false);
  });

  it('knows when a supervisor restarts it', () => {
    expect(parseLaunchOptions(['kelvoa-kiosk', '--supervised'], {}, '/data', true).supervised).toBe(true);
    expect(parseLaunchOptions(['kelvoa-kiosk'], { KELVOA_SUPERVISED: '1' }, '/data', true).supervised).toBe(true);
  });

  it('reads the venue configuration from --config, else KELVOA_CONFIG, else the user-data folder', () => {
    expect(parseLaunchOptions(['electron', '.', '--config=/etc/kiosk.json'], { KELVOA_CONFIG: '/other.json' }, '/data', false).configPath).toBe('/etc/kiosk.json');
    expect(parseLaunchOptions(['electron', '.'], { KELVOA_CONFIG: '/other.json' }, '/data', false).configPath).toBe('/other.json');
  });
});
