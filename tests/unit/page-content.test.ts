import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/venue-defaults';
import { buildContent } from '../../domain/content/build-content';
import { addLanguageTexts, checkStructure, contentWithoutTexts } from '../../domain/content/page-content';
import { contentOutput } from '../../scripts/content-files-plugin';
import { readContentSources } from '../../scripts/content-sources';

const { structure, locales, pictograms, names } = readContentSources();
const built = buildContent({ structure, locales, pictograms, names }).content;
const output = contentOutput();
const textsOf = (language: (typeof LANGUAGES)[number]) => JSON.parse(output.files.find((file) => file.fileName === output.textsUrls[language])!.source) as unknown;
const firstInitiative = built.acts[0]!.initiatives[0]!.id;

describe('the content as the page loads it', () => {
  it('is, once every language is in, the content the build validated', () => {
    const content = contentWithoutTexts(checkStructure(JSON.parse(JSON.stringify(output.structure))));
    for (const language of LANGUAGES) addLanguageTexts(content, language, textsOf(language));
    expect(content).toEqual(built);
  });

  it('keeps no text in the structure compiled into the page, and writes one file of texts per language', () => {
    expect(JSON.stringify(output.structure)).not.toContain(built.acts[0]!.text.fr.title);
    expect(output.files.map((file) => file.fileName).sort()).toEqual(LANGUAGES.map((language) => output.textsUrls[language]).sort());
  });

  it('fills in one language without touching the others', () => {
    const content = contentWithoutTexts(output.structure);
    addLanguageTexts(content, 'ar', textsOf('ar'));
    expect(content.acts[0]!.text.ar).toEqual(built.acts[0]!.text.ar);
    expect(content.acts[0]!.text.fr).toBeUndefined();
    expect(content.lexicon[0]!.text.ar).toEqual(built.lexicon[0]!.text.ar);
  });

  it.each([
    ['no act', { acts: [], lexicon: [] }, /^no act of the programme could be loaded: programme structure\.acts: has no act/],
    ['an act without its id', { acts: [{ broken: 'act-1', pictogram: 'x', references: [], initiatives: [] }], lexicon: [] }, /programme structure\.acts\.0\.id: must be a text/],
    ['not an object', 'acts', /programme structure: must be an object/],
  ])('refuses a structure with %s, saying so', (_name, value, message) => {
    expect(() => checkStructure(value)).toThrow(message);
  });

  it('refuses a language file that misses a text or has one of the wrong shape, naming it, and adds nothing', () => {
    const content = contentWithoutTexts(output.structure);
    const texts = textsOf('en') as { items: Record<string, { easy: unknown }> };
    texts.items[firstInitiative]!.easy = 'one line';
    expect(() => addLanguageTexts(content, 'en', texts)).toThrow(`en programme texts: items.${firstInitiative}.easy: must be a list of lines`);
    delete texts.items[firstInitiative];
    expect(() => addLanguageTexts(content, 'en', texts)).toThrow(`en programme texts: items.${firstInitiative}: must be an object`);
    expect(() => addLanguageTexts(content, 'en', [])).toThrow('en programme texts: must be an object of items, references and lexicon');
    expect(content.acts[0]!.text.en).toBeUndefined();
  });
});
