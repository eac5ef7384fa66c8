import { writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VENUE_CONFIG, validateVenueConfig } from '../../contract/venue-config';
import { readVenueConfigFile } from '../../main/policy/venue-config-file';
import { tempFolder } from './temp-folder';

describe('venue configuration validation', () => {
  it('accepts a complete valid configuration', () => {
    const raw = { kiosk: false, idleTimeoutSeconds: 90, idleWarningSeconds: 25, attractInvitationSeconds: 0, scanStepSeconds: 1.5, scanMode: 'items', newScreenGuardSeconds: 1.2, scanningByDefault: true, defaultLanguage: 'ar', languages: ['ar', 'fr'], workshopMaxMinutes: 90, accessibilityStatementUrl: 'https://example.org/accessibilite' };
    expect(validateVenueConfig(raw)).toEqual({ config: raw, problems: [] });
  });

  it('has defaults (kept apart from the checks, for the page) that pass every check', () => {
    expect(validateVenueConfig({ ...DEFAULT_VENUE_CONFIG })).toEqual({ config: DEFAULT_VENUE_CONFIG, problems: [] });
  });

  it('replaces each bad field by its default and names it', () => {
    const { config, problems } = validateVenueConfig({ kiosk: 'yes', idleTimeoutSeconds: 5, idleWarningSeconds: 10, scanStepSeconds: 'fast', scanMode: 'rows', newScreenGuardSeconds: 4, scanningByDefault: 1, languages: ['fr', 'de'], colour: 'red' });
    expect(config).toEqual(DEFAULT_VENUE_CONFIG);
    expect(problems.map((p) => p.field).sort()).toEqual(['colour', 'idleTimeoutSeconds', 'idleWarningSeconds', 'kiosk', 'languages', 'newScreenGuardSeconds', 'scanMode', 'scanStepSeconds', 'scanningByDefault']);
  });

  it('keeps the idle warning at least 20 seconds long', () => {
    expect(validateVenueConfig({ idleWarningSeconds: 19 }).config.idleWarningSeconds).toBe(30);
    expect(validateVenueConfig({ idleWarningSeconds: 20 }).config.idleWarningSeconds).toBe(20);
  });

  it('falls back to an offered language when the default is not offered', () => {
    const { config, problems } = validateVenueConfig({ languages: ['es', 'en'], defaultLanguage: 'fr' });
    expect(config.defaultLanguage).toBe('es');
    expect(problems).toHaveLength(1);
  });
});

describe('the address of the accessibility statement', () => {
  it('is none by default, an https address when given, and refused otherwise', () => {
    expect(DEFAULT_VENUE_CONFIG.accessibilityStatementUrl).toBeNull();
    expect(validateVenueConfig({ accessibilityStatementUrl: 'https://example.org/accessibilite' })).toEqual({ config: { ...DEFAULT_VENUE_CONFIG, accessibilityStatementUrl: 'https://example.org/accessibilite' }, problems: [] });
    expect(validateVenueConfig({ accessibilityStatementUrl: null }).problems).toEqual([]);
    for (const bad of ['http://example.org/accessibilite', 'garbage', 'https://', 'javascript:alert(1)', 12]) {
      const { config, problems } = validateVenueConfig({ accessibilityStatementUrl: bad });
      expect(config.accessibilityStatementUrl, String(bad)).toBeNull();
      expect(problems).toEqual([{ field: 'accessibilityStatementUrl', message: 'must be an https:// address, or null for none' }]);
    }
  });

  it('is read from the venue file by main', async () => {
    const file = path.join(tempFolder('kelvoa-config-'), 'venue.json');
    await writeFile(file, JSON.stringify({ accessibilityStatementUrl: 'https://example.org/accessibilite' }));
    const { config, problems } = await readVenueConfigFile(file);
    expect(problems).toEqual([]);
    expect(config.accessibilityStatementUrl).toBe('https://example.org/accessibilite');
  });
});

describe('venue configuration file', () => {
  const dir = () => tempFolder('kelvoa-config-');

  it('uses the defaults without complaint when there is no file', async () => {
    expect(await readVenueConfigFile(path.join(dir(), 'none.json'))).toEqual({ config: DEFAULT_VENUE_CONFIG, problems: [] });
  });

  it('reports a corrupt file and keeps it untouched', async () => {
    const file = path.join(dir(), 'venue-config.json');
    await writeFile(file, '{ "idleTimeoutSeconds": 90,');
    const result = await readVenueConfigFile(file);
    expect(result.config).toEqual(DEFAULT_VENUE_CONFIG);
    expect(result.problems[0]!.message).toMatch(/not valid JSON/);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(file, 'utf8')).toBe('{ "idleTimeoutSeconds": 90,');
  });

  it('reads valid settings from disk', async () => {
    const file = path.join(dir(), 'venue-config.json');
    await writeFile(file, JSON.stringify({ idleTimeoutSeconds: 120 }));
    expect((await readVenueConfigFile(file)).config.idleTimeoutSeconds).toBe(120);
  });

  it('reports an unreadable path', async () => {
    const folder = dir();
    await chmod(folder, 0o700);
    const result = await readVenueConfigFile(folder);
    expect(result.problems[0]!.message).toMatch(/could not be read \(EISDIR\)/);
  });
});

describe('visitor input settings', () => {
  it('lets a venue turn the new-screen guard off, or lengthen it up to 3 seconds', () => {
    expect(validateVenueConfig({ newScreenGuardSeconds: 0 }).config.newScreenGuardSeconds).toBe(0);
    expect(validateVenueConfig({ newScreenGuardSeconds: 3 }).config.newScreenGuardSeconds).toBe(3);
    expect(validateVenueConfig({ newScreenGuardSeconds: -0.1 }).config.newScreenGuardSeconds).toBe(DEFAULT_VENUE_CONFIG.newScreenGuardSeconds);
  });

  it('scans by groups unless the venue asks for every item in turn', () => {
    expect(DEFAULT_VENUE_CONFIG.scanMode).toBe('groups');
    expect(validateVenueConfig({ scanMode: 'items' }).config.scanMode).toBe('items');
    expect(validateVenueConfig({ scanMode: 'rows' }).problems).toEqual([{ field: 'scanMode', message: 'must be one of: groups, items' }]);
  });
});

describe('the offered languages', () => {
  it.each([[['fr', 'fr']], [['ar', 'en', 'ar']], [[]]])('refuses %j: a language twice, or none, falls back to every language', (languages) => {
    const { config, problems } = validateVenueConfig({ languages });
    expect(problems.map((problem) => problem.field)).toEqual(['languages']);
    expect(config.languages).toEqual(DEFAULT_VENUE_CONFIG.languages);
  });
});
