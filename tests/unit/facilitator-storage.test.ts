import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITABLE_VENUE_FIELDS, VENUE_NUMBER_RULES, DEFAULT_VENUE_CONFIG } from '../../contract/venue-config';
import { recentLogProblems } from '../../main/policy/log-tail';
import { hashPin, verifyPin } from '../../main/policy/pin-hash';
import { uniqueFileName } from '../../main/policy/save-location';
import { UsageStore } from '../../main/policy/usage-store';
import { VenueSettingsFile } from '../../main/policy/venue-settings-file';
import { tempFolder } from './temp-folder';

const folder = () => tempFolder('kelvoa-storage-');

describe('usage counts on disk', () => {
  it('writes counts arriving together once, and reads them back after a restart', async () => {
    const file = path.join(folder(), 'usage-counts.json');
    const problems: string[] = [];
    const store = await UsageStore.open(file, (p) => problems.push(p), 20);
    const day = new Date(2016, 4, 21, 10);
    store.count({ kind: 'visit' }, day);
    store.count({ kind: 'language', language: 'es' }, day);
    await store.flush();
    const reopened = await UsageStore.open(file, (p) => problems.push(p));
    expect(reopened.snapshot().days['2016-05-21']).toMatchObject({ visits: 1, languages: { es: 1 } });
    expect(problems).toEqual([]);
  });

  it('starts from zero on a damaged file, says so, and keeps the damaged file aside on the next write', async () => {
    const file = path.join(folder(), 'usage-counts.json');
    await writeFile(file, '{"version":1,"days":{"2016-05-21":');
    const problems: string[] = [];
    const store = await UsageStore.open(file, (p) => problems.push(p), 5);
    expect(problems[0]).toMatch(/could not be read.*counting from zero/);
    store.count({ kind: 'workshop' }, new Date(2016, 4, 22));
    await store.flush();
    expect(await readFile(`${file}.previous`, 'utf8')).toBe('{"version":1,"days":{"2016-05-21":');
    expect(JSON.parse(await readFile(file, 'utf8')).days['2016-05-22'].workshops).toBe(1);
  });
});

describe('venue settings file', () => {
  it('opens a file without a PIN: facilitator mode off', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, '{"idleTimeoutSeconds": 120}');
    const settings = await VenueSettingsFile.open(file, () => undefined);
    expect(settings.pin).toBeNull();
    expect(settings.reply().config.idleTimeoutSeconds).toBe(120);
  });

  it('sets and removes the PIN hash, keeping every other field and the previous version', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, '{"idleTimeoutSeconds": 120}');
    const settings = await VenueSettingsFile.open(file, () => undefined);
    const record = await hashPin('135790');
    await settings.setPin(record);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ idleTimeoutSeconds: 120, facilitatorPin: record });
    expect((await VenueSettingsFile.open(file, () => undefined)).pin).toEqual(record);
    await settings.setPin(null);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ idleTimeoutSeconds: 120 });
    expect(JSON.parse(await readFile(`${file}.previous`, 'utf8'))).toEqual({ idleTimeoutSeconds: 120, facilitatorPin: record });
  });

  it('reports a damaged PIN record and keeps the mode off', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, JSON.stringify({ facilitatorPin: { algorithm: 'scrypt', hash: 'x' } }));
    const settings = await VenueSettingsFile.open(file, () => undefined);
    expect(settings.pin).toBeNull();
    expect(settings.reply().problems).toEqual([{ field: 'facilitatorPin', message: expect.stringMatching(/facilitator mode off/) }]);
  });

  it('every numeric venue setting can be edited in the facilitator mode (a new one needs a form field)', () => {
    for (const field of Object.keys(VENUE_NUMBER_RULES)) expect(EDITABLE_VENUE_FIELDS).toContain(field);
    for (const field of Object.keys(DEFAULT_VENUE_CONFIG)) if (field !== 'kiosk') expect(EDITABLE_VENUE_FIELDS).toContain(field);
  });
});

describe('recent problems of the log', () => {
  it('lists the last warnings and errors, oldest rotated file first', async () => {
    const log = path.join(folder(), 'kiosk.log');
    await writeFile(`${log}.1`, '2016-05-21T10:00:00.000Z ERROR [audio] old problem\n2016-05-21T10:00:01.000Z INFO [app] started\n');
    await writeFile(log, '2016-05-21T11:00:00.000Z WARN [content] left out: x\n2016-05-21T11:00:01.000Z INFO [facilitator] opened\n');
    expect(await recentLogProblems(log)).toEqual(['2016-05-21T10:00:00.000Z ERROR [audio] old problem', '2016-05-21T11:00:00.000Z WARN [content] left out: x']);
    expect(await recentLogProblems(log, 1)).toEqual(['2016-05-21T11:00:00.000Z WARN [content] left out: x']);
    expect(await recentLogProblems(path.join(path.dirname(log), 'none.log'))).toEqual([]);
  });
});

describe('save location', () => {
  it('never replaces a file already in the chosen folder', () => {
    const taken = new Set(['/usb/sheet.pdf', '/usb/sheet-2.pdf']);
    expect(uniqueFileName('/usb', 'sheet', '.pdf', (f) => taken.has(f))).toBe('/usb/sheet-3.pdf');
    expect(uniqueFileName('/usb', 'other', '.pdf', (f) => taken.has(f))).toBe('/usb/other.pdf');
  });
});

describe('npm run set-pin', () => {
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/set-pin.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, KELVOA_CONFIG: '' } });

  it('writes only a salted hash of the PIN into the chosen venue file, which then opens the mode; --off removes it', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, '{"defaultLanguage": "ar"}');
    const result = run([`--config=${file}`], '97531\n');
    expect(result.status, result.stderr).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('97531');
    const settings = await VenueSettingsFile.open(file, () => undefined);
    expect(settings.reply().config.defaultLanguage).toBe('ar');
    expect(await verifyPin('97531', settings.pin!)).toBe(true);
    expect(run([`--config=${file}`, '--off'], '').status).toBe(0);
    expect((await VenueSettingsFile.open(file, () => undefined)).pin).toBeNull();
  }, 20_000);

  it('refuses a PIN that is not 4 to 12 digits and changes nothing', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, '{}');
    const result = run([`--config=${file}`], '12ab\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/4 to 12 digits; nothing was changed/);
    expect(await readFile(file, 'utf8')).toBe('{}');
  }, 20_000);
});
