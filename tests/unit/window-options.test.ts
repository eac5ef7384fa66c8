import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../main/policy/window-options';

describe('kiosk window options', () => {
  it('is a full-screen kiosk without devtools on venue hardware', () => {
    const options = kioskWindowOptions({ dev: false, kiosk: true, preloadPath: '/p.cjs' });
    expect(options).toMatchObject({ show: false, kiosk: true, fullscreen: true, webPreferences: { devTools: false, preload: '/p.cjs' } });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('is windowed with devtools in development, and keeps every security setting', () => {
    for (const input of [{ dev: true, kiosk: true }, { dev: false, kiosk: false }]) {
      const options = kioskWindowOptions({ ...input, preloadPath: '/p.cjs' });
      expect(options.kiosk).toBe(false);
      expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    }
  });
});
