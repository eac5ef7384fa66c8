/**
 * The anonymous usage counts on disk: one small JSON file of totals per day, rewritten atomically a moment
 * after each count (counts arriving together are written once), the version it replaces kept as
 * `<file>.previous`. A damaged file is moved aside as `<file>.corrupt-<time>` and counting goes on from the
 * previous version, so the next writes never replace that good version with the damaged one.
 */
import { readFile, rename } from 'node:fs/promises';
import { countEvent, dayOf, emptyUsageCounts, parseUsageCounts, type UsageCounts, type UsageEvent } from '../../domain/usage/usage-counts';
import { previousVersionOf, writeFileAtomic } from './atomic-write';

type StoredCounts = { status: 'read'; counts: UsageCounts; problems: string[] } | { status: 'missing' } | { status: 'damaged' | 'unreadable'; reason: string };

async function readCounts(filePath: string): Promise<StoredCounts> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable', reason: code ?? (error as Error).message };
  }
  let parsed: ReturnType<typeof parseUsageCounts>;
  try {
    parsed = parseUsageCounts(JSON.parse(text));
  } catch (error) {
    return { status: 'damaged', reason: (error as Error).message };
  }
  return parsed.unusable ? { status: 'damaged', reason: 'not a usage counts file' } : { status: 'read', counts: parsed.counts, problems: parsed.problems };
}

export class UsageStore {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly filePath: string,
    private readonly counts: UsageCounts,
    private readonly onProblem: (message: string) => void,
    private readonly delayMs: number,
  ) {}

  static async open(filePath: string, onProblem: (message: string) => void, delayMs = 1000, now = new Date()): Promise<UsageStore> {
    const stored = await readCounts(filePath);
    if (stored.status === 'read') {
      for (const problem of stored.problems) onProblem(`${filePath}: ${problem}`);
      return new UsageStore(filePath, stored.counts, onProblem, delayMs);
    }
    if (stored.status === 'missing') return new UsageStore(filePath, emptyUsageCounts(), onProblem, delayMs);
    if (stored.status === 'damaged') {
      // Out of the way before any write: keepPrevious would otherwise copy it over the good previous version.
      const aside = `${filePath}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
      try {
        await rename(filePath, aside);
        onProblem(`${filePath} is damaged (${stored.reason}); kept as ${aside}`);
      } catch (error) {
        onProblem(`${filePath} is damaged (${stored.reason}) and could not be kept aside (${(error as Error).message})`);
      }
    } else {
      onProblem(`${filePath} could not be read (${stored.reason})`);
    }
    const previousPath = previousVersionOf(filePath);
    const previous = await readCounts(previousPath);
    if (previous.status !== 'read') {
      onProblem(`${previousPath} not usable either (${previous.status}); counting from zero`);
      return new UsageStore(filePath, emptyUsageCounts(), onProblem, delayMs);
    }
    for (const problem of previous.problems) onProblem(`${previousPath}: ${problem}`);
    onProblem(`counting on from ${previousPath}`);
    return new UsageStore(filePath, previous.counts, onProblem, delayMs);
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
