import { describe, expect, it } from 'vitest';
import { bareLetters, isFullyVowelled } from '../../domain/narration/arabic-vowel-marks';

describe('Arabic vowel marks', () => {
  it.each([
    ['يُغَيِّرُ', 'consonants with their vowels, a shadda with its vowel'],
    ['مِلْيُونَيْ', 'sukūn, and the diphthong ay'],
    ['فِي', 'yā’ after kasra'],
    ['يَقُولُونَ', 'wāw after ḍamma'],
    ['إِلَى', 'alif maqṣūra after fatḥa'],
    ['هٰذَا', 'dagger alif, alif after fatḥa'],
    ['كَثِيرًا', 'the alif that carries fatḥatān'],
    ['يَعْمَلُوا', 'the silent alif after the plural wāw'],
    ['الشَّبَابِ', 'the article before a sun letter'],
    ['لِلشَّبَابِ', 'the article after li-'],
    ['الْعَمَلِ', 'the article before a moon letter'],
    ['وَبِالنِّسْبَةِ', 'the article’s alif after two clitics'],
    ['اسْتِعْمَالِ', 'hamzat al-waṣl before sukūn'],
    ['الِانْدِمَاجِ', 'waṣl inside the word, after the article'],
    ['اتِّبَاعِ', 'waṣl before a doubled consonant'],
  ])('accepts %s inside a sentence (%s)', (word) => {
    expect(bareLetters(word, false)).toEqual([]);
  });

  it.each([
    ['الشَّبَاب', 'ب', 'a case ending dropped where no pause follows'],
    ['جَمْعِيَّة', 'ة', 'a tā’ marbūṭa without its vowel'],
    ['يُغَيّرُ', 'ي', 'a shadda without its vowel'],
    ['تَعمَلُ', 'ع', 'a consonant without a mark'],
    ['يَوم', 'و', 'a wāw after fatḥa is a diphthong and needs its sukūn'],
    ['مِائَةٌ', 'ا', 'a silent alif that is not a long vowel'],
    ['إيجَادُ', 'إ', 'a hamza seat without its vowel'],
  ])('rejects %s inside a sentence: %s is bare (%s)', (word, letter) => {
    expect(bareLetters(word, false)).toContain(letter);
  });

  it('lets the last letter stay bare before a pause only', () => {
    expect(isFullyVowelled('الشَّبَاب', true)).toBe(true);
    expect(isFullyVowelled('جَمْعِيَّة', true)).toBe(true);
    expect(isFullyVowelled('حَقّ', true)).toBe(true);
    expect(isFullyVowelled('حَقّ', false)).toBe(false);
    expect(isFullyVowelled('تَعمَل', true)).toBe(false);
  });

  it('reads مَنْ and مِنْ as written, never one for the other', () => {
    expect(isFullyVowelled('مَنْ', false)).toBe(true);
    expect(isFullyVowelled('من', false)).toBe(false);
  });
});
