/**
 * Turns the structure file and the per-language texts into the content the kiosk shows. Every item must be
 * valid in every language, or it is left out whole — never shown half-broken, never in another language —
 * and each reason is reported with the file, the item and the field.
 */
import type { ZodError } from 'zod';
import { LANGUAGES, perLanguage, type Language } from '../languages';
import {
  FalcRulesSchema,
  ItemTextSchema,
  LexiconTextSchema,
  LocaleProgrammeSchema,
  ProgrammeStructureSchema,
  type FalcRules,
  type ItemText,
  type LexiconText,
} from './content-schema';
import { checkEasyText } from './easy-to-read-checker';

export interface ContentProblem {
  file: string;
  item: string;
  field: string;
  message: string;
}

export interface ResolvedReference {
  id: string;
  url: string | null;
  label: Record<Language, string>;
}

export interface ResolvedItem {
  id: string;
  kind: 'act' | 'initiative';
  pictogram: string;
  references: ResolvedReference[];
  text: Record<Language, ItemText>;
}

export interface ResolvedAct extends ResolvedItem {
  kind: 'act';
  initiatives: ResolvedItem[];
}

export interface ResolvedLexiconEntry {
  id: string;
  pictogram: string;
  text: Record<Language, LexiconText>;
}

export interface Content {
  acts: ResolvedAct[];
  lexicon: ResolvedLexiconEntry[];
}

export interface ContentSources {
  structure: unknown;
  locales: Record<Language, unknown>;
  /** Easy-to-read rules per language; when given, every easy text is checked against them. */
  falcRules?: Record<Language, unknown>;
  /** Names of the pictogram files that exist. */
  pictograms: ReadonlySet<string>;
  names?: ContentSourceNames;
}

/** How problems name the sources: the build gives repository paths, the page its own names. */
export interface ContentSourceNames {
  structure: string;
  locale: (language: Language) => string;
  falc: (language: Language) => string;
}

export const DEFAULT_SOURCE_NAMES: ContentSourceNames = {
  structure: 'programme structure',
  locale: (language) => `${language} programme texts`,
  falc: (language) => `${language} easy-to-read rules`,
};

