/** What a reviewer's verdict is tied to: the fingerprint of the line's text. */
import { createHash } from 'node:crypto';
import { lineId } from '../domain/content/review-verdicts';
import type { ReviewLine } from '../domain/content/review-lines';

/**
 * SHA-256 of the text with Unicode forms and spacing made uniform, so that re-saving a file does not count as a
 * change but any change of words does; 12 hex digits, short enough to type from a printed sheet.
 */
export function fingerprintLine(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** A reviewed line's fingerprint: of its text, and of what the voice says where that is reviewed with it. */
export const fingerprintReviewLine = ({ text, spoken }: Pick<ReviewLine, 'text' | 'spoken'>) => fingerprintLine(spoken === undefined ? text : `${text}\n${spoken}`);

/** The fingerprint of each line, by `key#line`. */
export function fingerprintLines(lines: readonly ReviewLine[]): Map<string, string> {
  return new Map(lines.map((reviewed) => [lineId(reviewed.key, reviewed.line), fingerprintReviewLine(reviewed)]));
}
