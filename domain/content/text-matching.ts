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

export function containsPhrase(text: string, phrase: string): boolean {
  const normalised = normalise(text);
  // A plain substring test first: most phrases are not in most lines, and it is far cheaper than the pattern.
  if (!normalised.toLowerCase().includes(normalise(phrase).toLowerCase())) return false;
  return wholeWordPattern(phrase).test(normalised);
}
