/**
 * The voice studio's storage in a plain browser (preview, end-to-end tests): this browser's IndexedDB in place
 * of the user-data folder, with the same rules as main's RecordedVoiceStore: a text per record, the budget per
 * language, an import applied in one transaction (all or none), a damaged record left out and logged. The
 * microphone is the browser's own; nothing arms it but the browser's permission prompt.
 */
import type { KioskApi, SaveResult } from '../../../contract/kiosk-api';
import { languageOverBudget, parseRecordedText, parseRecordedTexts, readVoicesFile, voicesFile, VOICES_FILE_EXTENSION, type RecordedText, type VoiceChangeReply } from '../../../contract/recorded-voices';
import type { Language } from '../../../contract/venue-config';

const DATABASE = 'kelvoa-preview-voices';
const STORE = 'texts';

export type PreviewVoicesApi = Pick<KioskApi, 'microphone' | 'saveRecordedText' | 'removeRecordedTexts' | 'exportVoices' | 'chooseVoicesFile' | 'importVoices' | 'saveVoiceScript' | 'recordedVoices'>;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });

let database: Promise<IDBDatabase> | null = null;
function open(): Promise<IDBDatabase> {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      database = null;
      reject(request.error ?? new Error('IndexedDB unavailable'));
    };
  });
  return database;
}

const recordKey = (language: Language, key: string) => `${language}/${key}`;

/** Asks for a file with the browser's file picker; resolves null when the picker is closed without one. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: `.json,${VOICES_FILE_EXTENSION}` });
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(name: string, text: string): SaveResult {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', location: name };
}

export function createPreviewVoices(requireSession: (what: string) => void, log: (level: 'info' | 'warn' | 'error', message: string) => void): PreviewVoicesApi {
  async function list(language: Language): Promise<RecordedText[]> {
    const db = await open();
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    const range = IDBKeyRange.bound(`${language}/`, `${language}/\uffff`);
    const [keys, values] = await Promise.all([done(store.getAllKeys(range)), done(store.getAll(range))]);
    return values.flatMap((value, index) => {
      const text = parseRecordedText(value);
      if (text && recordKey(text.language, text.key) === keys[index]) return [text];
      log('warn', `recorded voice ${String(keys[index])}: damaged, the synthetic voice is used`);
      return [];
    });
  }

  async function put(texts: readonly RecordedText[]): Promise<VoiceChangeReply> {
    if (await languageOverBudget(texts, list)) return { ok: false, reason: 'over-budget' };
    try {
      const transaction = (await open()).transaction(STORE, 'readwrite');
      for (const text of texts) transaction.objectStore(STORE).put(text, recordKey(text.language, text.key));
      await committed(transaction);
      return { ok: true };
    } catch (error) {
      log('error', `recorded voices not saved (preview): ${(error as Error).message}; nothing changed`);
      return { ok: false, reason: 'not-saved' };
    }
  }

  const all = async () => (await Promise.all((['fr', 'en', 'es', 'ar'] as const).map(list))).flat();

  return {
    async microphone() {
      requireSession('microphone');
    },
    async saveRecordedText(value) {
      requireSession('saveRecordedText');
      const text = parseRecordedText(value);
      if (!text) throw new Error('saveRecordedText: not a recorded text');
      return put([text]);
    },
    async removeRecordedTexts(language, keys) {
      requireSession('removeRecordedTexts');
      const transaction = (await open()).transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      if (keys === null) store.delete(IDBKeyRange.bound(`${language}/`, `${language}/\uffff`));
      else for (const key of keys) store.delete(recordKey(language, key));
      await committed(transaction);
      log('info', `${language}: back to the synthetic voice for ${keys === null ? 'every text' : keys.join(', ')} (preview)`);
      return { ok: true };
    },
    async exportVoices() {
      requireSession('exportVoices');
      return download(`kelvoa-voices-${new Date().toISOString().slice(0, 10)}${VOICES_FILE_EXTENSION}`, voicesFile(await all(), new Date()));
    },
    async chooseVoicesFile() {
      requireSession('chooseVoicesFile');
      const file = await pickFile();
      if (!file) return { status: 'canceled' };
      const reading = readVoicesFile(await file.text());
      if (!reading.ok) {
        log('warn', `${file.name}: not imported (${reading.reason})`);
        return { status: 'failed', reason: reading.reason };
      }
      return { status: 'chosen', name: file.name, texts: reading.texts };
    },
    async importVoices(value) {
      requireSession('importVoices');
      const texts = parseRecordedTexts(value);
      if (!texts) throw new Error('importVoices: a list of recorded texts');
      return put(texts);
    },
    async saveVoiceScript(): Promise<SaveResult> {
      requireSession('saveVoiceScript');
      window.print();
      return { status: 'printDialog' };
    },
    recordedVoices: (language) => list(language).catch((error: unknown) => {
      log('error', `recorded voices unreadable (preview): ${(error as Error).message}`);
      return [];
    }),
  };
}
