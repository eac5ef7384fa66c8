import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../main/policy/window-options';

/** Every security-relevant web preference, with the only value the kiosk may ever use. */
const LOCKED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
};

describe('kiosk window options', () => {
  it('is a full-screen kiosk without devtools on venue hardware', () => {
    const options = kioskWindowOptions({ dev: false, kiosk: true, preloadPath: '/p.cjs' });
    expect(options).toMatchObject({ show: false, kiosk: true, fullscreen: true, webPreferences: { devTools: false, preload: '/p.cjs' } });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each([
    { dev: false, kiosk: true },
    { dev: true, kiosk: true },
    { dev: false, kiosk: false },
  ])('keeps every security setting locked (%j)', (input) => {
    const { webPreferences } = kioskWindowOptions({ ...input, preloadPath: '/p.cjs' });
    for (const [name, value] of Object.entries(LOCKED_PREFERENCES)) {
      expect(webPreferences[name as keyof typeof webPreferences], name).toBe(value);
    }
  });

  it('is windowed with devtools only in development', () => {
    for (const input of [{ dev: true, kiosk: true }, { dev: false, kiosk: false }]) {
      expect(kioskWindowOptions({ ...input, preloadPath: '/p.cjs' }).kiosk).toBe(false);
    }
    expect(kioskWindowOptions({ dev: true, kiosk: true, preloadPath: '/p.cjs' }).webPreferences.devTools).toBe(true);
    expect(kioskWindowOptions({ dev: false, kiosk: false, preloadPath: '/p.cjs' }).webPreferences.devTools).toBe(false);
  });
});
