import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LogEntry } from '../../contract/kiosk-api';
import { cleanLogText } from './log-text';

/**
 * An append-only log with one rotated generation, so an all-day kiosk never fills its disk with logs.
 * A failed write (full disk, read-only medium) goes to stderr instead and never throws.
 */
export class LogFile {
  constructor(
    private readonly filePath: string,
    private readonly maxBytes = 1_000_000,
    private readonly fallback: (line: string) => void = (line) => process.stderr.write(line),
  ) {}

  write(entry: LogEntry, now = new Date()): void {
    const line = `${now.toISOString()} ${entry.level.toUpperCase()} [${cleanLogText(entry.scope)}] ${cleanLogText(entry.message)}\n`;
    try {
      mkdirSync(path.dirname(this.filePath), { recursive: true });
      this.rotateIfFull(Buffer.byteLength(line));
      appendFileSync(this.filePath, line);
    } catch (error) {
      this.fallback(`log write failed (${(error as NodeJS.ErrnoException).code ?? error}): ${line}`);
    }
  }

  private rotateIfFull(incoming: number): void {
    let size = 0;
    try {
      size = statSync(this.filePath).size;
    } catch {
      return;
    }
    if (size + incoming > this.maxBytes) renameSync(this.filePath, `${this.filePath}.1`);
  }
}
