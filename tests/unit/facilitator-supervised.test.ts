/**
 * The facilitator's restart and exit when a supervisor (systemd, Shell Launcher) starts the kiosk: the restart
 * is an exit the supervisor answers, and there is no desktop to leave to.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';
import { hashPin } from '../../main/policy/pin-hash';
import { app, ipcMain, userDataDir, WebContentsMock , kioskPagesBooted } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const PIN = '1357';
const trusted = { senderFrame: { url: 'app://kiosk/index.html' }, sender: new WebContentsMock() };
const invoke = (channel: string, ...args: unknown[]) => Promise.resolve().then(() => ipcMain.invoke(channel, trusted, ...args));

beforeAll(async () => {
  const configPath = path.join(userDataDir, 'venue-config.json');
  await writeFile(configPath, JSON.stringify({ facilitatorPin: await hashPin(PIN) }));
  process.env.KELVOA_CONFIG = configPath;
  process.env.KELVOA_SUPERVISED = '1';
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle');
  kioskPagesBooted();
});

describe('under a supervisor', () => {
  it('offers no exit to the desktop, and refuses one asked all the same', async () => {
    expect(await invoke(IPC_CHANNELS.facilitatorState)).toMatchObject({ canExitToDesktop: false });
    expect(await invoke(IPC_CHANNELS.facilitatorUnlock, PIN)).toEqual({ status: 'open' });
    await expect(invoke(IPC_CHANNELS.exitToDesktop)).rejects.toThrow(/supervisor/);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('restarts by exiting for the supervisor to start it again, never by a relaunch that would race it', async () => {
    await invoke(IPC_CHANNELS.restartKiosk);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(app.relaunch).not.toHaveBeenCalled();
  });
});
