/** Text helpers shared by the easy-to-read checker and the lexicon links. */

/** Typographic apostrophes and spaces are folded so that "l’ANLCI" and "l'ANLCI" match the same form. */
export function normalise(value: string): string {
  return value.replace(/[’ʼ]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

/**
 * A case-insensitive whole-word pattern for a word or phrase, in any script. Compiled once per phrase:
 * the easy-to-read checker asks for the same few hundred phrases on every line. Never global, so never stateful.
 */
export function wholeWordPattern(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(phrase))}(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(phrase, pattern);
  }
  return pattern;
}

const lowered = new Map<string, string>();
function lowerPhrase(phrase: string): string {
  let lower = lowered.get(phrase);
  if (lower === undefined) {
    lower = normalise(phrase).toLowerCase();
    lowered.set(phrase, lower);
  }
  return lower;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Every place where `phrase` stands as whole words in `lower` (both already lower-cased and normalised). */
export function* wholeWordIndexes(lower: string, phrase: string): Generator<number> {
  if (phrase.length === 0) return;
  for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
    const before = lower[at - 1] ?? '';
    const after = lower[at + phrase.length] ?? '';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) yield at;
  }
}

/**
 * A finder of whole words or phrases in one text, for asking about many phrases: the text is folded once, and
 * each phrase is looked up as a plain substring whose neighbours must not be letters or digits. No pattern is
 * compiled per phrase, so checking every text stays fast even the first time.
 */
export function phraseFinder(text: string): (phrase: string) => boolean {
  const lower = normalise(text).toLowerCase();
  return (phrase) => !wholeWordIndexes(lower, lowerPhrase(phrase)).next().done;
}

export function containsPhrase(text: string, phrase: string): boolean {
  return phraseFinder(text)(phrase);
}

export { lowerPhrase };
