/**
 * Temporary folders for unit tests, always removed: a test leaves nothing in the system's temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { chmod, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh, empty folder in the system's temporary folder, removed with all it holds when the running test
 * finishes, passed or failed. Call it inside a test; a folder made in a beforeAll hook is removed by
 * `removeFolder` in the matching afterAll.
 */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => removeFolder(folder));
  return folder;
}

/**
 * Removes a folder and everything in it, even where a test took away the write permission of a folder inside,
 * or where the code under test is still finishing a write it does not wait for (a kept state, a log line).
 */
export async function removeFolder(folder: string): Promise<void> {
  try {
    await rm(folder, { recursive: true, force: true, maxRetries: 5 });
  } catch (error) {
    if (!['EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await makeWritable(folder);
    await rm(folder, { recursive: true, force: true });
  }
}

/** Gives the owner back every right on the folder and the folders inside it (never following a symbolic link). */
async function makeWritable(folder: string): Promise<void> {
  await chmod(folder, 0o700);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) await makeWritable(path.join(folder, entry.name));
  }
}
