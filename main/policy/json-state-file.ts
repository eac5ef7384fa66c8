/**
 * A small piece of state that must outlive a restart of the app (the crash history, the PIN lockout), kept as
 * one JSON file in user data. Read once at start: a missing file is the initial state, a damaged one too, with
 * one log line. Each save replaces the file atomically, one after another, so the last state asked for is the
 * one on disk; a failed save is logged and never throws: the kiosk goes on with the state in memory.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';

export class JsonStateFile<T> {
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    readonly filePath: string,
    readonly initial: T,
    private readonly log: (message: string) => void,
  ) {}

  /** `parse` returns null for anything that is not a valid state. */
  static async open<T>(filePath: string, parse: (value: unknown) => T | null, empty: T, log: (message: string) => void): Promise<JsonStateFile<T>> {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') log(`${filePath} could not be read (${code ?? (error as Error).message}); starting from no history`);
      return new JsonStateFile(filePath, empty, log);
    }
    let state: T | null = null;
    try {
      state = parse(JSON.parse(text));
    } catch {
      // a damaged file is reported below like an invalid one
    }
    if (state === null) log(`${filePath} is damaged; starting from no history`);
    return new JsonStateFile(filePath, state ?? empty, log);
  }

  save(state: T): Promise<void> {
    const json = `${JSON.stringify(state)}\n`;
    this.queue = this.queue.then(() =>
      writeFileAtomic(this.filePath, json).catch((error: NodeJS.ErrnoException) => {
        this.log(`${this.filePath} not saved (${error.code ?? error.message})`);
      }),
    );
    return this.queue;
  }
}
