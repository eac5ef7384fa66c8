/**
 * Every UI text with a count has the plural forms its language needs (i18next's `_one`, `_other`… suffixes,
 * Arabic's six): never "1 chiffres tapés".
 */
import type { Resource } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../contract/venue-config';
import { createUiText } from '../../domain/narration/ui-text';
import { readUiResources } from '../../scripts/content-sources';

const resources = readUiResources();
const PLURAL = /_(zero|one|two|few|many|other)$/;

function texts(prefix: string, value: unknown): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, inner]) => texts(prefix ? `${prefix}.${name}` : name, inner));
}

/** The plural categories a count of 0 to 200 falls into, in this language. */
function categoriesUsed(language: Language): Set<string> {
  const rules = new Intl.PluralRules(language);
  return new Set(Array.from({ length: 201 }, (_, count) => rules.select(count)));
}

describe('plural forms of the UI texts', () => {
  it.each(LANGUAGES)('%s: every text with a count has each plural form the language uses', (language) => {
    const all = texts('', resources[language].ui);
    const counted = all.filter(([, text]) => text.includes('{{count}}')).map(([key]) => key);
    expect(counted.length).toBeGreaterThan(0);
    for (const key of counted) expect(key, `${key} is a plural form`).toMatch(PLURAL);
    const bases = new Set(counted.map((key) => key.replace(PLURAL, '')));
    const keys = new Set(all.map(([key]) => key));
    for (const base of bases) for (const category of categoriesUsed(language)) expect(keys.has(`${base}_${category}`), `${language}: ${base}_${category}`).toBe(true);
  });

  it('says "1 chiffre tapé", "0 chiffre tapé", "2 chiffres tapés", "1 seconde" in French, and Arabic\'s dual', () => {
    const t = createUiText(resources as unknown as Resource, 'fr').getFixedT('fr');
    expect([0, 1, 2].map((count) => t('facilitator.pin.typed', { count }))).toEqual(['0 chiffre tapé', '1 chiffre tapé', '2 chiffres tapés']);
    expect(t('facilitator.pin.wrong', { count: 1 })).toBe('Code faux. Encore 1 essai avant une attente.');
    expect(t('idle.countdown', { count: 1 })).toBe('Retour au début dans 1 seconde');
    const ar = createUiText(resources as unknown as Resource, 'ar').getFixedT('ar');
    expect(ar('facilitator.pin.typed', { count: 2 })).toBe('2 رقمان مكتوبان');
    expect(ar('facilitator.pin.typed', { count: 11 })).toBe('11 رقمًا مكتوبًا');
  });
});
