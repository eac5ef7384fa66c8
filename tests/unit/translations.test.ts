/**
 * The English, Spanish and Arabic texts say what the French says: the same paragraphs, the same […] marks, the
 * same figures; and each language keeps the fixes of the native review (issue 10).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, type ResolvedItem } from '../../domain/content/build-content';
import { FalcRulesSchema, type ItemText } from '../../domain/content/content-schema';
import { LANGUAGES, type Language } from '../../domain/languages';
import { PROJECT_ROOT, readContentSources } from '../../scripts/content-sources';
import { CUT_MARK } from './programme-page';

const { content } = buildContent(readContentSources());
const items: ResolvedItem[] = content.acts.flatMap((act) => [act, ...act.initiatives]);
const TRANSLATIONS = LANGUAGES.filter((language) => language !== 'fr');

const ARABIC_DIGITS = /[٠-٩]/g;
/** Figures as numbers, whatever the language writes between digits: "2 500 000", "2,500,000", "1,9", "1.9", "1٫9". */
function figures(text: string): string[] {
  const western = text.replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660));
  const found = western.match(/\d{1,3}(?:[ \u00a0\u202f.,٬]\d{3})+(?![\d])|\d+(?:[.,٫]\d+)?/g) ?? [];
  return found
    .map((figure) => (/^\d{1,3}([ \u00a0\u202f.,٬]\d{3})+$/.test(figure) ? figure.replace(/\D/g, '') : figure.replace(/[,٫]/, '.')))
    .sort();
}
const distinct = (values: string[]) => [...new Set(values)];

const allText = (text: ItemText) => [text.title, ...text.easy, ...text.full, text.question, text.presenter.role === 'not-given' ? '' : text.presenter.name];

describe('translations', () => {
  it('reads figures written the way each language writes them', () => {
    expect(figures('les 2 500 000 personnes, 1,9 million, (47%)')).toEqual(['1.9', '2500000', '47']);
    expect(figures('the 2,500,000 people, 1.9 million, laws of 2 January 2002, 4 March 2002')).toEqual(['1.9', '2', '2002', '2002', '2500000', '4']);
    expect(figures('2٬500٬000 شخص و1٫9 مليون و١٤ مليونًا')).toEqual(['1.9', '14', '2500000']);
  });

  it.each(TRANSLATIONS)('give %s the same paragraphs, the same […] marks and the same figures as the French full text', (language) => {
    for (const item of items) {
      const french = item.text.fr.full;
      const translated = item.text[language].full;
      expect(translated.length, `${item.id}: paragraphs`).toBe(french.length);
      french.forEach((paragraph, index) => {
        expect(translated[index]!.split(CUT_MARK).length, `${item.id}[${index}]: […] marks`).toBe(paragraph.split(CUT_MARK).length);
        expect(distinct(figures(translated[index]!)), `${item.id}[${index}]: figures`).toEqual(distinct(figures(paragraph)));
      });
    }
  });

  it('English: plain words for the guest speaker, functional illiteracy, people getting back into work, non-profits; English quotation marks', () => {
    for (const item of items) {
      for (const line of allText(item.text.en)) {
        expect(line, item.id).not.toMatch(/[«»]/);
        expect(line, item.id).not.toMatch(/key witness|people in insertion|there would be|digital tools/i);
        expect(line, item.id).not.toMatch(/(?<!functional )\billiteracy/i);
      }
      // The full texts quote French names ("association pour la Fondation…"); the kiosk's own English says non-profit.
      for (const line of [item.text.en.title, ...item.text.en.easy, item.text.en.question]) expect(line, item.id).not.toMatch(/\bassociations?\b/i);
    }
    const neet = items.find((item) => item.id === 'plateforme-neet')!.text.en;
    expect(neet.full[0]).toContain('There are about 1.9 million');
    expect(neet.easy.join(' ')).toContain('NEETs');
  });

  it('Spanish: the guest who closes the act, "hay unos", the «ninis», "hay asociaciones que"', () => {
    for (const item of items) for (const line of allText(item.text.es)) expect(line, item.id).not.toMatch(/gran testigo|serían|Unas asociaciones/i);
    const neet = items.find((item) => item.id === 'plateforme-neet')!.text.es;
    expect(neet.full[0]).toContain('Hay unos 1,9 millones');
    expect(neet.easy.join(' ')).toContain('«ninis»');
    expect(items.find((item) => item.id === 'act-1')!.text.es.easy.join(' ')).toContain('Hay asociaciones que');
  });

  describe('Arabic', () => {
    const ar = (item: ResolvedItem) => allText(item.text.ar);
    const rules = FalcRulesSchema.parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales/ar/falc.json'), 'utf8')));
    const known = new Set([...content.lexicon.flatMap((entry) => entry.text.ar.forms), ...Object.keys(rules.explainedNames)].flatMap((form) => form.split(/\s+/)));

    it('keeps the fixes of the review: a name that is no title, "expect", no calques, one "you"', () => {
      const fixed = ['الشيخ سو', 'ينتظرون', 'الأشخاص في الإدماج', 'الشاهدة الكبرى', 'سأل استطلاع رأي', 'يربط هذا الرابط', 'خلق مناصب عمل', 'ماذا نفعل', 'الرقمي يغيّر', 'الرقمي هو', 'زمن الرقمي'];
      for (const item of items) for (const line of ar(item)) for (const phrase of fixed) expect(line, `${item.id}: ${phrase}`).not.toContain(phrase);
      expect(items.find((item) => item.id === 'cheikh-sow')!.text.ar.title).toBe('شيخ سو');
    });

    it('writes decimals with the Arabic decimal separator', () => {
      for (const item of items) for (const line of ar(item)) expect(line, item.id).not.toMatch(/\d,\d/);
      expect(items.find((item) => item.id === 'plateforme-neet')!.text.ar.full[0]).toContain('1٫9');
    });

    it('describes organisations in Arabic first: Latin script only in brackets after them, or as an explained abbreviation', () => {
      const outside = (line: string) => line.replace(/\([^()]*\)/g, '').match(/[A-Za-z][A-Za-z'’@]*/g) ?? [];
      for (const item of items) {
        for (const line of ar(item)) {
          for (const word of outside(line)) expect(known.has(word), `${item.id}: "${word}" in "${line}"`).toBe(true);
          expect(line.trim().startsWith('('), `${item.id}: ${line}`).toBe(false);
        }
      }
    });

    it('translates titles of works instead of spelling the French in Arabic letters', () => {
      const travail = items.find((item) => item.id === 'travail-transforme')!.text.ar;
      expect(travail.easy.join(' ')).toContain('«المسارات الجديدة»');
      for (const item of items) for (const line of [...item.text.ar.easy, ...(item.text.ar.spoken?.easy ?? [])]) expect(line, item.id).not.toMatch(/لي نوفيل|بور كو لو/);
    });
  });

  /** Words the review replaced, in every text of the language, full texts included: one word for one thing. */
  const REPLACED: Record<Exclude<Language, 'fr'>, RegExp> = {
    en: /digital tools|accompaniment|people in insertion|key witness/i,
    es: /gran testigo|lo numérico|serían/i,
    ar: /التكوين|الأجراء|الأجير|التشغيل|الشاهدة|ينتظرون/,
  };
  it.each(TRANSLATIONS)('uses one word for one thing in %s, full texts included', (language) => {
    for (const item of items) for (const line of allText(item.text[language])) expect(line, item.id).not.toMatch(REPLACED[language]);
    for (const entry of content.lexicon) for (const line of entry.text[language].explanation) expect(line, entry.id).not.toMatch(REPLACED[language]);
  });
});
