/**
 * How far each text is in the voice studio (renderer/src/voice-studio/studio-texts.ts): a line is recorded only
 * for the words shown now; a text is heard recorded only when its clip was made for the lines shown now.
 */
import { describe, expect, it } from 'vitest';
import type { RecordedText } from '../../contract/recorded-voices';
import type { NarrationText } from '../../domain/narration/narration-catalogue';
import { languageProgress, lineStatus, textStatus } from '../../renderer/src/voice-studio/studio-texts';

const ogg = Uint8Array.from([0x4f, 0x67, 0x67, 0x53, ...new Array(60).fill(0)]);
const text = (lines: string[]): NarrationText => ({ key: 'item.cep.easy' as NarrationText['key'], language: 'fr', level: 'easy', lines, spokenLines: lines });
const take = (line: string) => ({ text: line, audio: ogg, duration: 1, words: [] });
const recorded = (lines: (string | null)[], clipFor: string | null): RecordedText => ({
  language: 'fr',
  key: 'item.cep.easy',
  lines: lines.map((line) => (line === null ? null : take(line))),
  clip: clipFor === null ? null : { audio: ogg, words: [], duration: 2, shown: clipFor },
});

describe('the studio’s statuses', () => {
  const shown = text(['Une ligne.', 'Une autre.']);

  it('marks a line recorded for the words shown, to check for other words, synthesised without a take', () => {
    const partial = recorded(['Une ligne.', null], null);
    expect(shown.lines.map((_, line) => lineStatus(shown, partial, line))).toEqual(['recorded', 'synthesised']);
    const changed = recorded(['Une ligne.', 'Un autre texte.'], null);
    expect(lineStatus(shown, changed, 1)).toBe('to-check');
    expect(lineStatus(shown, undefined, 0)).toBe('synthesised');
  });

  it('says a text is heard recorded only when every line is kept and its clip was made for the lines shown now', () => {
    expect(textStatus(shown, undefined, 'aaaaaaaaaaaaaaaa')).toBe('synthesised');
    expect(textStatus(shown, recorded(['Une ligne.', null], null), 'aaaaaaaaaaaaaaaa')).toBe('partial');
    expect(textStatus(shown, recorded(['Une ligne.', 'Une autre.'], 'aaaaaaaaaaaaaaaa'), 'aaaaaaaaaaaaaaaa')).toBe('recorded');
    // The build's text changed since the clip was made: never played, to check.
    expect(textStatus(shown, recorded(['Une ligne.', 'Une autre.'], 'aaaaaaaaaaaaaaaa'), 'bbbbbbbbbbbbbbbb')).toBe('to-check');
    expect(textStatus(shown, recorded(['Une ligne.', 'Un autre texte.'], null), 'aaaaaaaaaaaaaaaa')).toBe('to-check');
  });

  it('counts the lines recorded for the words shown, of every line of the language', () => {
    const other = { ...text(['Seule ligne.']), key: 'item.cep.title' as NarrationText['key'] };
    const recordings = new Map([
      ['item.cep.easy', recorded(['Une ligne.', 'Un autre texte.'], null)],
      ['item.cep.title', { ...recorded(['Seule ligne.'], null), key: 'item.cep.title' }],
    ]);
    expect(languageProgress([shown, other], recordings)).toEqual({ recorded: 2, total: 3 });
  });
});
