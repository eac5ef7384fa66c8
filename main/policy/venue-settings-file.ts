/**
 * The venue configuration file as the facilitator mode changes it: each change is checked with the same
 * validation as the file at start-up, written atomically with the previous version kept, and logged. The PIN
 * hash it holds is read here and never leaves the main process.
 */
import { readFile } from 'node:fs/promises';
import type { VenueConfigReply } from '../../contract/kiosk-api';
import { isPin } from '../../domain/facilitator/pin-gate';
import {
  NEW_PIN_FIELD,
  parsePinRecord,
  parseVenueSettingsChange,
  PIN_FIELD,
  validateVenueConfig,
  type ConfigProblem,
  type ConfigResult,
  type PinRecord,
} from '../../contract/venue-config';
import { writeFileAtomic } from './atomic-write';
import { hashPin } from './pin-hash';
import { decodeTextFile } from './text-encoding';
import { readVenueConfigFile } from './venue-config-file';

export type SettingsUpdate = { ok: true; reply: VenueConfigReply; changes: string[] } | { ok: false; problems: ConfigProblem[] };

/** The file's JSON object; a missing, unreadable or invalid file counts as empty (it is kept as the previous version when rewritten). */
async function readRawObject(filePath: string): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(decodeTextFile(await readFile(filePath)).text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const problemId = (problem: ConfigProblem) => `${problem.field}: ${problem.message}`;

/**
 * The PIN an installer wrote in clear becomes the kiosk's PIN: its hash replaces it in the file, which is
 * rewritten without keeping a previous version (that would keep the clear PIN). If the file cannot be
 * rewritten (its owner is not the kiosk's account), the PIN works all the same, and the log says what to fix.
 */
async function adoptNewPin(
  filePath: string,
  raw: Record<string, unknown>,
  pin: string,
  log: (level: 'info' | 'warn' | 'error', message: string) => void,
  write: typeof writeFileAtomic,
): Promise<PinRecord> {
  const record = await hashPin(pin);
  const rewritten: Record<string, unknown> = { ...raw, [PIN_FIELD]: record };
  delete rewritten[NEW_PIN_FIELD];
  try {
    await write(filePath, `${JSON.stringify(rewritten, null, 2)}\n`);
    log('info', `facilitator PIN set from ${NEW_PIN_FIELD}; only its hash is kept in ${filePath}`);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    log('error', `${filePath}: the new PIN works, but its clear form could not be removed from the file (${reason}); make the kiosk's account the owner of the file`);
  }
  return record;
}

export class VenueSettingsFile {
  private constructor(
    readonly filePath: string,
    private result: ConfigResult,
    private pinRecord: PinRecord | null,
    private readonly log: (level: 'info' | 'warn' | 'error', message: string) => void,
  ) {}

  /** Each change reads, merges and writes the file alone: changes sent at once would otherwise overwrite each other. */
  private queue: Promise<unknown> = Promise.resolve();

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  static async open(filePath: string, log: (level: 'info' | 'warn' | 'error', message: string) => void, write: typeof writeFileAtomic = writeFileAtomic): Promise<VenueSettingsFile> {
    const raw = await readRawObject(filePath);
    const pin = isPin(raw[NEW_PIN_FIELD]) ? await adoptNewPin(filePath, raw, raw[NEW_PIN_FIELD], log, write) : parsePinRecord(raw[PIN_FIELD]);
    const result = await readVenueConfigFile(filePath);
    return new VenueSettingsFile(filePath, result, pin, log);
  }

  /** What the page is told: the settings and the problems, never the PIN hash. */
  reply(): VenueConfigReply {
    return { config: structuredClone(this.result.config), problems: this.result.problems.map((problem) => ({ ...problem })) };
  }

  get pin(): PinRecord | null {
    return this.pinRecord;
  }

  /**
   * Applies a change of editable settings: refused whole, with the reasons, if any field it sets is invalid or it
   * makes a valid field invalid (a language list without the default language); else written atomically
   * (previous version kept), applied, and each changed field logged. A field already invalid in the file (a hand
   * edit) that the change does not set never blocks it: it stays reported and defaulted as before.
   */
  update(value: unknown): Promise<SettingsUpdate> {
    return this.serialised(() => this.applyUpdate(value));
  }

  private async applyUpdate(value: unknown): Promise<SettingsUpdate> {
    const change = parseVenueSettingsChange(value);
    if (!change) return { ok: false, problems: [{ field: '(change)', message: 'not a change of editable settings' }] };
    const raw = await readRawObject(this.filePath);
    const invalidBefore = new Set(validateVenueConfig(raw).problems.map((problem) => problem.field));
    const merged = { ...raw, ...change };
    const after = validateVenueConfig(merged);
    const refused = after.problems.filter((problem) => Object.hasOwn(change, problem.field) || !invalidBefore.has(problem.field));
    if (refused.length > 0) {
      this.log('warn', `settings change refused: ${refused.map(problemId).join('; ')}`);
      return { ok: false, problems: refused };
    }
    await writeFileAtomic(this.filePath, `${JSON.stringify(merged, null, 2)}\n`, { keepPrevious: true });
    const changes = Object.keys(change)
      .filter((field) => JSON.stringify(this.result.config[field as keyof typeof change]) !== JSON.stringify(after.config[field as keyof typeof change]))
      .map((field) => `${field}: ${JSON.stringify(this.result.config[field as keyof typeof change])} → ${JSON.stringify(after.config[field as keyof typeof change])}`);
    this.result = after;
    this.log('info', changes.length > 0 ? `settings changed: ${changes.join('; ')}` : 'settings saved unchanged');
    return { ok: true, reply: this.reply(), changes };
  }

  /** Sets (or, with null, removes) the PIN hash, keeping every other field as it is. */
  setPin(record: PinRecord | null): Promise<void> {
    return this.serialised(() => this.applyPin(record));
  }

  private async applyPin(record: PinRecord | null): Promise<void> {
    const raw = await readRawObject(this.filePath);
    if (record) raw[PIN_FIELD] = record;
    else delete raw[PIN_FIELD];
    await writeFileAtomic(this.filePath, `${JSON.stringify(raw, null, 2)}\n`, { keepPrevious: true });
    this.pinRecord = record;
    this.log('info', record ? 'facilitator PIN set' : 'facilitator PIN removed: facilitator mode off');
  }
}
