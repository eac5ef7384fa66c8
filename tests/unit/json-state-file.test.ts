import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFailureTimes } from '../../contract/recovery-backoff';
import { JsonStateFile } from '../../main/policy/json-state-file';
import { removeFolder } from './temp-folder';

const dir = mkdtempSync(path.join(tmpdir(), 'kelvoa-state-'));
afterAll(() => removeFolder(dir));

async function open(name: string) {
  const logs: string[] = [];
  const file = await JsonStateFile.open(path.join(dir, name), parseFailureTimes, [], (message) => logs.push(message));
  return { file, logs };
}

describe('a small state kept across restarts', () => {
  it('starts empty, silently, when there is no file yet', async () => {
    const { file, logs } = await open('none.json');
    expect(file.initial).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('starts empty from a damaged or foreign file, with one log line, and replaces it at the next save', async () => {
    for (const [name, text] of [['cut.json', '[1, 2'], ['object.json', '{"a":1}']]) {
      await writeFile(path.join(dir, name!), text!);
      const { file, logs } = await open(name!);
      expect(file.initial).toEqual([]);
      expect(logs).toEqual([`${path.join(dir, name!)} is damaged; starting from no history`]);
      await file.save([5]);
      expect(JSON.parse(await readFile(path.join(dir, name!), 'utf8'))).toEqual([5]);
    }
  });

  it('keeps the last state asked for when saves follow each other at once', async () => {
    const { file } = await open('quick.json');
    await Promise.all([file.save([1]), file.save([1, 2]), file.save([1, 2, 3])]);
    expect(JSON.parse(await readFile(path.join(dir, 'quick.json'), 'utf8'))).toEqual([1, 2, 3]);
    expect((await open('quick.json')).file.initial).toEqual([1, 2, 3]);
  });

  it('logs a save that fails (the path is a folder) and never throws', async () => {
    await mkdir(path.join(dir, 'folder.json'));
    const { file, logs } = await open('folder.json');
    expect(logs[0]).toMatch(/could not be read \(EISDIR\)/);
    await expect(file.save([1])).resolves.toBeUndefined();
    expect(logs[1]).toMatch(/folder\.json not saved \(/);
  });
});
