/**
 * The facilitator mode's IPC channels, through the real start-up wiring (main/kiosk-app.ts) with Electron
 * replaced by a fake: sender check, argument validation, PIN check and lockout in main, the session the
 * privileged channels need, settings written atomically, counts stored, files saved where the facilitator chose.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';
import { hashPin } from '../../main/policy/pin-hash';
import { app, dialog, ipcMain, userDataDir, WebContentsMock , kioskPagesBooted } from '../mocks/electron';
import { tempFolder } from './temp-folder';

vi.mock('electron', () => import('../mocks/electron'));

const PIN = '246813';
const sender = new WebContentsMock();
const trusted = { senderFrame: { url: 'app://kiosk/index.html' }, sender };
const untrusted = { senderFrame: { url: 'https://evil.example/' }, sender };
let configPath = '';
let pinRecord: Awaited<ReturnType<typeof hashPin>>;

const invoke = (channel: string, event: object, ...args: unknown[]) => Promise.resolve().then(() => ipcMain.invoke(channel, event, ...args));
const send = (channel: string, event: object, ...args: unknown[]) => ipcMain.emit(channel, event, ...args);
const logText = () => readFile(path.join(userDataDir, 'logs', 'kiosk.log'), 'utf8');
const unlock = () => invoke(IPC_CHANNELS.facilitatorUnlock, trusted, PIN);

beforeAll(async () => {
    configPath = path.join(userDataDir, 'venue-config.json');
  pinRecord = await hashPin(PIN);
  await writeFile(configPath, JSON.stringify({ kiosk: true, idleTimeoutSeconds: 60, facilitatorPin: pinRecord, venueNote: 'kept as written' }));
  process.env.KELVOA_CONFIG = configPath;
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle');
  kioskPagesBooted();
});

describe('the PIN hash', () => {
  it('is never sent to the page: the venue settings reach it without the hash or its salt', async () => {
    const reply = await invoke(IPC_CHANNELS.getVenueConfig, trusted);
    const text = JSON.stringify(reply);
    expect(text).not.toContain(pinRecord.hash);
    expect(text).not.toContain(pinRecord.salt);
    expect(text).not.toContain('facilitatorPin');
    expect(reply).toMatchObject({ config: { idleTimeoutSeconds: 60 } });
    const state = await invoke(IPC_CHANNELS.facilitatorState, trusted);
    expect(state).toEqual({ available: true, lockedForSeconds: 0, preview: false, canExitToDesktop: true });
  });
});

describe('every facilitator channel', () => {
  const invokeChannels = [
    [IPC_CHANNELS.facilitatorState, []],
    [IPC_CHANNELS.facilitatorUnlock, [PIN]],
    [IPC_CHANNELS.facilitatorLeave, []],
    [IPC_CHANNELS.facilitatorKeepAlive, []],
    [IPC_CHANNELS.updateVenueSettings, [{ idleTimeoutSeconds: 90 }]],
    [IPC_CHANNELS.usageCounts, []],
    [IPC_CHANNELS.exportUsageCsv, []],
    [IPC_CHANNELS.saveWorkshopSheet, []],
    [IPC_CHANNELS.recentProblems, []],
    [IPC_CHANNELS.restartKiosk, []],
    [IPC_CHANNELS.exitToDesktop, []],
    [IPC_CHANNELS.microphone, ['take-start']],
    [IPC_CHANNELS.saveRecordedText, [{}]],
    [IPC_CHANNELS.removeRecordedTexts, ['fr', null]],
    [IPC_CHANNELS.exportVoices, []],
    [IPC_CHANNELS.chooseVoicesFile, []],
    [IPC_CHANNELS.importVoices, [[]]],
    [IPC_CHANNELS.saveVoiceScript, []],
    [IPC_CHANNELS.recordedVoices, ['fr']],
  ] as const;

  it.each(invokeChannels)('%s refuses a sender that is not the kiosk page', async (channel, args) => {
    await expect(invoke(channel, untrusted, ...args)).rejects.toThrow(/refused, the sender is not the kiosk page/);
    await expect(invoke(channel, { senderFrame: null, sender }, ...args)).rejects.toThrow(/refused/);
  });

  it.each(invokeChannels)('%s refuses a wrong number of arguments', async (channel, args) => {
    await expect(invoke(channel, trusted, ...args, 'extra')).rejects.toThrow(/takes/);
  });

  it('a PIN must be 4 to 12 digits, checked before any hashing', async () => {
    for (const pin of ['12', '1234567890123', '12ab', 246813, { pin: PIN }]) {
      await expect(invoke(IPC_CHANNELS.facilitatorUnlock, trusted, pin)).rejects.toThrow(/4 to 12 digits/);
    }
  });

  it('counts only well-formed events from the kiosk page', async () => {
    await unlock();
    const before = (await invoke(IPC_CHANNELS.usageCounts, trusted)) as { days: Record<string, { visits: number }> };
    const visits = () => Object.values(before.days).reduce((sum, day) => sum + day.visits, 0);
    const start = visits();
    send(IPC_CHANNELS.countUsage, untrusted, { kind: 'visit' });
    send(IPC_CHANNELS.countUsage, trusted, { kind: 'visit', who: 'someone' });
    send(IPC_CHANNELS.countUsage, trusted, { kind: 'visit' }, 'extra');
    send(IPC_CHANNELS.countUsage, trusted, { kind: 'visit' });
    const after = (await invoke(IPC_CHANNELS.usageCounts, trusted)) as { days: Record<string, { visits: number }> };
    expect(Object.values(after.days).reduce((sum, day) => sum + day.visits, 0)).toBe(start + 1);
  });
});

describe('usage counts of items', () => {
  it('count an item opened or heard only when it is in the programme (acts and initiatives)', async () => {
    await unlock();
    for (const itemId of ['wetechcare', 'act-2', 'constructor', 'not-an-item']) {
      send(IPC_CHANNELS.countUsage, trusted, { kind: 'itemOpened', itemId });
      send(IPC_CHANNELS.countUsage, trusted, { kind: 'itemHeard', itemId });
    }
    const counts = (await invoke(IPC_CHANNELS.usageCounts, trusted)) as { days: Record<string, { itemsOpened: object; itemsHeard: object }> };
    const ids = new Set(Object.values(counts.days).flatMap((day) => [...Object.keys(day.itemsOpened), ...Object.keys(day.itemsHeard)]));
    expect([...ids].sort()).toEqual(['act-2', 'wetechcare']);
  });
});

describe('the facilitator session', () => {
  const privileged = [
    IPC_CHANNELS.facilitatorKeepAlive,
    IPC_CHANNELS.usageCounts,
    IPC_CHANNELS.recentProblems,
    IPC_CHANNELS.exportUsageCsv,
    IPC_CHANNELS.saveWorkshopSheet,
    IPC_CHANNELS.restartKiosk,
    IPC_CHANNELS.exitToDesktop,
    IPC_CHANNELS.exportVoices,
    IPC_CHANNELS.chooseVoicesFile,
    IPC_CHANNELS.saveVoiceScript,
  ];

  it('privileged channels answer nothing before the right PIN, nor after leaving', async () => {
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
    for (const channel of privileged) await expect(invoke(channel, trusted), channel).rejects.toThrow(/not open/);
    await expect(invoke(IPC_CHANNELS.updateVenueSettings, trusted, { idleTimeoutSeconds: 90 })).rejects.toThrow(/not open/);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(await unlock()).toEqual({ status: 'open' });
    expect(await invoke(IPC_CHANNELS.usageCounts, trusted)).toMatchObject({ version: 1 });
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
    await expect(invoke(IPC_CHANNELS.usageCounts, trusted)).rejects.toThrow(/not open/);
  });

  it('answers only the page that typed the PIN, and ends when that page reloads, navigates or is gone', async () => {
    const otherPage = { senderFrame: { url: 'app://kiosk/index.html' }, sender: new WebContentsMock() };
    const startedWith = async (page: typeof trusted) => {
      expect(await invoke(IPC_CHANNELS.facilitatorUnlock, page, PIN)).toEqual({ status: 'open' });
      expect(await invoke(IPC_CHANNELS.usageCounts, page)).toMatchObject({ version: 1 });
    };
    await startedWith(trusted);
    await expect(invoke(IPC_CHANNELS.usageCounts, otherPage)).rejects.toThrow(/not open/);
    // A link inside the page (same document) keeps it; a reload ends it.
    sender.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    sender.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    expect(await invoke(IPC_CHANNELS.usageCounts, trusted)).toMatchObject({ version: 1 });
    sender.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    await expect(invoke(IPC_CHANNELS.usageCounts, trusted)).rejects.toThrow(/not open/);
    expect(await logText()).toMatch(/facilitator session ended: its page reloaded or navigated/);
    await startedWith(trusted);
    sender.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(invoke(IPC_CHANNELS.usageCounts, trusted)).rejects.toThrow(/not open/);
    await startedWith(otherPage);
    otherPage.sender.emit('destroyed');
    await expect(invoke(IPC_CHANNELS.usageCounts, otherPage)).rejects.toThrow(/not open/);
    // A page's end never ends a session another page opened.
    await startedWith(trusted);
    otherPage.sender.emit('destroyed');
    expect(await invoke(IPC_CHANNELS.usageCounts, trusted)).toMatchObject({ version: 1 });
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
  });
});

describe('venue settings', () => {
  it('a valid change is written atomically, keeps the PIN and every other field, keeps the previous version, is applied and logged', async () => {
    await unlock();
    const before = await readFile(configPath, 'utf8');
    const reply = await invoke(IPC_CHANNELS.updateVenueSettings, trusted, { idleTimeoutSeconds: 90, languages: ['ar', 'fr'], defaultLanguage: 'ar' });
    expect(reply).toMatchObject({ ok: true, reply: { config: { idleTimeoutSeconds: 90, languages: ['ar', 'fr'], defaultLanguage: 'ar' } } });
    expect(JSON.stringify(reply)).not.toContain(pinRecord.hash);
    const written = JSON.parse(await readFile(configPath, 'utf8'));
    expect(written).toMatchObject({ idleTimeoutSeconds: 90, facilitatorPin: pinRecord, venueNote: 'kept as written' });
    expect(await readFile(`${configPath}.previous`, 'utf8')).toBe(before);
    expect(await invoke(IPC_CHANNELS.getVenueConfig, trusted)).toMatchObject({ config: { idleTimeoutSeconds: 90, defaultLanguage: 'ar' } });
    expect(await logText()).toMatch(/INFO \[venue-config\] settings changed: idleTimeoutSeconds: 60 → 90; languages: \["fr","en","es","ar"\] → \["ar","fr"\]; defaultLanguage: "fr" → "ar"/);
  });

  it('an invalid change is refused whole with the reasons, and the file is not touched', async () => {
    await unlock();
    const before = await readFile(configPath, 'utf8');
    for (const change of [{ idleTimeoutSeconds: 2, scanStepSeconds: 3 }, { languages: ['en'] }, { languages: ['fr', 'fr'] }]) {
      const reply = (await invoke(IPC_CHANNELS.updateVenueSettings, trusted, change)) as { ok: boolean; problems: { field: string }[] };
      expect(reply.ok, JSON.stringify(change)).toBe(false);
      expect(reply.problems.length).toBeGreaterThan(0);
    }
    for (const change of [{ kiosk: false }, { facilitatorPin: null }, {}, 'idleTimeoutSeconds=90', null]) {
      expect(await invoke(IPC_CHANNELS.updateVenueSettings, trusted, change), JSON.stringify(change)).toMatchObject({ ok: false });
    }
    expect(await readFile(configPath, 'utf8')).toBe(before);
    expect(await logText()).toMatch(/WARN \[venue-config\] settings change refused: idleTimeoutSeconds: must be a number from 15 to 3600/);
  });
});

describe('files saved where the facilitator chooses', () => {
  it('exports the counts as CSV to the chosen folder, and nothing when the choice is cancelled', async () => {
    await unlock();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke(IPC_CHANNELS.exportUsageCsv, trusted)).toEqual({ status: 'canceled' });
    const usb = tempFolder('kelvoa-usb-');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [usb] });
    const result = (await invoke(IPC_CHANNELS.exportUsageCsv, trusted)) as { status: string; location: string };
    expect(result.status).toBe('saved');
    expect(path.dirname(result.location)).toBe(usb);
    expect(await readFile(result.location, 'utf8')).toMatch(/^day,counter,key,count\r\n\d{4}-\d{2}-\d{2},visits,,\d+\r\n/);
  });

  it('prints the page to an A4 PDF in the chosen folder, named by what it is, never replacing a file already there', async () => {
    await unlock();
    const usb = tempFolder('kelvoa-usb-');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [usb] });
    const first = (await invoke(IPC_CHANNELS.saveWorkshopSheet, trusted)) as { location: string };
    const second = (await invoke(IPC_CHANNELS.saveWorkshopSheet, trusted)) as { location: string };
    const script = (await invoke(IPC_CHANNELS.saveVoiceScript, trusted)) as { location: string };
    dialog.showOpenDialog.mockReset();
    expect(sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    expect(first.location).not.toBe(second.location);
    expect((await readdir(usb)).length).toBe(3);
    expect(await readFile(first.location, 'latin1')).toMatch(/^%PDF/);
    expect(path.basename(first.location)).toMatch(/^kelvoa-workshop-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(path.basename(script.location)).toMatch(/^kelvoa-recording-script-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('reports a folder that cannot be written to, without crashing', async () => {
    await unlock();
    // A "folder" that is a file: nothing can be written inside it.
    const notAFolder = path.join(tempFolder('kelvoa-usb-'), 'file.txt');
    await writeFile(notAFolder, '');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(notAFolder, 'inside')] });
    expect(await invoke(IPC_CHANNELS.exportUsageCsv, trusted)).toMatchObject({ status: 'failed' });
    expect(await logText()).toMatch(/ERROR \[facilitator\] kelvoa-usage-.*\.csv not saved/);
  });
});

describe('wrong PINs', () => {
  it('lock the pad after 5 tries, each logged, and the lockout holds even for the right PIN', async () => {
    await invoke(IPC_CHANNELS.facilitatorLeave, trusted);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await invoke(IPC_CHANNELS.facilitatorUnlock, trusted, '000000'));
    expect(results.map((r) => (r as { status: string }).status)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
    expect(await unlock()).toMatchObject({ status: 'locked' });
    expect(await invoke(IPC_CHANNELS.facilitatorState, trusted)).toMatchObject({ lockedForSeconds: expect.any(Number) });
    await expect(invoke(IPC_CHANNELS.usageCounts, trusted)).rejects.toThrow(/not open/);
    const log = await logText();
    expect(log.match(/WARN \[facilitator\] wrong PIN/g)).toHaveLength(5);
    expect(log).toMatch(/locked for 30 s/);
    // Kept beside the settings, for the next start.
    const keptFile = path.join(path.dirname(configPath), 'facilitator-lockout.json');
    await vi.waitFor(async () => expect(JSON.parse(await readFile(keptFile, 'utf8'))).toMatchObject({ failures: 5 }));
    expect(JSON.parse(await readFile(keptFile, 'utf8')).lockedUntil).toBeGreaterThan(Date.now() + 25_000);
  });
});

describe('leaving the kiosk (last: they end the app)', () => {
  it('restarts the kiosk, and leaves to the desktop, only from an open session', async () => {
    await expect(invoke(IPC_CHANNELS.restartKiosk, trusted)).rejects.toThrow(/not open/);
    await expect(invoke(IPC_CHANNELS.exitToDesktop, trusted)).rejects.toThrow(/not open/);
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    // The lockout of the previous test is over 30 s later.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000);
    try {
      expect(await unlock()).toEqual({ status: 'open' });
      await invoke(IPC_CHANNELS.restartKiosk, trusted);
      // Not supervised here: the kiosk relaunches itself, as after a failure.
      expect(app.relaunch).toHaveBeenCalledTimes(1);
      expect(app.exit).toHaveBeenCalledWith(1);
      await invoke(IPC_CHANNELS.exitToDesktop, trusted);
      expect(app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
