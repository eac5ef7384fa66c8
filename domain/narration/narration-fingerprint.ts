/**
 * What the page itself can check of a clip: which displayed lines its word timings point to. The manifest's
 * `shownHash` is the SHA-256 of this text; the voice pipeline writes it and the facilitator's content check
 * recomputes it to find clips made for another text. What the voice says after the pronunciation lexicon is
 * covered by `textHash`, which only `npm run voice` and the content check at build time can recompute.
 */
export const shownTextInput = (lines: readonly string[]): string => JSON.stringify(lines);
