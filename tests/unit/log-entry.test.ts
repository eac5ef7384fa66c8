import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLogEntry, parsePageFailure } from '../../contract/kiosk-api';
import { LogFile } from '../../main/policy/log-file';
import { tempFolder } from './temp-folder';

describe('log entries over IPC', () => {
  it('accepts a well-formed entry and caps its length', () => {
    expect(parseLogEntry({ level: 'warn', scope: 'audio', message: 'x'.repeat(5000) })?.message).toHaveLength(2000);
  });
  it.each([null, 'text', { level: 'fatal', scope: 'a', message: 'm' }, { level: 'info', scope: '../x', message: 'm' }, { level: 'info', scope: 'a', message: '' }, { level: 'info', scope: 'a', message: 42 }])(
    'rejects %j',
    (value) => expect(parseLogEntry(value)).toBeNull(),
  );
});

describe('page failures over IPC', () => {
  it('caps the message at 2,000 characters, so a page cannot flood the log', () => {
    expect(parsePageFailure({ kind: 'render-error', message: 'y'.repeat(50_000) })?.message).toHaveLength(2000);
  });
});

describe('log file', () => {
  it('rotates at 1 MB by default, keeping one older generation', async () => {
    const file = path.join(tempFolder('kelvoa-log-'), 'kiosk.log');
    const log = new LogFile(file);
    // Lines of about 10 kB: 90 of them (900 kB) fit, 100 do not.
    const line = { level: 'info', scope: 'test', message: 'z'.repeat(10_000) } as const;
    for (let i = 0; i < 90; i++) log.write(line);
    await expect(readFile(`${file}.1`)).rejects.toMatchObject({ code: 'ENOENT' });
    for (let i = 0; i < 10; i++) log.write(line);
    expect((await readFile(`${file}.1`)).length).toBeGreaterThan(980_000);
    expect((await readFile(`${file}.1`)).length).toBeLessThanOrEqual(1_000_000);
  });

  it('appends lines and rotates once the size cap is reached', async () => {
    const file = path.join(tempFolder('kelvoa-log-'), 'logs', 'kiosk.log');
    const log = new LogFile(file, 200);
    for (let i = 0; i < 5; i++) log.write({ level: 'info', scope: 'test', message: `line ${i} ${'x'.repeat(40)}` });
    const current = await readFile(file, 'utf8');
    const rotated = await readFile(`${file}.1`, 'utf8');
    expect(current.length).toBeLessThanOrEqual(200);
    expect(rotated).toContain('line 3');
    expect(rotated + current).not.toContain('line 0');
    expect(current).toContain('line 4');
  });

  it('never throws when the disk refuses the write', async () => {
    const dir = tempFolder('kelvoa-log-');
    await writeFile(path.join(dir, 'not-a-folder'), '');
    const seen: string[] = [];
    const log = new LogFile(path.join(dir, 'not-a-folder', 'kiosk.log'), 1000, (line) => seen.push(line));
    expect(() => log.write({ level: 'error', scope: 'test', message: 'lost?' })).not.toThrow();
    expect(seen[0]).toMatch(/log write failed .*lost\?/);
  });
});
