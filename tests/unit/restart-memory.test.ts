/**
 * What the kiosk remembers across a restart of the app, through the real start-up wiring (main/kiosk-app.ts)
 * with Electron replaced by a fake: the PIN lockout (else each power cycle gives 5 more free tries) and the
 * page's failure history (else a lasting fault restarts the app every 15 s for ever).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';
import { hashPin } from '../../main/policy/pin-hash';
import { app, BrowserWindowMock, electronEvent, ipcMain, userDataDir, WebContentsMock , kioskPagesBooted } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const PIN = '8642';
const trusted = { senderFrame: { url: 'app://kiosk/index.html' }, sender: new WebContentsMock() };
const invoke = (channel: string, ...args: unknown[]) => Promise.resolve().then(() => ipcMain.invoke(channel, trusted, ...args));
const historyFile = path.join(userDataDir, 'page-failures.json');
const started = Date.now();

beforeAll(async () => {
  const configPath = path.join(userDataDir, 'venue-config.json');
  await writeFile(configPath, JSON.stringify({ facilitatorPin: await hashPin(PIN) }));
  // Left by the previous run of the app: 6 wrong PINs, locked for one more minute; 4 page failures in the last minutes.
  await writeFile(path.join(userDataDir, 'facilitator-lockout.json'), JSON.stringify({ failures: 6, lockedUntil: started + 60_000 }));
  await writeFile(historyFile, JSON.stringify([started - 240_000, started - 180_000, started - 120_000, started - 60_000]));
  process.env.KELVOA_CONFIG = configPath;
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle');
  kioskPagesBooted();
});

describe('after a restart of the app', () => {
  it('the PIN pad is still locked, even for the right PIN, and the next wrong PIN doubles the lockout', async () => {
    const state = (await invoke(IPC_CHANNELS.facilitatorState)) as { lockedForSeconds: number };
    expect(state.lockedForSeconds).toBeGreaterThan(50);
    expect(state.lockedForSeconds).toBeLessThanOrEqual(60);
    expect(await invoke(IPC_CHANNELS.facilitatorUnlock, PIN)).toMatchObject({ status: 'locked' });
  });

  it('the failures before it still count: the next one restarts the app, once its history is on disk', async () => {
    let keptAtExit = '';
    app.exit.mockImplementation(() => {
      keptAtExit = readFileSync(historyFile, 'utf8');
    });
    BrowserWindowMock.created[0]!.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    const kept = JSON.parse(keptAtExit) as number[];
    expect(kept).toHaveLength(5);
    expect(kept.at(-1)).toBeGreaterThanOrEqual(started);
    expect(await readFile(path.join(userDataDir, 'logs', 'kiosk.log'), 'utf8')).toMatch(/renderer gone \(crashed\); too many failures: relaunching the app/);
  });
});

describe('when the app quits', () => {
  it('writes the counts still waiting for their write, before the app is gone', async () => {
    const usageFile = path.join(userDataDir, 'usage-counts.json');
    // The store's own delayed write never comes: only the flush on quitting can write the count.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      ipcMain.emit(IPC_CHANNELS.countUsage, trusted, { kind: 'visit' });
      const quitAgain = new Promise((resolve) => app.quit.mockImplementationOnce(resolve));
      const quitting = electronEvent();
      app.emit('before-quit', quitting);
      expect(quitting.preventDefault).toHaveBeenCalled();
      expect(existsSync(usageFile)).toBe(false);
      await quitAgain;
      const written = JSON.parse(readFileSync(usageFile, 'utf8')) as { days: Record<string, { visits: number }> };
      expect(Object.values(written.days).map((day) => day.visits)).toEqual([1]);
      // The second quit, once the counts are written, goes through.
      const finalQuit = electronEvent();
      app.emit('before-quit', finalQuit);
      expect(finalQuit.preventDefault).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
