/**
 * What the voice studio offers to record in a language, and how far each text is: the narration catalogue
 * grouped as a facilitator finds it (each act or initiative, the lexicon, the screens' labels), each line
 * marked synthesised, recorded, or recorded for words that have changed since ("to check").
 */
import type { RecordedText } from '../../../contract/recorded-voices';
import { SHOWN_FINGERPRINT_LENGTH } from '../../../contract/recorded-voices';
import type { Language } from '../../../contract/venue-config';
import type { Content } from '../../../domain/content/build-content';
import type { NarrationText } from '../../../domain/narration/narration-catalogue';
import { shownTextInput } from '../../../domain/narration/narration-fingerprint';
import { sha256Hex } from '../content/sha256-hex';

export type LineStatus = 'synthesised' | 'recorded' | 'to-check';

export interface StudioGroup {
  id: string;
  /** An item's title, or null for the lexicon and the screens' labels (named by the page's own texts). */
  title: string | null;
  kind: 'item' | 'lexicon' | 'labels';
  texts: NarrationText[];
}

/** The texts of a language, grouped: the programme's order first, then the lexicon, then every label. */
export function studioGroups(content: Content, catalogue: readonly NarrationText[], language: Language): StudioGroup[] {
  const texts = catalogue.filter((text) => text.language === language);
  const items = content.acts.flatMap((act) => [act, ...act.initiatives]);
  const groups: StudioGroup[] = items.map((item) => ({
    id: item.id,
    title: item.text[language].title,
    kind: 'item',
    texts: texts.filter((text) => text.key.startsWith(`item.${item.id}.`)),
  }));
  const grouped = new Set(groups.flatMap((group) => group.texts));
  const lexicon = texts.filter((text) => !grouped.has(text) && text.key.startsWith('lexicon.'));
  const labels = texts.filter((text) => !grouped.has(text) && !text.key.startsWith('lexicon.'));
  return [...groups, { id: 'lexicon', title: null, kind: 'lexicon', texts: lexicon }, { id: 'labels', title: null, kind: 'labels', texts: labels }];
}

export function lineStatus(text: NarrationText, recorded: RecordedText | undefined, line: number): LineStatus {
  const take = recorded?.lines[line];
  if (!take) return 'synthesised';
  return recorded.lines.length === text.lines.length && take.text === text.lines[line] ? 'recorded' : 'to-check';
}

/** Lines recorded for the words shown now, of all lines of the language. */
export function languageProgress(texts: readonly NarrationText[], recorded: ReadonlyMap<string, RecordedText>): { recorded: number; total: number } {
  let done = 0;
  let total = 0;
  for (const text of texts) {
    total += text.lines.length;
    text.lines.forEach((_, line) => {
      if (lineStatus(text, recorded.get(text.key), line) === 'recorded') done++;
    });
  }
  return { recorded: done, total };
}

export type TextStatus = 'synthesised' | 'partial' | 'recorded' | 'to-check';

/** A text is heard recorded only when its clip was made for the lines shown now (`shown`). */
export function textStatus(text: NarrationText, recorded: RecordedText | undefined, shown: string | undefined): TextStatus {
  if (!recorded) return 'synthesised';
  const lines = text.lines.map((_, line) => lineStatus(text, recorded, line));
  if (lines.includes('to-check') || (recorded.clip && recorded.clip.shown !== shown)) return 'to-check';
  return recorded.clip && lines.every((status) => status === 'recorded') ? 'recorded' : 'partial';
}

export async function shownFingerprint(lines: readonly string[]): Promise<string> {
  return (await sha256Hex(shownTextInput(lines))).slice(0, SHOWN_FINGERPRINT_LENGTH);
}
