/**
 * The lines people must review: every displayed text of every act, initiative, lexicon word and reference,
 * line by line, in every language. Native speakers review translations against French; a reading panel
 * reviews the French easy-to-read lines. Pure. The lines are taken from the narration catalogue, the one list
 * of what the kiosk shows and says (a presenter line as shown, "Présenté par : …", not the fields it is made
 * of), so the review follows the content's shape without a list of its own to keep in step.
 */
import { perLanguage, type Language } from '../languages';
import type { NarrationText } from '../narration/narration-catalogue';
import { WRITTEN_OUT_LANGUAGES } from '../narration/spoken-texts';
import type { Content } from './build-content';

export type ReviewGroupKind = 'act' | 'initiative' | 'lexicon' | 'reference';

export interface ReviewField {
  /** The key reviewers write in the verdict file, the same as the field's narration clip: `item.anlci.easy`. */
  key: string;
  /** The field's name: `easy`, `question`, `explanation`; `label` for a reference. */
  name: string;
  lines: Record<Language, string[]>;
  /** What the voice says for each line. */
  spoken: Record<Language, string[]>;
}

export interface ReviewGroup {
  id: string;
  kind: ReviewGroupKind;
  pictogram: string | null;
  title: Record<Language, string>;
  fields: ReviewField[];
}

/** The fields a reading panel checks against the easy-to-read rules. */
export const EASY_TO_READ_FIELDS: ReadonlySet<string> = new Set(['easy', 'question', 'explanation']);

/** The displayed texts of one item, word or reference (`item.anlci`), one field per clip, in catalogue order. */
function fieldsOf(prefix: string, displayed: readonly NarrationText[]): ReviewField[] {
  const fields = new Map<string, ReviewField>();
  for (const text of displayed) {
    const key: string = text.key;
    if (key !== prefix && !key.startsWith(`${prefix}.`)) continue;
    let field = fields.get(key);
    if (!field) {
      field = { key, name: key === prefix ? 'label' : key.slice(prefix.length + 1), lines: perLanguage((): string[] => []), spoken: perLanguage((): string[] => []) };
      fields.set(key, field);
    }
    field.lines[text.language] = [...text.lines];
    field.spoken[text.language] = [...text.spokenLines];
  }
  return [...fields.values()];
}

/** The review, item by item: acts and their initiatives in programme order, then the lexicon, then references. */
export function reviewGroups(content: Content, displayed: readonly NarrationText[]): ReviewGroup[] {
  const groups: ReviewGroup[] = [];
  const references = new Map<string, Record<Language, string>>();
  for (const act of content.acts) {
    for (const item of [act, ...act.initiatives]) {
      groups.push({ id: item.id, kind: item.kind, pictogram: item.pictogram, title: perLanguage((language) => item.text[language].title), fields: fieldsOf(`item.${item.id}`, displayed) });
      for (const reference of item.references) references.set(reference.id, reference.label);
    }
  }
  for (const entry of content.lexicon) {
    groups.push({ id: entry.id, kind: 'lexicon', pictogram: entry.pictogram, title: perLanguage((language) => entry.text[language].word), fields: fieldsOf(`lexicon.${entry.id}`, displayed) });
  }
  for (const [id, label] of references) groups.push({ id, kind: 'reference', pictogram: null, title: label, fields: fieldsOf(`reference.${id}`, displayed) });
  return groups.filter((group) => group.fields.length > 0);
}

export interface ReviewLine {
  key: string;
  /** 1-based, as reviewers count. */
  line: number;
  text: string;
  /** In a language whose voice is written out line by line (Arabic, fully vowelled): what the voice says, reviewed with the line. */
  spoken?: string;
}

/** The lines of one language, in sheet order. */
export function reviewLines(groups: readonly ReviewGroup[], language: Language, fields: (field: ReviewField) => boolean = () => true): ReviewLine[] {
  const writtenOut = WRITTEN_OUT_LANGUAGES.includes(language);
  return groups.flatMap((group) =>
    group.fields.filter(fields).flatMap((field) => field.lines[language].map((text, index) => ({ key: field.key, line: index + 1, text, ...(writtenOut ? { spoken: field.spoken[language][index] } : {}) }))),
  );
}
