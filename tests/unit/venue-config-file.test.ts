import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VENUE_CONFIG } from '../../contract/venue-config';
import { decodeTextFile } from '../../main/policy/text-encoding';
import { readVenueConfigFile } from '../../main/policy/venue-config-file';
import { tempFolder } from './temp-folder';

const settings = { idleTimeoutSeconds: 90, defaultLanguage: 'ar', languages: ['ar', 'fr'] };
const json = JSON.stringify(settings, null, 2);

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

const savedAs: Record<string, Buffer> = {
  'UTF-8': Buffer.from(json, 'utf8'),
  'UTF-8 with a byte-order mark (Windows Notepad)': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')]),
  'UTF-16 little-endian with its mark': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
  'UTF-16 big-endian with its mark': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(json)]),
};

async function configFile(bytes: Buffer | string): Promise<string> {
  const file = path.join(tempFolder('kelvoa-config-'), 'venue-config.json');
  await writeFile(file, bytes);
  return file;
}

describe('venue configuration file encodings', () => {
  it.each(Object.entries(savedAs))('reads a file saved as %s', async (_name, bytes) => {
    const file = await configFile(bytes);
    expect(await readVenueConfigFile(file)).toEqual({ config: { ...DEFAULT_VENUE_CONFIG, ...settings }, problems: [] });
    expect(await readFile(file)).toEqual(bytes);
  });

  it('decodes non-ASCII text in every encoding, without the mark', () => {
    const text = '{"note":"Écouter — استمع"}';
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('explains a UTF-16 file saved without its mark', async () => {
    const result = await readVenueConfigFile(await configFile(Buffer.from(json, 'utf16le')));
    expect(result.config).toEqual(DEFAULT_VENUE_CONFIG);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/not valid JSON .*UTF-16 without a byte-order mark: save it as UTF-8/);
  });
});

describe('unknown settings', () => {
  it('are reported together as one problem with a count, even 400,000 of them', async () => {
    const typos = Array.from({ length: 400_000 }, (_, i) => `"typo${i}":${i}`);
    const result = await readVenueConfigFile(await configFile(`{"idleTimeoutSeconds":90,${typos.join(',')}}`));
    expect(result.config.idleTimeoutSeconds).toBe(90);
    expect(result.problems).toEqual([{ field: '(unknown)', message: '400000 unknown settings ignored: "typo0", "typo1", "typo2", "typo3", "typo4" and 399995 more' }]);
    // A file of several megabytes, parsed and checked: seconds on a loaded machine.
  }, 60_000);

  it('quote a long name only in part, and still validate the known ones', async () => {
    const result = await readVenueConfigFile(await configFile(JSON.stringify({ ['x'.repeat(500)]: 1, kiosk: 'no' })));
    expect(result.problems).toEqual([
      { field: '(unknown)', message: `1 unknown setting ignored: "${'x'.repeat(40)}"` },
      { field: 'kiosk', message: 'must be true or false' },
    ]);
  });

  it('a file that is not an object is still refused whole', async () => {
    const result = await readVenueConfigFile(await configFile('[1, 2]'));
    expect(result.problems).toEqual([{ field: '(file)', message: 'must be a JSON object' }]);
  });
});
