import { EventEmitter } from 'node:events';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindowMock, electronEvent, userDataDir , kioskPagesBooted } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

// An unpackaged build started with --dev: a developer at the keyboard.
const fatalErrors = new EventEmitter();
beforeAll(async () => {
  process.env.KELVOA_CONFIG = path.join(userDataDir, 'none.json');
  process.env.KELVOA_DEV = '1';
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/checkout/dist', fatalErrors);
  kioskPagesBooted();
  delete process.env.KELVOA_DEV;
});

describe('development mode', () => {
  it('is windowed with devtools, and the window closes', () => {
    const win = BrowserWindowMock.created[0]!;
    expect(win.options).toMatchObject({ kiosk: false, webPreferences: { devTools: true, sandbox: true, contextIsolation: true } });
    const close = electronEvent();
    win.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });

  it('quits when the window is closed, and a main-process error ends it without a relaunch', () => {
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    fatalErrors.emit('uncaughtException', new Error('bug'));
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});
