/**
 * An installed kiosk gets its facilitator PIN the way deploy/ tells a venue technician: write
 * `"newFacilitatorPin": "<digits>"` into the kiosk account's venue-config.json, then restart the kiosk. Through
 * the real start-up wiring (main/kiosk-app.ts), Electron replaced by a fake, in a temporary user-data folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';
import { ipcMain, kioskPagesBooted, userDataDir, WebContentsMock } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const trusted = { senderFrame: { url: 'app://kiosk/index.html' }, sender: new WebContentsMock() };
const invoke = (channel: string, ...args: unknown[]) => Promise.resolve().then(() => ipcMain.invoke(channel, trusted, ...args));
const configPath = path.join(userDataDir, 'venue-config.json');

beforeAll(async () => {
  // No KELVOA_CONFIG: the file is where the installed kiosk looks for it, in its user-data folder.
  delete process.env.KELVOA_CONFIG;
  await writeFile(configPath, JSON.stringify({ kiosk: true, newFacilitatorPin: '314159' }, null, 2));
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle');
  kioskPagesBooted();
});

describe('the PIN an installer writes into the venue file', () => {
  it('opens the facilitator mode from the first start, and a wrong PIN does not', async () => {
    expect(await invoke(IPC_CHANNELS.facilitatorState)).toMatchObject({ available: true });
    expect(await invoke(IPC_CHANNELS.facilitatorUnlock, '271828')).toMatchObject({ status: 'wrong' });
    expect(await invoke(IPC_CHANNELS.facilitatorUnlock, '314159')).toEqual({ status: 'open' });
  });

  it('is no longer in the file in clear, and the log says the PIN was set', async () => {
    const text = await readFile(configPath, 'utf8');
    expect(text).not.toContain('314159');
    expect(JSON.parse(text)).toMatchObject({ kiosk: true, facilitatorPin: { algorithm: 'scrypt' } });
    expect(await readFile(path.join(userDataDir, 'logs', 'kiosk.log'), 'utf8')).toMatch(/INFO \[venue-config\] facilitator PIN set from newFacilitatorPin/);
  });
});
