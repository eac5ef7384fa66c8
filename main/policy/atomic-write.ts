/**
 * Writes a file so that a crash, a power cut or a full disk never leaves it half written: the new content goes
 * to a temporary file beside it, is flushed to the disk, then renamed over the old one. The version it
 * replaces is kept as `<file>.previous`, so a wrong change can be undone by hand.
 */
import { promises as fsPromises } from 'node:fs';
import path from 'node:path';

/** The file operations used, so a test can make any one of them fail. */
export interface AtomicWriteFs {
  open: typeof fsPromises.open;
  rename: typeof fsPromises.rename;
  copyFile: typeof fsPromises.copyFile;
  rm: typeof fsPromises.rm;
  mkdir: typeof fsPromises.mkdir;
}

export const previousVersionOf = (file: string) => `${file}.previous`;

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { keepPrevious?: boolean; fs?: AtomicWriteFs } = {}): Promise<void> {
  const fs = options.fs ?? fsPromises;
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepPrevious) await keepPreviousVersion(fs, file);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The current file is copied to `<file>.previous` through a temporary copy, so the previous version is itself never half written. */
async function keepPreviousVersion(fs: AtomicWriteFs, file: string): Promise<void> {
  const copy = `${previousVersionOf(file)}.${process.pid}.tmp`;
  try {
    await fs.copyFile(file, copy);
    await fs.rename(copy, previousVersionOf(file));
  } catch (error) {
    await fs.rm(copy, { force: true }).catch(() => undefined);
    // No current file: nothing to keep.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
}
