/**
 * The content check of what the voice says: every spoken text, after its language's pronunciation lexicon,
 * must hold no token a voice would mangle; Arabic must be in Arabic script only and fully vowelled.
 */
import type { ContentProblem } from '../content/build-content';
import { LANGUAGES, perLanguage, type Language } from '../languages';
import type { NarrationText } from './narration-catalogue';
import { spokenTextsFile, WRITTEN_OUT_LANGUAGES } from './spoken-texts';
import { EMPTY_PRONUNCIATION, PronunciationFileSchema, compilePronunciation, mangledTokens, speakLine, type ManglingKind, type Pronunciation } from './pronunciation';

export interface PronunciationSourceNames {
  locale: (language: Language) => string;
  ui: (language: Language) => string;
  pronunciation: (language: Language) => string;
}

/** Reads each language's lexicon; an invalid file is reported and counts as empty. */
export function loadPronunciations(files: Record<Language, unknown>, names: PronunciationSourceNames): { lexicons: Record<Language, Pronunciation>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const lexicons = perLanguage((language) => {
    const parsed = PronunciationFileSchema.safeParse(files[language]);
    if (parsed.success) return compilePronunciation(language, parsed.data);
    for (const issue of parsed.error.issues) {
      problems.push({ file: names.pronunciation(language), item: '(lexicon)', field: issue.path.map(String).join('.') || '(whole)', message: issue.message });
    }
    return EMPTY_PRONUNCIATION(language);
  });
  return { lexicons, problems };
}

/** Where a narration text comes from: its file, item and field. */
function origin(text: NarrationText, line: number, lines: number, names: PronunciationSourceNames): Omit<ContentProblem, 'message'> {
  const [kind, ...rest] = text.key.split('.');
  const at = lines > 1 ? `[${line}]` : '';
  if (kind === 'item') return { file: names.locale(text.language), item: rest.slice(0, -1).join('.'), field: `${rest.at(-1)}${at}` };
  if (kind === 'lexicon') return { file: names.locale(text.language), item: rest[0] ?? '', field: `lexicon.${rest[1]}${at}` };
  if (kind === 'reference') return { file: names.locale(text.language), item: rest.join('.'), field: 'references' };
  return { file: names.ui(text.language), item: '(ui)', field: `${rest.join('.')}${at}` };
}

export interface UncoveredToken {
  language: Language;
  token: string;
  kind: ManglingKind;
  /** Narration keys that say it. */
  keys: string[];
}

/** Every token a voice would mangle that the lexicon leaves uncovered, once per language and token. */
export function uncoveredTokens(catalogue: readonly NarrationText[], lexicons: Record<Language, Pronunciation>): UncoveredToken[] {
  const found = new Map<string, UncoveredToken>();
  for (const text of catalogue) {
    for (const line of text.spokenLines) {
      for (const { token, kind } of mangledTokens(speakLine(line, lexicons[text.language]).text, text.language)) {
        const id = `${text.language}\u0000${token}`;
        const entry = found.get(id) ?? { language: text.language, token, kind, keys: [] };
        if (!entry.keys.includes(text.key)) entry.keys.push(text.key);
        found.set(id, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language) || a.token.localeCompare(b.token));
}

/** What a spoken file fixes, not the lexicon: vowels in their sentence, numbers as words. */
const WRITTEN_OUT_KINDS: ReadonlySet<ManglingKind> = new Set(['Arabic without vowels', 'digits in Arabic']);

/** One problem per text, line and token: the file, item and field, and the token with its reason. */
export function pronunciationProblems(catalogue: readonly NarrationText[], lexicons: Record<Language, Pronunciation>, names: PronunciationSourceNames): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const text of catalogue) {
    text.spokenLines.forEach((line, index) => {
      const seen = new Set<string>();
      for (const { token, kind } of mangledTokens(speakLine(line, lexicons[text.language]).text, text.language)) {
        if (seen.has(token)) continue;
        seen.add(token);
        const writtenOut = WRITTEN_OUT_KINDS.has(kind) && WRITTEN_OUT_LANGUAGES.includes(text.language);
        const where = writtenOut ? { file: spokenTextsFile(text.language), item: text.key, field: `spoken[${index}]` } : origin(text, index, text.spokenLines.length, names);
        problems.push({ ...where, message: `the voice would mangle "${token}" (${kind}): ${writtenOut ? 'vowel it in its sentence, numbers as words' : `add it to ${names.pronunciation(text.language)}`}` });
      }
    });
  }
  return problems;
}
