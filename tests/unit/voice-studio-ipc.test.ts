/**
 * The voice studio's channels and the microphone, through the real start-up wiring (main/kiosk-app.ts) with
 * Electron replaced by a fake: the microphone is granted only to the session's page, only for audio, only from
 * app://, only between 'take-start' and 'take-end'; recordings are saved in the user-data folder, read by any
 * kiosk page, exported to and imported from a file the facilitator chooses.
 */
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';
import type { RecordedText } from '../../contract/recorded-voices';
import { hashPin } from '../../main/policy/pin-hash';
import { dialog, ipcMain, kioskPagesBooted, session, userDataDir, WebContentsMock } from '../mocks/electron';
import { tempFolder } from './temp-folder';

vi.mock('electron', () => import('../mocks/electron'));

const PIN = '135790';
const page = new WebContentsMock();
const trusted = { senderFrame: { url: 'app://kiosk/index.html' }, sender: page };
const otherPage = { senderFrame: { url: 'app://kiosk/index.html' }, sender: new WebContentsMock() };
const invoke = (channel: string, event: object, ...args: unknown[]) => Promise.resolve().then(() => ipcMain.invoke(channel, event, ...args));
const unlock = () => invoke(IPC_CHANNELS.facilitatorUnlock, trusted, PIN);
const opus = new Uint8Array(readFileSync(path.resolve(__dirname, '../../audio/fr/lexicon.numerique.word.opus')));
const recorded = (key: string): RecordedText => ({
  language: 'fr',
  key,
  lines: [{ text: 'numérique', audio: opus, duration: 0.5, words: [{ start: 0.15, end: 0.45 }] }],
  clip: { audio: opus, words: [{ line: 0, word: 0, start: 0.08, end: 0.5 }], duration: 0.5, shown: 'fedcba9876543210' },
});

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;
function askMicrophone(contents: unknown, mediaTypes: string[] = ['audio'], url = 'app://kiosk/index.html'): boolean {
  let granted: boolean | undefined;
  (session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as RequestHandler)(contents, 'media', (answer) => (granted = answer), { mediaTypes, requestingUrl: url });
  return granted!;
}
const checkMicrophone = (contents: unknown) => (session.defaultSession.setPermissionCheckHandler.mock.calls[0]![0] as CheckHandler)(contents, 'media', 'app://kiosk', { mediaType: 'audio', requestingUrl: 'app://kiosk/index.html' });

beforeAll(async () => {
  const configPath = path.join(userDataDir, 'venue-config.json');
  await writeFile(configPath, JSON.stringify({ kiosk: true, facilitatorPin: await hashPin(PIN) }));
  process.env.KELVOA_CONFIG = configPath;
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle');
  kioskPagesBooted();
});

describe('the microphone', () => {
  it('is refused outside a session, and the take cannot be started without one', async () => {
    expect(askMicrophone(page)).toBe(false);
    expect(checkMicrophone(page)).toBe(false);
    await expect(invoke(IPC_CHANNELS.microphone, trusted, 'take-start')).rejects.toThrow(/not open/);
    expect(askMicrophone(page)).toBe(false);
  });

  it('is granted to the session page during a take only: audio only, app:// only, never to another page', async () => {
    expect(await unlock()).toEqual({ status: 'open' });
    expect(askMicrophone(page)).toBe(false);
    await invoke(IPC_CHANNELS.microphone, trusted, 'take-start');
    expect(askMicrophone(page)).toBe(true);
    expect(checkMicrophone(page)).toBe(true);
    expect(askMicrophone(page, ['audio', 'video'])).toBe(false);
    expect(askMicrophone(page, ['video'])).toBe(false);
    expect(askMicrophone(page, ['audio'], 'https://evil.example/')).toBe(false);
    expect(askMicrophone(otherPage.sender)).toBe(false);
    await invoke(IPC_CHANNELS.microphone, trusted, 'take-end');
    expect(askMicrophone(page)).toBe(false);
  });

  it('closes when the session ends during a take, and refuses requests that are not a take', async () => {
    await unlock();
    await invoke(IPC_CHANNELS.microphone, trusted, 'take-start');
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
    expect(askMicrophone(page)).toBe(false);
    await unlock();
    await expect(invoke(IPC_CHANNELS.microphone, trusted, 'always-on')).rejects.toThrow(/take-start/);
    await invoke(IPC_CHANNELS.microphone, trusted, 'take-start');
    page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    expect(askMicrophone(page)).toBe(false);
  });

  it('grants no other permission, ever', async () => {
    await unlock();
    await invoke(IPC_CHANNELS.microphone, trusted, 'take-start');
    let granted: boolean | undefined;
    for (const permission of ['notifications', 'geolocation', 'display-capture', 'clipboard-read']) {
      (session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as RequestHandler)(page, permission, (answer) => (granted = answer), { requestingUrl: 'app://kiosk/index.html' });
      expect(granted, permission).toBe(false);
    }
    await invoke(IPC_CHANNELS.microphone, trusted, 'take-end');
  });
});

