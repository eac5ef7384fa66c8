/**
 * The anonymous usage counts on disk: one small JSON file of totals per day, rewritten atomically a moment
 * after each count (counts arriving together are written once). A damaged file is kept aside as
 * `<file>.previous` on the next write and counting starts again from what could be read.
 */
import { readFile } from 'node:fs/promises';
import { countEvent, dayOf, emptyUsageCounts, parseUsageCounts, type UsageCounts, type UsageEvent } from '../../domain/usage/usage-counts';
import { writeFileAtomic } from './atomic-write';

export class UsageStore {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly filePath: string,
    private readonly counts: UsageCounts,
    private readonly onProblem: (message: string) => void,
    private readonly delayMs: number,
  ) {}

  static async open(filePath: string, onProblem: (message: string) => void, delayMs = 1000): Promise<UsageStore> {
    let counts = emptyUsageCounts();
    try {
      const parsed = parseUsageCounts(JSON.parse(await readFile(filePath, 'utf8')));
      counts = parsed.counts;
      for (const problem of parsed.problems) onProblem(`${filePath}: ${problem}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem(`${filePath} could not be read (${(error as Error).message}); counting from zero`);
    }
    return new UsageStore(filePath, counts, onProblem, delayMs);
  }

  count(event: UsageEvent, now = new Date()): void {
    countEvent(this.counts, event, dayOf(now));
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.save();
    }, this.delayMs);
  }

  snapshot(): UsageCounts {
    return structuredClone(this.counts);
  }

  /** Writes now what is pending (before quitting). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.save();
    }
    await this.saving;
  }

  private save(): Promise<void> {
    this.saving = this.saving.then(() =>
      writeFileAtomic(this.filePath, `${JSON.stringify(this.counts)}\n`, { keepPrevious: true }).catch((error: Error) =>
        // Counts stay in memory and are written with the next count; a full disk loses nothing already on it.
        this.onProblem(`usage counts not written: ${error.message}`),
      ),
    );
    return this.saving;
  }
}
