import { promises as fs } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousVersionOf, writeFileAtomic, type AtomicWriteFs } from '../../main/policy/atomic-write';
import { tempFolder } from './temp-folder';

const folder = () => tempFolder('kelvoa-atomic-');

describe('atomic write', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const dir = folder();
    const file = path.join(dir, 'sub', 'settings.json');
    await writeFileAtomic(file, '{"a":1}\n', { keepPrevious: true });
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(path.dirname(file))).toEqual(['settings.json']);
  });

  it('keeps the version it replaces as <file>.previous', async () => {
    const dir = folder();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new', { keepPrevious: true });
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readFile(previousVersionOf(file), 'utf8')).toBe('old');
    await writeFileAtomic(file, 'newer', { keepPrevious: true });
    expect(await readFile(previousVersionOf(file), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['settings.json', 'settings.json.previous']);
  });

  it('flushes the new content to the disk before it takes the file\'s name, so a power cut never leaves an empty file', async () => {
    const dir = folder();
    const file = path.join(dir, 'settings.json');
    const steps: string[] = [];
    const watched: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        return Object.assign(Object.create(handle), {
          writeFile: (data: string) => {
            steps.push('write');
            return handle.writeFile(data);
          },
          sync: () => {
            steps.push('sync');
            return handle.sync();
          },
          close: () => handle.close(),
        });
      }) as typeof fs.open,
      rename: (async (from: string, to: string) => {
        steps.push(`rename to ${path.basename(to)}`);
        return fs.rename(from, to);
      }) as typeof fs.rename,
    };
    await writeFileAtomic(file, 'new', { fs: watched });
    expect(steps).toEqual(['write', 'sync', 'rename to settings.json']);
  });

  it('leaves the old file whole when the disk is full, and removes its temporary file', async () => {
    const dir = folder();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, 'old');
    const full: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        return Object.assign(Object.create(handle), {
          writeFile: async () => {
            await handle.writeFile('half');
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          close: () => handle.close(),
        });
      }) as typeof fs.open,
    };
    await expect(writeFileAtomic(file, 'new', { keepPrevious: true, fs: full })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('leaves the old file whole when the final rename fails', async () => {
    const dir = folder();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, 'old');
    const failing: AtomicWriteFs = {
      ...fs,
      rename: (async (from: string, to: string) => {
        if (to === file) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return fs.rename(from, to);
      }) as typeof fs.rename,
    };
    await expect(writeFileAtomic(file, 'new', { keepPrevious: true, fs: failing })).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['settings.json', 'settings.json.previous']);
  });
});
