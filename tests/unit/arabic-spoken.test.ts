import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipKey } from '../../domain/narration/clip-keys';
import type { NarrationText } from '../../domain/narration/narration-catalogue';
import { bareLetters } from '../../domain/narration/arabic-vowel-marks';
import { speakLine, splitToken } from '../../domain/narration/pronunciation';
import { applySpokenTexts } from '../../domain/narration/spoken-texts';
import { wordsOf } from '../../domain/content/line-segments';
import { readPronunciations } from '../../scripts/pronunciation-sources';
import { arabicForESpeak } from '../../scripts/voice/arabic-spelling';
import { ESpeakVoice } from '../../scripts/voice/espeak-engine';
import { voiceLines } from '../../scripts/voice/narrate';
import { checkedNarrationCatalogue } from '../../scripts/voice/narration-sources';

const { catalogue, spokenProblems } = checkedNarrationCatalogue();
const arabic = catalogue.filter((text) => text.language === 'ar');
const lexicon = readPronunciations().lexicons.ar;

describe('the Arabic spoken file', () => {
  it('has a current entry for every Arabic text, and none for a text that is gone', () => {
    expect(spokenProblems).toEqual([]);
    expect(arabic.length).toBeGreaterThan(300);
  });

  const text = (key: string, lines: string[]): NarrationText => ({ key: key as ClipKey, language: 'ar', level: 'label', lines, spokenLines: lines });
  it('reports a text without an entry, an entry written for other displayed lines, a line missing, and an entry of no text', () => {
    const file = {
      texts: {
        'ui.b': { shown: ['قديم'], spoken: ['قَدِيم'] },
        'ui.c': { shown: ['سطر', 'سطر آخر'], spoken: ['سَطْر'] },
        'ui.gone': { shown: ['كلمة'], spoken: ['كَلِمَة'] },
      },
    };
    const invalid = applySpokenTexts([text('ui.a', ['نص'])], 'ar', file);
    expect(invalid.problems.map((p) => `${p.item}: ${p.field}: ${p.message}`)).toEqual(['ui.c: spoken: needs one spoken line for each displayed line']);
    const parsed = applySpokenTexts([text('ui.a', ['نص']), text('ui.b', ['جديد'])], 'ar', { texts: { 'ui.b': file.texts['ui.b'], 'ui.gone': file.texts['ui.gone'] } });
    expect(parsed.problems.map((p) => `${p.item}: ${p.field}`)).toEqual(['ui.a: (whole)', 'ui.b: shown', 'ui.gone: (whole)']);
    expect(parsed.catalogue[1]!.spokenLines).toEqual(['جديد']);
  });

  it('marks every letter of every Arabic word the voice says, leaving a case ending out only before a pause', () => {
    const bare: string[] = [];
    for (const { key, spokenLines } of arabic) {
      for (const line of spokenLines) {
        const words = wordsOf(speakLine(line, lexicon).text);
        words.forEach((word, index) => {
          const { core, trail } = splitToken(word);
          const next = words[index + 1];
          const letters = bareLetters(core, next === undefined || /[.,;:!?؟،؛…»)]/u.test(trail) || next.startsWith('('));
          if (letters.length > 0) bare.push(`${key}: ${core} (${letters.join(' ')})`);
        });
      }
    }
    expect(bare).toEqual([]);
  });

  it('times every displayed word: each spoken word stands for displayed words of its own line, in order', () => {
    for (const text of arabic) {
      voiceLines(text, lexicon).forEach((words, line) => {
        const shown = wordsOf(text.lines[line]!).length;
        let previous = 0;
        for (const word of words) {
          expect(word.from, `${text.key}[${line}] ${word.text}`).toBeGreaterThanOrEqual(previous);
          expect(word.to, `${text.key}[${line}] ${word.text}`).toBeLessThan(shown);
          previous = word.from;
        }
      });
    }
  });
});

