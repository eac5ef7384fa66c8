/** Text helpers shared by the easy-to-read checker and the lexicon links. */

/** Typographic apostrophes and spaces are folded so that "l’ANLCI" and "l'ANLCI" match the same form. */
export function normalise(value: string): string {
  return value.replace(/[’ʼ]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A case-insensitive whole-word pattern for a word or phrase, in any script. */
export function wholeWordPattern(phrase: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(phrase))}(?![\\p{L}\\p{N}])`, flags);
}

export function containsPhrase(text: string, phrase: string): boolean {
  return wholeWordPattern(phrase).test(normalise(text));
}