describe('the recordings', () => {
  it('are saved in the session only, into the user-data folder, and read back by any kiosk page', async () => {
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
    await expect(invoke(IPC_CHANNELS.saveRecordedText, trusted, recorded('lexicon.numerique.word'))).rejects.toThrow(/not open/);
    await unlock();
    await expect(invoke(IPC_CHANNELS.saveRecordedText, trusted, { ...recorded('x'), key: '../../outside' })).rejects.toThrow(/not a recorded text/);
    expect(await invoke(IPC_CHANNELS.saveRecordedText, trusted, recorded('lexicon.numerique.word'))).toEqual({ ok: true });
    expect(await readdir(path.join(userDataDir, 'recorded-voices', 'fr'))).toEqual(['lexicon.numerique.word.json']);
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
    expect(await invoke(IPC_CHANNELS.recordedVoices, otherPage, 'fr')).toEqual([recorded('lexicon.numerique.word')]);
    await expect(invoke(IPC_CHANNELS.recordedVoices, otherPage, 'klingon')).rejects.toThrow(/not a language/);
  });

  it('go to a file the facilitator chooses, and come back from it on an import', async () => {
    await unlock();
    const usb = tempFolder('kelvoa-usb-');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [usb] });
    const saved = (await invoke(IPC_CHANNELS.exportVoices, trusted)) as { status: string; location: string };
    expect(saved.status).toBe('saved');
    expect(path.basename(saved.location)).toMatch(/^kelvoa-voices-\d{4}-\d\d-\d\d\.kelvoa-voices\.json$/);

    expect(await invoke(IPC_CHANNELS.removeRecordedTexts, trusted, 'fr', null)).toEqual({ ok: true });
    expect(await invoke(IPC_CHANNELS.recordedVoices, trusted, 'fr')).toEqual([]);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [saved.location] });
    const choice = (await invoke(IPC_CHANNELS.chooseVoicesFile, trusted)) as { status: string; texts: RecordedText[] };
    expect(choice).toMatchObject({ status: 'chosen', texts: [recorded('lexicon.numerique.word')] });
    expect(await invoke(IPC_CHANNELS.importVoices, trusted, choice.texts)).toEqual({ ok: true });
    expect(await invoke(IPC_CHANNELS.recordedVoices, trusted, 'fr')).toEqual([recorded('lexicon.numerique.word')]);
  });

  it('refuses a file that is not a voices file, and an import that is not a list of texts', async () => {
    await unlock();
    const folder = tempFolder('kelvoa-usb-');
    const file = path.join(folder, 'holiday.json');
    await writeFile(file, '{"photos": []}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await invoke(IPC_CHANNELS.chooseVoicesFile, trusted)).toEqual({ status: 'failed', reason: 'not-a-voices-file' });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke(IPC_CHANNELS.chooseVoicesFile, trusted)).toEqual({ status: 'canceled' });
    await expect(invoke(IPC_CHANNELS.importVoices, trusted, [{ language: 'fr' }])).rejects.toThrow(/list of recorded texts/);
    await expect(invoke(IPC_CHANNELS.importVoices, trusted, [])).rejects.toThrow(/list of recorded texts/);
  });
});