function zodProblems(error: ZodError, file: string, item: string, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => ({ file, item, field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(whole)', message: issue.message }));
}

export function buildContent({ structure, locales, falcRules, pictograms, names = DEFAULT_SOURCE_NAMES }: ContentSources): { content: Content; problems: ContentProblem[] } {
  const { structure: STRUCTURE_FILE, locale: localeFile, falc: falcFile } = names;
  const problems: ContentProblem[] = [];
  const empty: Content = { acts: [], lexicon: [] };

  const parsedStructure = ProgrammeStructureSchema.safeParse(structure);
  if (!parsedStructure.success) return { content: empty, problems: zodProblems(parsedStructure.error, STRUCTURE_FILE, '(structure)') };
  const programme = parsedStructure.data;

  const texts = {} as Record<Language, { items: Record<string, unknown>; references: Record<string, string>; lexicon: Record<string, unknown> } | null>;
  const rules = {} as Record<Language, FalcRules | null>;
  for (const language of LANGUAGES) {
    const parsed = LocaleProgrammeSchema.safeParse(locales[language]);
    texts[language] = parsed.success ? parsed.data : null;
    if (!parsed.success) problems.push(...zodProblems(parsed.error, localeFile(language), '(file)'));
    rules[language] = null;
    if (falcRules) {
      const parsedRules = FalcRulesSchema.safeParse(falcRules[language]);
      if (parsedRules.success) rules[language] = parsedRules.data;
      else problems.push(...zodProblems(parsedRules.error, falcFile(language), '(rules)'));
    }
  }

  const lexicon: ResolvedLexiconEntry[] = [];
  const lexiconByLanguage = perLanguage((): LexiconText[] => []);
  for (const { id, pictogram } of programme.lexicon) {
    const text = {} as Record<Language, LexiconText>;
    let valid = pictograms.has(pictogram);
    if (!valid) problems.push({ file: STRUCTURE_FILE, item: id, field: 'pictogram', message: `no pictogram file "${pictogram}"` });
    for (const language of LANGUAGES) {
      const parsed = LexiconTextSchema.safeParse(texts[language]?.lexicon[id]);
      if (parsed.success) {
        text[language] = parsed.data;
        lexiconByLanguage[language].push(parsed.data);
      } else {
        valid = false;
        const missing = texts[language]?.lexicon[id] === undefined;
        problems.push(...(missing ? [{ file: localeFile(language), item: id, field: 'lexicon', message: 'missing in this language' }] : zodProblems(parsed.error, localeFile(language), id, 'lexicon')));
      }
    }
    if (valid) lexicon.push({ id, pictogram, text });
  }
  for (const entry of lexicon) {
    for (const language of LANGUAGES) {
      const languageRules = rules[language];
      if (!languageRules) continue;
      for (const problem of checkEasyText(entry.text[language].explanation, languageRules, lexiconByLanguage[language])) {
        problems.push({ file: localeFile(language), item: entry.id, field: `lexicon.explanation[${problem.line}]`, message: `${problem.rule}: ${problem.message}` });
      }
    }
  }

  const knownReferences = new Map(programme.references.map((reference) => [reference.id, reference]));
  const resolveReferences = (itemId: string, ids: string[]): ResolvedReference[] | null => {
    const resolved: ResolvedReference[] = [];
    let valid = true;
    for (const refId of ids) {
      const reference = knownReferences.get(refId);
      if (!reference) {
        problems.push({ file: STRUCTURE_FILE, item: itemId, field: 'references', message: `unknown reference "${refId}"` });
        valid = false;
        continue;
      }
      const label = {} as Record<Language, string>;
      for (const language of LANGUAGES) {
        const value = texts[language]?.references[refId];
        if (value === undefined) {
          problems.push({ file: localeFile(language), item: refId, field: 'references', message: 'missing label in this language' });
          valid = false;
        } else label[language] = value;
      }
      resolved.push({ id: refId, url: reference.url, label });
    }
    return valid ? resolved : null;
  };

  const resolveItem = (kind: 'act' | 'initiative', id: string, pictogram: string, referenceIds: string[]): ResolvedItem | null => {
    let valid = true;
    if (!pictograms.has(pictogram)) {
      problems.push({ file: STRUCTURE_FILE, item: id, field: 'pictogram', message: `no pictogram file "${pictogram}"` });
      valid = false;
    }
    const text = {} as Record<Language, ItemText>;
    for (const language of LANGUAGES) {
      const raw = texts[language]?.items[id];
      if (raw === undefined) {
        problems.push({ file: localeFile(language), item: id, field: 'items', message: 'missing in this language' });
        valid = false;
        continue;
      }
      const parsed = ItemTextSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...zodProblems(parsed.error, localeFile(language), id));
        valid = false;
        continue;
      }
      text[language] = parsed.data;
      const languageRules = rules[language];
      if (languageRules) {
        const easyProblems = checkEasyText(parsed.data.easy, languageRules, lexiconByLanguage[language]).map((problem) => ({ ...problem, field: `easy[${problem.line}]` }));
        const questionProblems = checkEasyText([parsed.data.question], languageRules, lexiconByLanguage[language]).map((problem) => ({ ...problem, field: 'question' }));
        for (const problem of [...easyProblems, ...questionProblems]) {
          problems.push({ file: localeFile(language), item: id, field: problem.field, message: `${problem.rule}: ${problem.message}` });
          valid = false;
        }
      }
    }
    const references = resolveReferences(id, referenceIds);
    if (!valid || references === null) return null;
    return { id, kind, pictogram, references, text };
  };

  const initiativesById = new Map(programme.initiatives.map((initiative) => [initiative.id, initiative]));
  const placed = new Set<string>();
  const acts: ResolvedAct[] = [];
  for (const act of programme.acts) {
    const resolved = resolveItem('act', act.id, act.pictogram, act.references);
    const initiatives: ResolvedItem[] = [];
    for (const initiativeId of act.initiatives) {
      const initiative = initiativesById.get(initiativeId);
      if (!initiative) {
        problems.push({ file: STRUCTURE_FILE, item: act.id, field: 'initiatives', message: `unknown initiative "${initiativeId}"` });
        continue;
      }
      placed.add(initiativeId);
      const item = resolveItem('initiative', initiative.id, initiative.pictogram, initiative.references);
      if (item) initiatives.push(item);
    }
    if (resolved) acts.push({ ...resolved, kind: 'act', initiatives });
  }
  for (const initiative of programme.initiatives) {
    if (!placed.has(initiative.id)) problems.push({ file: STRUCTURE_FILE, item: initiative.id, field: 'initiatives', message: 'not placed in any act' });
  }
  return { content: { acts, lexicon }, problems };
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.item}: ${problem.field}: ${problem.message}`;
}

export { findItem } from './page-content';
