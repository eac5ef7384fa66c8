import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from '../../main/policy/launch-options';

describe('launch options', () => {
  it('runs as a locked kiosk unless the development flag is given', () => {
    expect(parseLaunchOptions(['electron', '.'], {}, '/data')).toEqual({ dev: false, configPath: path.join('/data', 'venue-config.json') });
    expect(parseLaunchOptions(['electron', '.', '--dev'], {}, '/data').dev).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], { KELVOA_DEV: '1' }, '/data').dev).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], { KELVOA_DEV: 'yes' }, '/data').dev).toBe(false);
  });

  it('reads the venue configuration from --config, else KELVOA_CONFIG, else the user-data folder', () => {
    expect(parseLaunchOptions(['electron', '.', '--config=/etc/kiosk.json'], { KELVOA_CONFIG: '/other.json' }, '/data').configPath).toBe('/etc/kiosk.json');
    expect(parseLaunchOptions(['electron', '.'], { KELVOA_CONFIG: '/other.json' }, '/data').configPath).toBe('/other.json');
  });
});