describe('Arabic in its sentence, as eSpeak NG says it', () => {
  let voice: ESpeakVoice;
  beforeAll(async () => {
    voice = await ESpeakVoice.open('ar', 135);
  }, 30_000);

  /** The phonemes eSpeak NG gives for a phrase of a spoken line, spelled as the pipeline sends the whole line. */
  function phonemesOf(key: string, phrase: string): string {
    const text = arabic.find((candidate) => candidate.key === key);
    const line = text?.spokenLines.find((candidate) => candidate.includes(phrase));
    if (!line) throw new Error(`${key} says no "${phrase}"`);
    const words = wordsOf(speakLine(line, lexicon).text);
    const length = wordsOf(phrase).length;
    const start = words.findIndex((_, index) => words.slice(index, index + length).join(' ').includes(phrase));
    return voice.phonemes(arabicForESpeak(words).slice(start, start + length).join(' ')).replace(/[_ˈˌ.]/g, '');
  }

  // [clip, phrase of its spoken line, what eSpeak NG must say, what the per-word lexicon made it say]
  const samples: [string, string, string, string][] = [
    ['item.anlci.question', 'مَنْ يُسَاعِدُكُمْ', 'man jusaːʕidukum', 'min'],
    ['ui.controls.presenter', 'مَنْ يُقَدِّمُ', 'man juqadːimu', 'min'],
    ['item.act-2.presenter', 'اسْمَ مَنْ يُقَدِّمُ', 'man juqadːimu', 'min'],
    ['item.wetechcare.full', 'مِنْ قِبَلِ الشَّبَابِ', 'min qibali', 'qabla'],
    ['item.act-2.full', 'مَثَلٌ مِنَ', 'maθalun', 'miθl'],
    ['item.act-3.full', 'مَوْقِفَ الْمُرَافِق', 'muraːfiq', 'muraːfaq'],
    ['item.act-4.full', 'يَرَوْنَ أَنَّ', 'ʔanna', 'ʔan '],
    ['item.soulet-typologie.easy', 'فِي رَأْيِه', 'raʔji', 'raʔju'],
    ['item.act-4.easy', 'تَغْيِيرِ حَيَاتِهِم', 'ħaiaːtihim', 'ħaiaːtahum'],
    ['item.act-3.full', 'يُمَكِّنُ الشَّخْصَ', 'jumakːinu', 'jumkin'],
    ['item.soulet-conference.full', 'عِدَّةِ كُتُب', 'kutub', 'katab'],
    ['item.act-4.easy', 'طَرَحَ اسْتِطْلَاعُ', 't̪araħa', 't̪arħ'],
    ['lexicon.sondage.explanation', 'الْأَسْئِلَةَ نَفْسَهَا', 'nafsahaː', 'nafsuhaː'],
    ['item.wetechcare.easy', 'حَوَالَيْ مِلْيُونَيْ شَابٍّ', 'miljuːnai ʃaːbːin', 'miljuːnaːn'],
    ['item.wetechcare.full', 'قُرَابَةَ مِلْيُونَيْ', 'miljuːnai', 'miljuːnaːn'],
    ['item.plateforme-neet.easy', 'حَوَالَيْ مِلْيُونَيْن', 'miljuːnain', 'miljuːnaːn'],
    ['item.anlci.easy', 'مِلْيُونَانِ وَنِصْفُ مِلْيُونِ', 'miljuːnaːni wanis̪fu miljuːni', 'ʔakθar'],
    ['item.fongecif-bourgogne.easy', 'خَمْسُ هَيْئَاتٍ', 'χamsu haiʔaːtin', 'χamsa'],
    ['item.soulet-typologie.easy', 'ثَلَاثَ طُرُقٍ', 'θalaːθa t̪uruqin', 'θalaːθat'],
    ['item.comcep.easy', 'ثَلَاثُ مَنَاطِقَ', 'θalaːθu manaːt̪iqa', 'θalaːθat'],
    ['item.fing-digiwork.easy', 'سِتَّ عَشْرَةَ سَنَة', 'sitːa ʕaʃrata', 'sitːata'],
  ];
  it.each(samples)('%s: %s is read %s (not %s)', (key, phrase, expected, wrong) => {
    const said = phonemesOf(key, phrase);
    expect(said).toContain(expected);
    expect(said).not.toContain(wrong);
  });
});
