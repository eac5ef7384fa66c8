import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
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

  it('on a damaged file, counts on from the previous version, keeps the damaged file aside under another name, and says so', async () => {
    const dir = folder();
    const file = path.join(dir, 'usage-counts.json');
    const good = '{"version":1,"days":{"2016-05-20":{"visits":3,"workshops":0,"languages":{},"itemsOpened":{},"itemsHeard":{},"settings":{}}}}\n';
    await writeFile(`${file}.previous`, good);
    await writeFile(file, '{"version":1,"days":{"2016-05-21":');
    const problems: string[] = [];
    const store = await UsageStore.open(file, (p) => problems.push(p), 5);
    expect(store.snapshot().days['2016-05-20']?.visits).toBe(3);
    const aside = (await readdir(dir)).filter((name) => name.startsWith('usage-counts.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!), 'utf8')).toBe('{"version":1,"days":{"2016-05-21":');
    expect(problems.join('\n')).toMatch(/damaged.*kept as .*usage-counts\.json\.corrupt-/);
    expect(problems.join('\n')).toMatch(/counting on from .*usage-counts\.json\.previous/);
    store.count({ kind: 'workshop' }, new Date(2016, 4, 22));
    await store.flush();
    store.count({ kind: 'workshop' }, new Date(2016, 4, 22));
    await store.flush();
    expect(JSON.parse(await readFile(`${file}.previous`, 'utf8')).days['2016-05-20'].visits).toBe(3);
    expect(JSON.parse(await readFile(file, 'utf8')).days).toMatchObject({ '2016-05-20': { visits: 3 }, '2016-05-22': { workshops: 2 } });
    expect((await UsageStore.open(file, () => undefined)).snapshot()).toEqual(store.snapshot());
  });

  it('starts from zero, and says so, when neither the file nor its previous version can be read, keeping the damaged file aside', async () => {
    const dir = folder();
    const file = path.join(dir, 'usage-counts.json');
    await writeFile(file, '{"version":2}');
    const problems: string[] = [];
    const store = await UsageStore.open(file, (p) => problems.push(p), 5);
    expect(store.snapshot()).toEqual({ version: 1, days: {} });
    expect(problems.join('\n')).toMatch(/counting from zero/);
    expect((await readdir(dir)).filter((name) => name.startsWith('usage-counts.json.corrupt-'))).toHaveLength(1);
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

  it('refuses a change with an invalid value even where the file already holds an invalid value by hand', async () => {
    const file = path.join(folder(), 'venue-config.json');
    const handEdited = '{"idleTimeoutSeconds": -5, "languages": ["fr", "fr"]}';
    await writeFile(file, handEdited);
    const settings = await VenueSettingsFile.open(file, () => undefined);
    for (const change of [
      { idleTimeoutSeconds: -99999, languages: ['de', 'de'] },
      { idleTimeoutSeconds: 1e308 },
      { idleTimeoutSeconds: NaN },
      { idleTimeoutSeconds: '60' },
      { languages: ['fr', 'fr'] },
    ]) {
      const update = await settings.update(change);
      expect(update.ok, String(Object.values(change))).toBe(false);
      if (!update.ok) expect(update.problems.map((p) => p.field).sort()).toEqual(Object.keys(change).sort());
    }
    expect(await readFile(file, 'utf8')).toBe(handEdited);
    expect(settings.reply().config).toMatchObject({ idleTimeoutSeconds: 60, languages: ['fr', 'en', 'es', 'ar'] });
  });

  it('accepts a valid change while a field it does not touch keeps its invalid hand-edited value, still reported', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, '{"idleWarningSeconds": 1, "defaultLanguage": "de"}');
    const settings = await VenueSettingsFile.open(file, () => undefined);
    const update = await settings.update({ idleTimeoutSeconds: 90, languages: ['en'] });
    expect(update).toMatchObject({ ok: true, reply: { config: { idleTimeoutSeconds: 90, idleWarningSeconds: 30, languages: ['en'], defaultLanguage: 'en' } } });
    expect(settings.reply().problems.map((p) => p.field)).toContain('idleWarningSeconds');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ idleWarningSeconds: 1, defaultLanguage: 'de', idleTimeoutSeconds: 90, languages: ['en'] });
    // A change that makes a valid field wrong (the default language left out of the list) is still refused.
    await writeFile(file, '{"defaultLanguage": "ar"}');
    expect(await (await VenueSettingsFile.open(file, () => undefined)).update({ languages: ['en'] })).toMatchObject({ ok: false, problems: [{ field: 'defaultLanguage' }] });
  });

  it('keeps every one of several changes sent at once', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, '{"kiosk": true}');
    const settings = await VenueSettingsFile.open(file, () => undefined);
    const updates = await Promise.all([settings.update({ idleTimeoutSeconds: 90 }), settings.update({ scanStepSeconds: 3 }), settings.update({ workshopMaxMinutes: 60 })]);
    expect(updates.map((u) => u.ok)).toEqual([true, true, true]);
    const all = { idleTimeoutSeconds: 90, scanStepSeconds: 3, workshopMaxMinutes: 60 };
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ kiosk: true, ...all });
    expect(updates[2]).toMatchObject({ ok: true, reply: { config: all } });
    expect(settings.reply().config).toMatchObject(all);
  });

  it('every numeric venue setting can be edited in the facilitator mode (a new one needs a form field)', () => {
    for (const field of Object.keys(VENUE_NUMBER_RULES)) expect(EDITABLE_VENUE_FIELDS).toContain(field);
    // Set once in the venue file: the window mode (it needs a restart) and the address the venue publishes its statement at.
    const fileOnly = ['kiosk', 'accessibilityStatementUrl'];
    for (const field of Object.keys(DEFAULT_VENUE_CONFIG)) if (!fileOnly.includes(field)) expect(EDITABLE_VENUE_FIELDS).toContain(field);
  });
});

