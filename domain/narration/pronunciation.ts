/**
 * The pronunciation lexicon of a language (locales/<lang>/pronunciation.json): how the voice must say a written
 * word or phrase ("W@lter" → "Walter", "ANLCI" → "A N L C I", "تعمل" → "تَعْمَلُ"). Applied to every spoken
 * text; the screen keeps the written form. Pure: used by the content check, the voice pipeline and the tests.
 */
import { z } from 'zod';
import type { Language } from '../languages';
import { wordsOf } from '../content/line-segments';
import { isFullyVowelled } from './arabic-vowel-marks';

export const PronunciationFileSchema = z
  .object({
    /** Free text for the people who edit the file. */
    note: z.string().optional(),
    /**
     * Written word or phrase → what the voice says. Apostrophes ’ and ' are the same; a written form with a small
     * letter matches whatever its case ("Mission locale" as "Mission Locale"), an all-capitals one (an acronym:
     * "CEP", never the word "cep") only as written.
     */
    words: z.record(z.string().trim().min(1, 'a written form must not be empty'), z.string().trim().min(1, 'a spoken form must not be empty')),
  })
  .strict();
export type PronunciationFile = z.infer<typeof PronunciationFileSchema>;

export interface Pronunciation {
  language: Language;
  /** Normalised written form → spoken form. */
  exact: ReadonlyMap<string, string>;
  /** The written forms with a small letter, lower-cased: they match whatever the case of the text. */
  folded: ReadonlyMap<string, string>;
  /** Arabic only: the same, keyed by the written form without its vowel marks. */
  unmarked: ReadonlyMap<string, string>;
  /** Most words in one written phrase. */
  longestPhrase: number;
}

/** A spoken word and the displayed words (indices into the line's words) it stands for. */
export interface SpokenWord {
  text: string;
  from: number;
  to: number;
}

export interface SpokenLine {
  text: string;
  words: SpokenWord[];
}

/** Arabic vowel and reading marks (harakāt, shadda, sukūn, dagger alif, madda, hamza marks). */
export const ARABIC_MARKS = /[\u064b-\u0655\u0670]/gu;

const HAS_ARABIC_MARK = /[\u064b-\u0655\u0670]/u;

const normaliseKey = (value: string) => value.replace(/[’ʼ]/g, "'").replace(/[\u00a0\u202f]/g, ' ').replace(/\u0640/g, '').normalize('NFC');
const unmark = (value: string) => normaliseKey(value).replace(ARABIC_MARKS, '');
const fold = (value: string) => normaliseKey(value).toLowerCase();

export function compilePronunciation(language: Language, file: PronunciationFile): Pronunciation {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  const unmarked = new Map<string, string>();
  let longestPhrase = 1;
  for (const [written, spoken] of Object.entries(file.words)) {
    exact.set(normaliseKey(written), spoken);
    if (/\p{Ll}/u.test(written) && !folded.has(fold(written))) folded.set(fold(written), spoken);
    if (language === 'ar' && !unmarked.has(unmark(written))) unmarked.set(unmark(written), spoken);
    longestPhrase = Math.max(longestPhrase, written.trim().split(/\s+/).length);
  }
  return { language, exact, folded, unmarked, longestPhrase };
}

export const EMPTY_PRONUNCIATION = (language: Language): Pronunciation => ({ language, exact: new Map(), folded: new Map(), unmarked: new Map(), longestPhrase: 1 });

