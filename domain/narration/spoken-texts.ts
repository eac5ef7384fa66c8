/**
 * What the voice says, written out line by line beside what the screen shows (locales/ar/spoken.json): Arabic
 * is read correctly only when fully vowelled in its sentence (مَنْ "who" or مِنْ "from", the case endings, numbers
 * as words with their gender and case), which no per-word lexicon can do. Each entry keeps the displayed lines it
 * was written for, so editing a displayed text without its spoken form is caught instead of spoken stale. Pure.
 */
import { z } from 'zod';
import type { ContentProblem } from '../content/build-content';
import type { Language } from '../languages';
import type { NarrationText } from './narration-catalogue';

const line = z.string().trim().min(1, 'a line must not be empty');

export const SpokenTextSchema = z
  .object({
    /** The displayed lines the spoken lines were written for. */
    shown: z.array(line).min(1),
    /** What the voice says, one line for each displayed line. */
    spoken: z.array(line).min(1),
  })
  .strict()
  .refine((entry) => entry.spoken.length === entry.shown.length, { message: 'needs one spoken line for each displayed line', path: ['spoken'] });

export const SpokenTextsFileSchema = z
  .object({
    /** Free text for the people who edit the file. */
    note: z.string().optional(),
    /** By narration clip key. */
    texts: z.record(z.string(), SpokenTextSchema),
  })
  .strict();
export type SpokenTextsFile = z.infer<typeof SpokenTextsFileSchema>;

/** The languages whose every spoken text is written out in a spoken file. */
export const WRITTEN_OUT_LANGUAGES: readonly Language[] = ['ar'];

export const spokenTextsFile = (language: Language) => `locales/${language}/spoken.json`;

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value.normalize('NFC') === b[index]!.normalize('NFC'));

/**
 * The catalogue with the language's spoken lines taken from its spoken file, and a problem for every text without
 * an entry, every entry written for other displayed lines, and every entry no text has any more. A text whose
 * entry is missing or stale keeps its former spoken lines; the problems stop the build from using them.
 */
export function applySpokenTexts(catalogue: readonly NarrationText[], language: Language, source: unknown): { catalogue: NarrationText[]; problems: ContentProblem[] } {
  const file = spokenTextsFile(language);
  const parsed = SpokenTextsFileSchema.safeParse(source);
  if (!parsed.success) {
    return {
      catalogue: [...catalogue],
      problems: parsed.error.issues.map((issue) => ({ file, item: String(issue.path[1] ?? '(whole)'), field: issue.path.slice(2).map(String).join('.') || '(whole)', message: issue.message })),
    };
  }
  const entries = parsed.data.texts;
  const problems: ContentProblem[] = [];
  const used = new Set<string>();
  const applied = catalogue.map((text) => {
    if (text.language !== language) return text;
    used.add(text.key);
    const entry = entries[text.key];
    if (!entry) {
      problems.push({ file, item: text.key, field: '(whole)', message: `no spoken form: add { "shown": ${JSON.stringify(text.lines)}, "spoken": [the same, fully vowelled] }` });
      return text;
    }
    if (!sameLines(entry.shown, text.lines)) {
      problems.push({ file, item: text.key, field: 'shown', message: `written for other displayed lines; the text now shows ${JSON.stringify(text.lines)}: update "shown" and the spoken lines with it` });
      return text;
    }
    return { ...text, spokenLines: [...entry.spoken] };
  });
  for (const key of Object.keys(entries)) if (!used.has(key)) problems.push({ file, item: key, field: '(whole)', message: 'no text has this key any more: remove the entry' });
  return { catalogue: applied, problems };
}