describe('a PIN written in clear by the installer (newFacilitatorPin)', () => {
  it('becomes the PIN at the next start: only its hash stays in the file, readable by the kiosk account alone, with no previous version', async () => {
    const dir = folder();
    const file = path.join(dir, 'venue-config.json');
    await writeFile(file, JSON.stringify({ idleTimeoutSeconds: 90, newFacilitatorPin: '975310' }));
    const logs: string[] = [];
    const settings = await VenueSettingsFile.open(file, (level, message) => logs.push(`${level}: ${message}`));
    expect(settings.pin).not.toBeNull();
    expect(await verifyPin('975310', settings.pin!)).toBe(true);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('975310');
    expect(text).not.toContain('newFacilitatorPin');
    expect(JSON.parse(text)).toMatchObject({ idleTimeoutSeconds: 90, facilitatorPin: { algorithm: 'scrypt' } });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['venue-config.json']);
    expect(settings.reply().problems).toEqual([]);
    expect(logs).toEqual([`info: facilitator PIN set from newFacilitatorPin; only its hash is kept in ${file}`]);
  });

  it('works even when the file cannot be rewritten, and the log says what to fix', async () => {
    const file = path.join(folder(), 'venue-config.json');
    await writeFile(file, JSON.stringify({ newFacilitatorPin: '2468' }));
    const logs: string[] = [];
    const refused = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const settings = await VenueSettingsFile.open(file, (level, message) => logs.push(`${level}: ${message}`), refused);
    expect(await verifyPin('2468', settings.pin!)).toBe(true);
    expect(logs).toEqual([expect.stringMatching(/^error: .*could not be removed from the file \(EACCES\); make the kiosk's account the owner of the file$/)]);
  });

  it('is ignored, and reported, when it is not 4 to 12 digits in quotes', async () => {
    for (const value of ['12', 2468, '12ab56']) {
      const file = path.join(folder(), 'venue-config.json');
      await writeFile(file, JSON.stringify({ newFacilitatorPin: value }));
      const settings = await VenueSettingsFile.open(file, () => undefined);
      expect(settings.pin).toBeNull();
      expect(settings.reply().problems).toEqual([{ field: 'newFacilitatorPin', message: 'must be 4 to 12 digits, in quotes; ignored' }]);
    }
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
