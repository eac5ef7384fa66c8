/**
 * The lines people must review: every displayed text of every act, initiative, lexicon word and reference,
 * line by line, in every language. Native speakers review translations against French; a reading panel
 * reviews the French easy-to-read lines. Pure: fields are found by walking the validated texts, so a field
 * added to the schema is reviewed too, without a list to keep in step.
 */
import { LANGUAGES, type Language } from '../languages';
import type { Content } from './build-content';

export type ReviewGroupKind = 'act' | 'initiative' | 'lexicon' | 'reference';

export interface ReviewField {
  /** The key reviewers write in the verdict file, the same as the field's narration clip: `item.anlci.easy`. */
  key: string;
  /** The field's path inside its text: `easy`, `question`, `explanation`. */
  name: string;
  lines: Record<Language, string[]>;
}

export interface ReviewGroup {
  id: string;
  kind: ReviewGroupKind;
  pictogram: string | null;
  title: Record<Language, string>;
  fields: ReviewField[];
}

/** Fields that only steer the voice or the easy-to-read checks: nobody reads them on screen. */
const NOT_DISPLAYED = new Set(['spoken', 'forms', 'kind', 'plain']);

/** The fields a reading panel checks against the easy-to-read rules. */
export const EASY_TO_READ_FIELDS: ReadonlySet<string> = new Set(['easy', 'question', 'explanation']);

/** Every displayed text of a validated text object, as lines, by field path (nested objects give `a.b`). */
function displayedFields(text: unknown, prefix = ''): [string, string[]][] {
  if (typeof text !== 'object' || text === null) return [];
  return Object.entries(text).flatMap(([name, value]): [string, string[]][] => {
    if (NOT_DISPLAYED.has(name)) return [];
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') return [[path, [value]]];
    if (Array.isArray(value)) return value.every((line) => typeof line === 'string') ? [[path, value as string[]]] : [];
    return displayedFields(value, path);
  });
}

/** One field per path found in any language, in the French order first; a language without it has no lines. */
function fieldsOf(keyPrefix: string, texts: Record<Language, unknown>): ReviewField[] {
  const byLanguage = Object.fromEntries(LANGUAGES.map((language) => [language, new Map(displayedFields(texts[language]))])) as Record<Language, Map<string, string[]>>;
  const names = [...new Set(LANGUAGES.flatMap((language) => [...byLanguage[language].keys()]))];
  return names.map((name) => ({
    key: `${keyPrefix}.${name}`,
    name,
    lines: Object.fromEntries(LANGUAGES.map((language) => [language, byLanguage[language].get(name) ?? []])) as Record<Language, string[]>,
  }));
}

export function reviewGroups(content: Content): ReviewGroup[] {
  const groups: ReviewGroup[] = [];
  const references = new Map<string, Record<Language, string>>();
  for (const act of content.acts) {
    for (const item of [act, ...act.initiatives]) {
      const title = Object.fromEntries(LANGUAGES.map((language) => [language, item.text[language].title])) as Record<Language, string>;
      groups.push({ id: item.id, kind: item.kind, pictogram: item.pictogram, title, fields: fieldsOf(`item.${item.id}`, item.text) });
      for (const reference of item.references) references.set(reference.id, reference.label);
    }
  }
  for (const entry of content.lexicon) {
    const title = Object.fromEntries(LANGUAGES.map((language) => [language, entry.text[language].word])) as Record<Language, string>;
    groups.push({ id: entry.id, kind: 'lexicon', pictogram: entry.pictogram, title, fields: fieldsOf(`lexicon.${entry.id}`, entry.text) });
  }
  for (const [id, label] of references) {
    groups.push({ id, kind: 'reference', pictogram: null, title: label, fields: [{ key: `reference.${id}`, name: 'label', lines: Object.fromEntries(LANGUAGES.map((language) => [language, [label[language]]])) as Record<Language, string[]> }] });
  }
  return groups;
}

export interface ReviewLine {
  key: string;
  /** 1-based, as reviewers count. */
  line: number;
  text: string;
}

/** The lines of one language, in sheet order. */
export function reviewLines(groups: readonly ReviewGroup[], language: Language, fields: (field: ReviewField) => boolean = () => true): ReviewLine[] {
  return groups.flatMap((group) => group.fields.filter(fields).flatMap((field) => field.lines[language].map((text, index) => ({ key: field.key, line: index + 1, text }))));
}
