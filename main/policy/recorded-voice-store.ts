/**
 * The voices recorded at the venue, on disk in the user-data folder (never in the app bundle, so they survive
 * updates): one file per text, `<language>/<clip key>.json`, each in the voices-file format of one text and
 * each written atomically, so a crash during a save loses at most the take being saved.
 *
 * An import replaces many texts at once, all or none: the texts are written to a staging folder, then a
 * journal listing them is written (atomically), then each is renamed into place and the journal removed. A
 * start that finds a journal finishes its renames; a staging folder without a journal is an import that never
 * began, and is dropped. A damaged or unreadable file is left out (the page falls back to synthesis) and
 * logged once per start.
 */
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isLanguage, languageOverBudget, RECORDED_VOICE_BUDGET_BYTES, readVoicesFile, voicesFile, type RecordedText, type VoiceChangeReply } from '../../contract/recorded-voices';
import type { Language } from '../../contract/venue-config';
import { LANGUAGES } from '../../domain/languages';
import { writeFileAtomic } from './atomic-write';

const STAGING = '.import';
const JOURNAL = 'import-journal.json';

const fileName = (key: string) => `${key}.json`;

export class RecordedVoiceStore {
  private readonly reported = new Set<string>();
  /** Changes one at a time: a save never interleaves with an import. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    private readonly log: (level: 'info' | 'warn' | 'error', message: string) => void,
    private readonly budgetBytes: number,
    private readonly now: () => Date,
  ) {}

  static async open(dir: string, log: RecordedVoiceStore['log'], options: { budgetBytes?: number; now?: () => Date } = {}): Promise<RecordedVoiceStore> {
    const store = new RecordedVoiceStore(dir, log, options.budgetBytes ?? RECORDED_VOICE_BUDGET_BYTES, options.now ?? (() => new Date()));
    await store.finishImport();
    return store;
  }

  private textPath(language: Language, key: string, root = this.dir) {
    return path.join(root, language, fileName(key));
  }

  /** An import interrupted after its journal was written is finished; one interrupted before is dropped. */
  private async finishImport(interrupted = true): Promise<void> {
    const journalPath = path.join(this.dir, JOURNAL);
    let journal: unknown;
    try {
      journal = JSON.parse(await readFile(journalPath, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log('error', `${journalPath}: unreadable import journal (${(error as Error).message}); the interrupted import is dropped`);
      await rm(path.join(this.dir, STAGING), { recursive: true, force: true });
      await rm(journalPath, { force: true });
      return;
    }
    const entries = Array.isArray(journal) ? journal.filter((entry): entry is [Language, string] => Array.isArray(entry) && isLanguage(entry[0]) && typeof entry[1] === 'string' && !entry[1].includes('/') && !entry[1].includes('\\') && !entry[1].startsWith('.')) : [];
    for (const [language, key] of entries) {
      const staged = this.textPath(language, key, path.join(this.dir, STAGING));
      await mkdir(path.join(this.dir, language), { recursive: true });
      await rename(staged, this.textPath(language, key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await rm(journalPath, { force: true });
    await rm(path.join(this.dir, STAGING), { recursive: true, force: true });
    this.log('info', interrupted ? `an interrupted import of ${entries.length} recorded texts was finished` : `${entries.length} recorded texts imported`);
  }

  private async readText(file: string, language: Language): Promise<RecordedText | null> {
    let json: string;
    try {
      json = await readFile(file, 'utf8');
    } catch (error) {
      this.reportOnce(file, `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the synthetic voice is used`);
      return null;
    }
    const reading = readVoicesFile(json);
    const text = reading.ok && reading.texts.length === 1 ? reading.texts[0]! : null;
    if (!text || text.language !== language || fileName(text.key) !== path.basename(file)) {
      this.reportOnce(file, 'damaged: the synthetic voice is used');
      return null;
    }
    return text;
  }

  private reportOnce(file: string, message: string) {
    if (this.reported.has(file)) return;
    this.reported.add(file);
    this.log('warn', `recorded voice ${file}: ${message}`);
  }

  /** The readable recordings of a language. */
  async list(language: Language): Promise<RecordedText[]> {
    const folder = path.join(this.dir, language);
    let names: string[];
    try {
      names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.reportOnce(folder, `unreadable folder (${(error as Error).message})`);
      return [];
    }
    const texts = await Promise.all(names.map((name) => this.readText(path.join(folder, name), language)));
    return texts.filter((text): text is RecordedText => text !== null);
  }

  async all(): Promise<RecordedText[]> {
    return (await Promise.all(LANGUAGES.map((language) => this.list(language)))).flat();
  }

  /** The language's clips, with `changed` put in place of (or beside) the ones they replace, fit in the budget. */
  private async withinBudget(changed: readonly RecordedText[]): Promise<boolean> {
    const over = await languageOverBudget(changed, (language) => this.list(language), this.budgetBytes);
    if (over) this.log('warn', `${over.language}: recorded clips would take ${over.bytes} bytes, over the ${this.budgetBytes} byte budget; nothing changed`);
    return over === null;
  }

  private serially<T>(change: () => Promise<T>): Promise<T> {
    const next = this.queue.then(change, change);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private failed(what: string, error: unknown): VoiceChangeReply {
    this.log('error', `${what} not saved: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; nothing changed`);
    return { ok: false, reason: 'not-saved' };
  }

  save(text: RecordedText): Promise<VoiceChangeReply> {
    return this.serially(async () => {
      if (!(await this.withinBudget([text]))) return { ok: false, reason: 'over-budget' };
      try {
        await writeFileAtomic(this.textPath(text.language, text.key), voicesFile([text], this.now()));
        this.reported.delete(this.textPath(text.language, text.key));
        return { ok: true };
      } catch (error) {
        return this.failed(`${text.language}/${text.key}`, error);
      }
    });
  }

  remove(language: Language, keys: readonly string[] | null): Promise<VoiceChangeReply> {
    return this.serially(async () => {
      try {
        if (keys === null) await rm(path.join(this.dir, language), { recursive: true, force: true });
        else for (const key of keys) await rm(this.textPath(language, key), { force: true });
        this.log('info', `${language}: back to the synthetic voice for ${keys === null ? 'every text' : keys.join(', ')}`);
        return { ok: true };
      } catch (error) {
        return this.failed(`removal in ${language}`, error);
      }
    });
  }

  /** Puts every text in place, or none: see the header. */
  import(texts: readonly RecordedText[]): Promise<VoiceChangeReply> {
    return this.serially(async () => {
      if (!(await this.withinBudget(texts))) return { ok: false, reason: 'over-budget' };
      const staging = path.join(this.dir, STAGING);
      try {
        await rm(staging, { recursive: true, force: true });
        for (const text of texts) await writeFileAtomic(this.textPath(text.language, text.key, staging), voicesFile([text], this.now()));
        await writeFileAtomic(path.join(this.dir, JOURNAL), JSON.stringify(texts.map((text) => [text.language, text.key])));
      } catch (error) {
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        return this.failed('import', error);
      }
      await this.finishImport(false);
      for (const text of texts) this.reported.delete(this.textPath(text.language, text.key));
      return { ok: true };
    });
  }
}
