import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PronunciationFileSchema, compilePronunciation, speakLine } from '../../domain/narration/pronunciation';
import { arabicForESpeak } from '../../scripts/voice/arabic-spelling';
import { ESpeakVoice } from '../../scripts/voice/espeak-engine';
import { pronunciationFile } from '../../scripts/pronunciation-sources';

const lexicon = compilePronunciation('ar', PronunciationFileSchema.parse(JSON.parse(readFileSync(pronunciationFile('ar'), 'utf8'))));
let voice: ESpeakVoice;
beforeAll(async () => {
  voice = await ESpeakVoice.open('ar', 135);
}, 30_000);
/** eSpeak NG's own IPA for what the pipeline sends it, without stress marks or separators. */
const phonemes = (text: string) => voice.phonemes(text).replace(/[_ˈˌ.]/g, '');
const spoken = (written: string) => arabicForESpeak([speakLine(written, lexicon).text])[0]!;

describe('Arabic as eSpeak NG reads it', () => {
  // Words from the spoken texts, the phonemes eSpeak NG gives for them as the kiosk sends them, and what it
  // guesses for the same words written without vowels.
  const samples: [string, string, string, string][] = [
    ['يُغَيِّر', 'juɣaijiːr', 'يغيّر', 'jɣiːr'],
    ['تَعْمَل', 'taʕmal', 'تعمل', 'taʕammul'],
    ['مِلْيُون', 'miljuːn', 'مليون', 'mallijjuːn'],
    ['بِالْمِئَة', 'bilmiʔah', 'بالمئة', 'bilmʔt'],
    ['تَجَمُّع', 'tadʒammuʕ', 'تجمّع', 'tdʒmmʕ'],
  ];
  it.each(samples)('%s is read %s (written %s, eSpeak guesses %s)', (vowelled, expected, written, guessed) => {
    expect(phonemes(spoken(vowelled))).toBe(expected);
    expect(phonemes(written)).toBe(guessed);
  });

  it('says a name written in Latin letters as the lexicon spells it', () => {
    expect(speakLine('مِنَصَّةُ NEET', lexicon).text).toBe('مِنَصَّةُ نِيتْ');
  });

  it('reads an opening hamzat al-waṣl as silent after a vowel, and as written after a pause', () => {
    expect(phonemes(arabicForESpeak(['عَلَى', 'اسْتِعْمَالِ', 'الْإِنْتَرْنِت']).join(' '))).toBe('ʕalaː stiʕmaːli lʔintarnit');
    expect(phonemes(arabicForESpeak(['مِنَ', 'الشُّعُوبِ']).join(' '))).toBe('minaʃ ʃuʕuːbi');
    expect(arabicForESpeak(['الْعَمَل،', 'الْعَمَلُ'])[1]).toBe('الْعَمَلُ');
  });

  it('puts the shadda before the vowel, spells doubled yā’ out, and silences the wasla after a clitic', () => {
    expect(arabicForESpeak(['الشَّبَاب'])[0]).toBe('الش\u0651\u064eبَاب');
    expect(arabicForESpeak(['سَيِّد'])[0]).toBe('سَيْيِد');
    expect(arabicForESpeak(['الْمَعْنِيِّين'])[0]).toBe('الْمَعْنِي\u0651\u0650ين');
    expect(phonemes(arabicForESpeak(['الْمَعْنِيِّين'])[0]!)).toBe('almaʕniːiːn');
    expect(arabicForESpeak(['بِالْمِئَة', 'وَالتَّكْوِين', 'لِلشَّبَاب'])).toEqual(['بِٱلْمِئَة', 'وَٱت\u0651\u064eكْوِين', 'لِلش\u0651\u064eبَاب']);
    expect(arabicForESpeak(['فِي', 'مَدِينَة.'])).toEqual(['فِي', 'مَدِينَهْ.']);
  });
});
