/**
 * The content as the page loads it. The build (scripts/content-files-plugin.ts) validates the content with
 * buildContent and splits what it keeps: the structure (ids, pictograms, addresses; no text), compiled into
 * the page's script, and the texts of each language, one data file per language, which the page fetches when
 * that language is needed. The page trusts what the build validated: it checks only the shape it relies on, so
 * that a damaged file is named in a clear error instead of breaking a screen. Pure, and free of the validation
 * library (zod), which would otherwise weigh on the first screen.
 */
import { LANGUAGES, type Language } from '../languages';
import type { Content, ResolvedItem, ResolvedReference } from './build-content';
import type { ItemText, LexiconText } from './content-schema';

export interface StructureReference {
  id: string;
  url: string | null;
}

export interface StructureItem {
  id: string;
  pictogram: string;
  references: StructureReference[];
}

export interface StructureAct extends StructureItem {
  initiatives: StructureItem[];
}

/** What the page shows whatever the language: the acts, their initiatives, the lexicon, their pictograms and addresses. */
export interface ContentStructure {
  acts: StructureAct[];
  lexicon: { id: string; pictogram: string }[];
}

/** One language's texts, by id: its file is fetched when the language is needed. */
export interface LanguageTexts {
  items: Record<string, ItemText>;
  references: Record<string, string>;
  lexicon: Record<string, LexiconText>;
}

/** The build's side: valid content, split into its structure and each language's texts. */
export function splitContent(content: Content): { structure: ContentStructure; texts: Record<Language, LanguageTexts> } {
  const texts = Object.fromEntries(LANGUAGES.map((language) => [language, { items: {}, references: {}, lexicon: {} }])) as Record<Language, LanguageTexts>;
  const structureOf = (item: ResolvedItem): StructureItem => {
    for (const language of LANGUAGES) {
      texts[language].items[item.id] = item.text[language];
      for (const reference of item.references) texts[language].references[reference.id] = reference.label[language];
    }
    return { id: item.id, pictogram: item.pictogram, references: item.references.map(({ id, url }) => ({ id, url })) };
  };
  const acts = content.acts.map((act) => ({ ...structureOf(act), initiatives: act.initiatives.map(structureOf) }));
  const lexicon = content.lexicon.map((entry) => {
    for (const language of LANGUAGES) texts[language].lexicon[entry.id] = entry.text[language];
    return { id: entry.id, pictogram: entry.pictogram };
  });
  return { structure: { acts, lexicon }, texts };
}

type Check = (value: unknown, at: string) => string | null;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText: Check = (value, at) => (typeof value === 'string' && value.length > 0 ? null : `${at}: must be a text`);
const isLines: Check = (value, at) => (Array.isArray(value) && value.length > 0 ? (value.map((line, index) => isText(line, `${at}.${index}`)).find(Boolean) ?? null) : `${at}: must be a list of lines`);
const isList = (each: Check): Check => (value, at) => (Array.isArray(value) ? (value.map((entry, index) => each(entry, `${at}.${index}`)).find(Boolean) ?? null) : `${at}: must be a list`);
const isRecord =
  (fields: Record<string, Check>): Check =>
  (value, at) =>
    isObject(value) ? (Object.entries(fields).map(([field, check]) => check(value[field], `${at}.${field}`)).find(Boolean) ?? null) : `${at}: must be an object`;

const isReference = isRecord({ id: isText, url: (value, at) => (value === null ? null : isText(value, at)) });
const isStructureItem = isRecord({ id: isText, pictogram: isText, references: isList(isReference) });
const isAct: Check = (act, at) => isStructureItem(act, at) ?? isRecord({ initiatives: isList(isStructureItem) })(act, at);
const isStructure = isRecord({
  acts: (value, at) => (Array.isArray(value) && value.length === 0 ? `${at}: has no act` : isList(isAct)(value, at)),
  lexicon: isList(isRecord({ id: isText, pictogram: isText })),
});

/** The structure compiled into the page, checked: an error says what is wrong ("no act of the programme…"). */
export function checkStructure(value: unknown): ContentStructure {
  const problem = isStructure(value, 'programme structure');
  if (problem) throw new Error(`no act of the programme could be loaded: ${problem}`);
  return value as ContentStructure;
}

const isItemText = isRecord({ title: isText, easy: isLines, full: isLines, question: isText, presenter: isRecord({ role: isText }) });
const isLexiconText = isRecord({ word: isText, forms: isLines, explanation: isLines });

function* structureItems(structure: ContentStructure): Generator<StructureItem> {
  for (const act of structure.acts) {
    yield act;
    yield* act.initiatives;
  }
}

/** Why a language's texts do not fit the structure, or null: every item, address and word needs its text. */
function languageTextsProblem(structure: ContentStructure, texts: unknown): string | null {
  if (!isObject(texts) || !isObject(texts.items) || !isObject(texts.references) || !isObject(texts.lexicon)) return 'must be an object of items, references and lexicon';
  const { items, references, lexicon } = texts;
  for (const item of structureItems(structure)) {
    const problem = isItemText(items[item.id], `items.${item.id}`) ?? item.references.map((reference) => isText(references[reference.id], `references.${reference.id}`)).find(Boolean);
    if (problem) return problem;
  }
  return structure.lexicon.map((entry) => isLexiconText(lexicon[entry.id], `lexicon.${entry.id}`)).find(Boolean) ?? null;
}

/**
 * The page's content before any language's texts: its text records fill in, language by language, through
 * addLanguageTexts. The page draws a screen in a language only once that language's texts are in.
 */
export function contentWithoutTexts(structure: ContentStructure): Content {
  const reference = ({ id, url }: StructureReference): ResolvedReference => ({ id, url, label: {} as ResolvedReference['label'] });
  const item = <K extends 'act' | 'initiative'>(kind: K, { id, pictogram, references }: StructureItem) => ({ id, kind, pictogram, references: references.map(reference), text: {} as ResolvedItem['text'] });
  return {
    acts: structure.acts.map((act) => ({ ...item('act', act), initiatives: act.initiatives.map((initiative) => item('initiative', initiative)) })),
    lexicon: structure.lexicon.map(({ id, pictogram }) => ({ id, pictogram, text: {} as Content['lexicon'][number]['text'] })),
  };
}

/** Adds a language's texts to the page's content, once checked whole: a text missing or of the wrong shape throws, naming it. */
export function addLanguageTexts(content: Content, language: Language, texts: unknown): void {
  const structure: ContentStructure = content;
  const problem = languageTextsProblem(structure, texts);
  if (problem) throw new Error(`${language} programme texts: ${problem}`);
  const { items, references, lexicon } = texts as LanguageTexts;
  for (const act of content.acts) {
    for (const item of [act, ...act.initiatives]) {
      item.text[language] = items[item.id]!;
      for (const reference of item.references) reference.label[language] = references[reference.id]!;
    }
  }
  for (const entry of content.lexicon) entry.text[language] = lexicon[entry.id]!;
}

export function findItem(content: Content, id: string): ResolvedItem | undefined {
  for (const act of content.acts) {
    if (act.id === id) return act;
    const initiative = act.initiatives.find((item) => item.id === id);
    if (initiative) return initiative;
  }
  return undefined;
}
