import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindowMock, electronEvent, userDataDir , kioskPagesBooted } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

// A packaged build started with the development flag, under a supervisor (systemd, Shell Launcher).
const fatalErrors = new EventEmitter();
beforeAll(async () => {
  process.env.KELVOA_CONFIG = path.join(userDataDir, 'none.json');
  process.env.KELVOA_DEV = '1';
  process.env.KELVOA_SUPERVISED = '1';
  app.isPackaged = true;
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/opt/kiosk/resources/app.asar/dist', fatalErrors);
  kioskPagesBooted();
  delete process.env.KELVOA_DEV;
  delete process.env.KELVOA_SUPERVISED;
});

describe('a packaged build', () => {
  it('ignores the development flag: no devtools, full screen, and the log says so', () => {
    const win = BrowserWindowMock.created[0]!;
    expect(win.options).toMatchObject({ kiosk: true, webPreferences: { devTools: false } });
    expect(readFileSync(path.join(userDataDir, 'logs', 'kiosk.log'), 'utf8')).toMatch(/WARN \[main\] development flag ignored: this is a packaged build/);
    const close = electronEvent();
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
  });

  it('exits with an error for its supervisor to start it again, instead of relaunching itself', () => {
    fatalErrors.emit('unhandledRejection', new Error('lost'));
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});
