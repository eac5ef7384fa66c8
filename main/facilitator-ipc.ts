/**
 * The facilitator mode's IPC channels. Every handler checks that the sender is the kiosk page and validates its
 * arguments; all but the PIN pad's answer only while a facilitator session is open (a right PIN, then a request
 * at least every 10 minutes), and only to the page that typed the PIN: the session ends when that page reloads,
 * navigates or is gone. The PIN is checked here: the page never receives its hash.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { IPC_CHANNELS, type FacilitatorState, type InvokeMethod, type LogEntry, type SaveResult, type SettingsUpdateReply } from '../contract/kiosk-api';
import { isClipKeyName, isLanguage, MICROPHONE_REQUESTS, parseRecordedText, parseRecordedTexts, readVoicesFile, voicesFile, VOICES_FILE_EXTENSION, type MicrophoneRequest, type VoicesFileChoice } from '../contract/recorded-voices';
import { isPin, type PinGate } from '../domain/facilitator/pin-gate';
import { parseUsageEvent } from '../domain/usage/usage-counts';
import { usageCsv } from '../domain/usage/usage-csv';
import { fromTrustedFrame, handleInvoke, onSend, rejectUntrusted, type InvokeHandler } from './ipc-handlers';
import { writeFileAtomic } from './policy/atomic-write';
import { recentLogProblems } from './policy/log-tail';
import { uniqueFileName } from './policy/save-location';
import type { MicrophoneGate } from './policy/microphone-gate';
import type { RecordedVoiceStore } from './policy/recorded-voice-store';
import type { UsageStore } from './policy/usage-store';
import type { VenueSettingsFile } from './policy/venue-settings-file';

export interface FacilitatorDependencies {
  gate: PinGate;
  settings: VenueSettingsFile;
  usage: UsageStore;
  voices: RecordedVoiceStore;
  microphone: MicrophoneGate;
  /** The programme's item ids: only these are counted as items opened or heard. */
  itemIds: ReadonlySet<string>;
  logPath: string;
  log: (entry: LogEntry) => void;
  /** Restarts the kiosk the way the shell restarts it after a failure (relaunch, or exit under a supervisor). */
  restart: (reason: string) => void;
  /** Started by a supervisor (systemd, Shell Launcher), which would start it again: there is no desktop to leave to. */
  supervised: boolean;
  now?: () => Date;
}

/** Answers requests from the kiosk page with exactly `arity` arguments; anything else is refused before the handler runs. */
function answer<K extends InvokeMethod>(method: K, arity: number, handler: InvokeHandler<K>): void {
  const channel = IPC_CHANNELS[method];
  handleInvoke(method, (event, ...args) => {
    if (!fromTrustedFrame(event)) rejectUntrusted(channel);
    if (args.length !== arity) throw new Error(`${channel}: takes ${arity === 0 ? 'no arguments' : `${arity} argument`}`);
    return handler(event, ...args);
  });
}

async function chooseFolder(sender: WebContents): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(sender);
  const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return choice.canceled || choice.filePaths.length === 0 ? null : choice.filePaths[0]!;
}

/** A voices file bigger than this is not read: four languages at their budget, in base64, fit well under it. */
const MAX_VOICES_FILE_BYTES = 200 * 1024 * 1024;

async function chooseVoicesFile(sender: WebContents): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(sender);
  const options = { properties: ['openFile'] as Array<'openFile'>, filters: [{ name: 'Kelvoa voices', extensions: ['json'] }] };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return choice.canceled || choice.filePaths.length === 0 ? null : choice.filePaths[0]!;
}