const LEADING = /^[«»"“”„‘([¡¿]+/u;
const TRAILING = /[«»"“”),.;:!?؟،؛…\]]+$/u;

interface Token {
  lead: string;
  core: string;
  trail: string;
}

export function splitToken(word: string): Token {
  const lead = LEADING.exec(word)?.[0] ?? '';
  const rest = word.slice(lead.length);
  const trail = TRAILING.exec(rest)?.[0] ?? '';
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

/** An Arabic word written with vowel marks is said as written: only a bare word takes the lexicon's unmarked entry. */
function lookup(pronunciation: Pronunciation, written: string): string | undefined {
  if (written.length === 0) return undefined;
  const exact = pronunciation.exact.get(normaliseKey(written)) ?? pronunciation.folded.get(fold(written));
  if (exact !== undefined || pronunciation.language !== 'ar' || HAS_ARABIC_MARK.test(written)) return exact;
  return pronunciation.unmarked.get(unmark(written));
}

/** The lexicon entry for a written core, trying "éd." before "éd" when a dot follows. */
function lookupCore(pronunciation: Pronunciation, core: string, trail: string): { spoken: string; trail: string } | undefined {
  if (trail.startsWith('.')) {
    const dotted = lookup(pronunciation, `${core}.`);
    if (dotted !== undefined) return { spoken: dotted, trail: trail.slice(1) };
  }
  const spoken = lookup(pronunciation, core);
  return spoken === undefined ? undefined : { spoken, trail };
}

/** French elision ("l’ANLCI", "qu’ANLCI"): the word after the apostrophe is looked up on its own. */
const ELISION = /^((?:\p{L}|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’])(.+)$/u;
const DIGIT_GROUP = /^\d{3}$/;

/**
 * Applies the lexicon to one line: the longest written phrase wins, then single words, then the word after an
 * elision; groups of digits written with spaces ("2 500 000") become one number. Every spoken word keeps the
 * displayed words it stands for, so word timings map back exactly.
 */
export function speakLine(line: string, pronunciation: Pronunciation): SpokenLine {
  const shown = wordsOf(line);
  const tokens = shown.map(splitToken);
  const words: SpokenWord[] = [];
  const emit = (text: string, from: number, to: number) => {
    for (const word of wordsOf(text)) words.push({ text: word, from, to });
  };
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    let done = false;
    for (let length = Math.min(pronunciation.longestPhrase, tokens.length - i); length >= 2 && !done; length--) {
      const last = tokens[i + length - 1]!;
      const inner = shown.slice(i + 1, i + length - 1);
      const written = [first.core + first.trail, ...inner, last.lead + last.core].join(' ');
      const found = lookupCore(pronunciation, written, last.trail);
      if (found) {
        emit(`${first.lead}${found.spoken}${found.trail}`, i, i + length - 1);
        i += length;
        done = true;
      }
    }
    if (done) continue;
    const single = lookupCore(pronunciation, first.core, first.trail);
    if (single) {
      emit(`${first.lead}${single.spoken}${single.trail}`, i, i);
      i++;
      continue;
    }
    const elision = ELISION.exec(first.core);
    const elided = elision ? lookupCore(pronunciation, elision[2]!, first.trail) : undefined;
    if (elision && elided) {
      emit(`${first.lead}${elision[1]}${elided.spoken}${elided.trail}`, i, i);
      i++;
      continue;
    }
    if (/^\d{1,3}$/.test(first.core) && !first.trail) {
      let end = i;
      while (end + 1 < tokens.length && DIGIT_GROUP.test(tokens[end + 1]!.core) && !tokens[end + 1]!.lead && !tokens[end]!.trail) end++;
      if (end > i) {
        emit(`${first.lead}${tokens.slice(i, end + 1).map((token) => token.core).join('')}${tokens[end]!.trail}`, i, end);
        i = end + 1;
        continue;
      }
    }
    emit(shown[i]!, i, i);
    i++;
  }
  return { text: words.map((word) => word.text).join(' '), words };
}

export type ManglingKind =
  | 'URL'
  | '@'
  | '/'
  | 'decimal number'
  | 'letters and digits'
  | 'acronym'
  | 'capital inside a word'
  | 'abbreviation with a dot'
  | 'number abbreviation'
  | 'Latin letters in Arabic'
  | 'Arabic without vowels'
  | 'digits in Arabic';

export interface MangledToken {
  token: string;
  kind: ManglingKind;
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671]/u;

/** Punctuation after which (or an opening bracket before which) a reader pauses, so a word's case ending may be dropped. */
const PAUSE = /[.,;:!?؟،؛…»)]/u;

const URL_PATTERN = /^(https?:\/\/|www\.)|\.(fr|com|org|net|eu|pt|es|info|gouv)(\/|$)/iu;

/** The tokens of a spoken text that a voice would mangle, with the reason. */
export function mangledTokens(spoken: string, language: Language): MangledToken[] {
  const found: MangledToken[] = [];
  const words = wordsOf(spoken);
  words.forEach((word, index) => {
    const { core, trail } = splitToken(word);
    const bare = ELISION.exec(core)?.[2] ?? core;
    const next = words[index + 1];
    const add = (kind: ManglingKind) =>
      found.push({ token: kind === 'acronym' || kind === 'capital inside a word' ? bare : core + (kind === 'abbreviation with a dot' && trail.startsWith('.') ? '.' : ''), kind });
    if (core.length === 0) return;
    if (URL_PATTERN.test(core)) add('URL');
    else if (core.includes('@')) add('@');
    else if (core.includes('/')) add('/');
    else if (/\d[.,٫]\d/u.test(core)) add('decimal number');
    else if (/\p{L}\p{N}|\p{N}\p{L}/u.test(core)) add('letters and digits');
    else if (/\p{Lu}{2,}/u.test(bare)) add('acronym');
    else if (/\p{Ll}\p{Lu}/u.test(bare)) add('capital inside a word');
    else if (/\p{L}\.\p{L}/u.test(core) || (/^\p{L}{1,4}$/u.test(core) && /^\.[),;:]/u.test(trail)) || (/^\p{Lu}$/u.test(core) && trail === '.' && next !== undefined && /^\p{Lu}/u.test(next)) || (/^\p{L}{1,4}$/u.test(core) && trail === '.' && next !== undefined && /^[\p{Ll}(]/u.test(next)))
      add('abbreviation with a dot');
    else if (/^[Nn][o°º]$/u.test(core) && next !== undefined && /^\d/.test(next)) add('number abbreviation');
    if (language === 'ar') {
      if (/\p{Script=Latin}/u.test(core) && !found.some((f) => f.token === core)) add('Latin letters in Arabic');
      else if (ARABIC_LETTER.test(core) && !isFullyVowelled(core, next === undefined || PAUSE.test(trail) || next.startsWith('('))) add('Arabic without vowels');
      else if (/\p{N}/u.test(core)) add('digits in Arabic');
    }
  });
  return found;
}
