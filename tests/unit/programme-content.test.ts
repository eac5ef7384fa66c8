import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/venue-config';
import { buildContent, formatProblem } from '../../domain/content/build-content';
import { PROJECT_ROOT, readContentSources } from '../../scripts/content-sources';

const sources = readContentSources();
const { content, problems } = buildContent(sources);
const seed = readFileSync(path.join(PROJECT_ROOT, 'docs/source/rencontres-kelvoa-marseille-2016.txt'), 'utf8');
const allItems = content.acts.flatMap((act) => [act, ...act.initiatives]);

describe('the programme content', () => {
  it('is valid in every language, with no item left out', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the 4 acts and every initiative the programme page presents', () => {
    expect(content.acts.map((act) => act.id)).toEqual(['act-1', 'act-2', 'act-3', 'act-4']);
    expect(Object.fromEntries(content.acts.map((act) => [act.id, act.initiatives.map((i) => i.id)]))).toEqual({
      'act-1': ['travail-transforme', 'wetechcare', 'anlci', 'fongecif-bourgogne', 'mfreo-walter', 'fing-digiwork'],
      'act-2': ['cheikh-sow', 'pac-cibc', 'bip-zip-lisbonne', 'ml-art', 'ateliers-discriminations'],
      'act-3': ['mediation-emploi', 'working-first-13', 'plateforme-neet', 'cep', 'comcep'],
      'act-4': ['soulet-conference', 'soulet-typologie', 'fongecif-paca'],
    });
  });

  it.each(LANGUAGES)('gives every act and initiative all its fields in %s', (language) => {
    for (const item of allItems) {
      const text = item.text[language];
      for (const field of ['title', 'question'] as const) expect(text[field].length, `${item.id}.${field}`).toBeGreaterThan(0);
      if (text.presenter.role !== 'not-given') expect(text.presenter.name.length, `${item.id}.presenter`).toBeGreaterThan(0);
      expect(text.easy.length, `${item.id}.easy`).toBeGreaterThan(1);
      expect(text.full.length, `${item.id}.full`).toBeGreaterThan(0);
      for (const reference of item.references) expect(reference.label[language].length).toBeGreaterThan(0);
    }
  });

  it('has no text in another language than its own: Arabic texts are in Arabic script', () => {
    for (const item of allItems) {
      for (const line of [item.text.ar.title, ...item.text.ar.easy, item.text.ar.question]) {
        // Names stay in Latin letters, but each Arabic line says something in Arabic.
        expect(/[\u0600-\u06ff]/.test(line) || /^[A-Z0-9 @/'’]+$/i.test(line), `${item.id}: ${line}`).toBe(true);
      }
    }
  });

  // Addresses, book references, corrections and presenters are checked against the page in programme-fidelity.test.ts.

  it('uses only figures that the programme page gives, in the French full texts', () => {
    const numbers = new Set<string>();
    for (const item of allItems) for (const paragraph of item.text.fr.full) for (const match of paragraph.matchAll(/\d[\d ,]*\d|\d/g)) numbers.add(match[0].trim());
    for (const number of numbers) expect(seed, number).toContain(number);
    for (const figure of ['2 500 000', '1,9', '14', '47', '2014', '2015', '2016', '16', '9']) expect(numbers.has(figure), figure).toBe(true);
  });

  it('gives every pictogram file a text alternative in every language', () => {
    for (const language of LANGUAGES) {
      const alternatives = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', language, 'pictograms.json'), 'utf8')) as Record<string, string>;
      for (const name of sources.pictograms) expect(alternatives[name]?.length, `${language}: ${name}`).toBeGreaterThan(0);
    }
  });

  it('makes every lexicon word reachable from an easy text that uses it, in every language', () => {
    for (const language of LANGUAGES) {
      for (const entry of content.lexicon) {
        const used = allItems.some((item) => item.text[language].easy.some((line) => entry.text[language].forms.some((form) => line.replace(/’/g, "'").includes(form))));
        expect(used, `${language}: ${entry.id}`).toBe(true);
      }
    }
  });
});