const stamp = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function registerFacilitatorIpc(deps: FacilitatorDependencies): void {
  const now = deps.now ?? (() => new Date());
  const log = (level: LogEntry['level'], message: string) => deps.log({ level, scope: 'facilitator', message });

  /** The page that opened the session: the only one it answers. */
  let sessionPage: WebContents | null = null;
  const watchedPages = new WeakSet<WebContents>();
  const endSessionWhenPageGoes = (page: WebContents) => {
    if (watchedPages.has(page)) return;
    watchedPages.add(page);
    const end = (what: string) => {
      if (sessionPage !== page) return;
      sessionPage = null;
      deps.gate.close();
      deps.microphone.close();
      log('info', `facilitator session ended: its page ${what}`);
    };
    page.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) end('reloaded or navigated');
    });
    page.on('render-process-gone', () => end('crashed'));
    page.on('destroyed', () => end('was closed'));
  };

  /** The handler runs only inside an open session, for the page that opened it. */
  const answerInSession = <K extends InvokeMethod>(method: K, arity: number, handler: InvokeHandler<K>) =>
    answer(method, arity, (event, ...args) => {
      const channel = IPC_CHANNELS[method];
      if (event.sender !== sessionPage || !deps.gate.touch()) {
        deps.microphone.close();
        log('warn', `${channel}: refused, the facilitator mode is not open`);
        throw new Error(`${channel}: refused, the facilitator mode is not open`);
      }
      return handler(event, ...args);
    });

  /** Writes a file the facilitator asked for into the folder they choose; failures come back as a reason, never a crash. */
  const saveToChosenFolder = async (sender: WebContents, baseName: string, extension: string, make: () => Promise<string | Uint8Array>): Promise<SaveResult> => {
    try {
      const folder = await chooseFolder(sender);
      if (!folder) return { status: 'canceled' };
      const file = uniqueFileName(folder, baseName, extension);
      await writeFileAtomic(file, await make());
      log('info', `saved ${file}`);
      return { status: 'saved', location: file };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      log('error', `${baseName}${extension} not saved: ${reason}`);
      return { status: 'failed', reason };
    }
  };
  /** The page as shown (a workshop sheet, a recording script, laid out for print), saved as an A4 PDF. */
  const savePageAsPdf = (sender: WebContents, baseName: string) =>
    saveToChosenFolder(sender, `${baseName}-${stamp(now())}`, '.pdf', () => sender.printToPDF({ pageSize: 'A4', printBackground: true }));

  onSend('countUsage', (event, ...args) => {
    if (!fromTrustedFrame(event) || args.length !== 1) return;
    const usageEvent = parseUsageEvent(args[0], deps.itemIds);
    if (usageEvent) deps.usage.count(usageEvent, now());
  });

  answer('facilitatorState', 0, (): FacilitatorState => ({
    available: deps.gate.available,
    lockedForSeconds: deps.gate.lockedForSeconds(),
    preview: false,
    canExitToDesktop: !deps.supervised,
  }));

  answer('facilitatorUnlock', 1, async (event, pin) => {
    if (!isPin(pin)) throw new Error(`${IPC_CHANNELS.facilitatorUnlock}: the PIN must be 4 to 12 digits`);
    const result = await deps.gate.unlock(pin);
    if (result.status === 'open') {
      sessionPage = event.sender;
      endSessionWhenPageGoes(event.sender);
    }
    return result;
  });

  answer('facilitatorLeave', 0, () => {
    sessionPage = null;
    deps.gate.close();
    deps.microphone.close();
  });

  answerInSession('updateVenueSettings', 1, async (_event, change): Promise<SettingsUpdateReply> => {
    try {
      const update = await deps.settings.update(change);
      return update.ok ? { ok: true, reply: update.reply } : update;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      log('error', `settings not saved: ${reason}`);
      return { ok: false, problems: [{ field: '(file)', message: `not saved (${reason}); nothing changed` }] };
    }
  });

  // The session check itself keeps it open.
  answerInSession('facilitatorKeepAlive', 0, () => undefined);

  answerInSession('usageCounts', 0, () => deps.usage.snapshot());

  answerInSession('exportUsageCsv', 0, (event) => saveToChosenFolder(event.sender, `kelvoa-usage-${stamp(now())}`, '.csv', async () => usageCsv(deps.usage.snapshot())));

  answerInSession('saveWorkshopSheet', 0, (event) => savePageAsPdf(event.sender, 'kelvoa-workshop'));

  answerInSession('recentProblems', 0, () => recentLogProblems(deps.logPath));

  answerInSession('restartKiosk', 0, async () => {
    log('info', 'kiosk restarted from the facilitator mode');
    await deps.usage.flush();
    deps.restart('restart asked in the facilitator mode');
  });

  answerInSession('exitToDesktop', 0, async () => {
    if (deps.supervised) {
      log('warn', 'exit to the desktop refused: a supervisor starts this kiosk and would start it again');
      throw new Error('exitToDesktop: refused, a supervisor starts this kiosk again; stop its service instead');
    }
    log('info', 'kiosk closed to the desktop from the facilitator mode');
    await deps.usage.flush();
    app.quit();
  });

  // Visitors hear the recorded voices: any kiosk page may read them.
  answer('recordedVoices', 1, (_event, language) => {
    if (!isLanguage(language)) throw new Error(`${IPC_CHANNELS.recordedVoices}: not a language of the kiosk`);
    return deps.voices.list(language);
  });

  answerInSession('microphone', 1, (event, request) => {
    if (!MICROPHONE_REQUESTS.includes(request as MicrophoneRequest)) throw new Error(`${IPC_CHANNELS.microphone}: 'take-start' or 'take-end'`);
    if (request === 'take-start') deps.microphone.open(event.sender);
    else deps.microphone.close();
  });

  answerInSession('saveRecordedText', 1, (_event, value) => {
    const text = parseRecordedText(value);
    if (!text) throw new Error(`${IPC_CHANNELS.saveRecordedText}: not a recorded text`);
    return deps.voices.save(text);
  });

  answerInSession('removeRecordedTexts', 2, (_event, language, keys) => {
    const keyList = keys === null ? null : Array.isArray(keys) && keys.every(isClipKeyName) ? (keys as string[]) : undefined;
    if (!isLanguage(language) || keyList === undefined) throw new Error(`${IPC_CHANNELS.removeRecordedTexts}: a language, and clip keys or null`);
    return deps.voices.remove(language, keyList);
  });

  answerInSession('exportVoices', 0, (event) =>
    saveToChosenFolder(event.sender, `kelvoa-voices-${stamp(now())}`, VOICES_FILE_EXTENSION, async () => voicesFile(await deps.voices.all(), now())),
  );

  answerInSession('chooseVoicesFile', 0, async (event): Promise<VoicesFileChoice> => {
    try {
      const file = await chooseVoicesFile(event.sender);
      if (!file) return { status: 'canceled' };
      if ((await stat(file)).size > MAX_VOICES_FILE_BYTES) return { status: 'failed', reason: 'too-big' };
      const reading = readVoicesFile(await readFile(file, 'utf8'));
      if (!reading.ok) {
        log('warn', `${file}: not imported (${reading.reason})`);
        return { status: 'failed', reason: reading.reason };
      }
      return { status: 'chosen', name: path.basename(file), texts: reading.texts };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      log('error', `voices file not read: ${reason}`);
      return { status: 'failed', reason };
    }
  });

  answerInSession('importVoices', 1, (_event, value) => {
    const texts = parseRecordedTexts(value);
    if (!texts) throw new Error(`${IPC_CHANNELS.importVoices}: a list of recorded texts`);
    return deps.voices.import(texts);
  });

  answerInSession('saveVoiceScript', 0, (event) => savePageAsPdf(event.sender, 'kelvoa-recording-script'));
}
