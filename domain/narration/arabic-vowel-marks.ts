/**
 * Whether an Arabic word carries every mark a reader (and eSpeak NG, which guesses badly without them) needs to
 * say it one way only. The rule, letter by letter:
 * - a consonant (hamza seats أ إ ؤ ئ ء and ة included) carries a short vowel, a tanwīn or a sukūn; a shadda
 *   carries its vowel too, or the word would be read without its ending;
 * - a long-vowel letter may stay bare after its own short vowel: ا and ى after fatḥa, و after ḍamma, ي after
 *   kasra; ا also after a fatḥatān (the tanwīn's seat, كَثِيرًا) and after the plural wāw (يَعْمَلُوا); ٱ and آ
 *   are always read;
 * - a hamzat al-waṣl is silent inside a sentence, so its alif may stay bare: before a consonant with sukūn or
 *   shadda (اسْتِعْمَال، اتِّبَاع، الِانْدِمَاج), and as the article's alif at the start of the word or after
 *   clitics (وَ فَ بِ كَ لِ: وَبِالنِّسْبَةِ) before its lām;
 * - the article's lām before a sun letter is silent and the sun letter is doubled instead (الشَّمْس, لِلشَّبَاب):
 *   it stays bare when the next letter has a shadda;
 * - the word's last letter may stay bare before a pause (punctuation, or the end of the line): Arabic drops the
 *   case ending there. Anywhere else the ending is said, so it must be written.
 */
const ARABIC_LETTER = /[\u0621-\u064a\u0671]/u;
const MARK = /[\u064b-\u0655\u0670]/u;

const FATHA = '\u064e';
const DAMMA = '\u064f';
const KASRA = '\u0650';
const FATHATAN = '\u064b';
const SHADDA = '\u0651';
const SUKUN = '\u0652';
const DAGGER_ALIF = '\u0670';
const VOWEL = /[\u064b-\u0650]/u;
const CLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

interface Letter {
  letter: string;
  marks: string;
}

function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const char of word.normalize('NFC')) {
    if (ARABIC_LETTER.test(char)) letters.push({ letter: char, marks: '' });
    else if (MARK.test(char) && letters.length > 0) letters[letters.length - 1]!.marks += char;
  }
  return letters;
}

/** Whether only clitics, each with its vowel, come before this place in the word (وَبِ in وَبِالنِّسْبَةِ). */
function opensWord(letters: readonly Letter[], index: number): boolean {
  return letters.slice(0, index).every(({ letter, marks }) => CLITICS.has(letter) && /[\u064e\u0650]/u.test(marks));
}

function isMarked(letters: readonly Letter[], index: number, beforePause: boolean): boolean {
  const { letter, marks } = letters[index]!;
  const previous = letters[index - 1];
  const next = letters[index + 1];
  const last = index === letters.length - 1;
  if (marks.includes(SHADDA)) return VOWEL.test(marks) || (last && beforePause);
  if (VOWEL.test(marks) || marks.includes(SUKUN) || marks.includes(DAGGER_ALIF)) return true;
  if (last && beforePause) return true;
  const before = previous?.marks ?? '';
  switch (letter) {
    case 'ٱ':
    case 'آ':
      return true;
    case 'ا':
      if (before.includes(FATHA) || (last && before.includes(FATHATAN))) return true;
      if (last && previous?.letter === 'و' && (letters[index - 2]?.marks.includes(DAMMA) ?? false)) return true;
      if (next !== undefined && (next.marks.includes(SUKUN) || next.marks.includes(SHADDA))) return true;
      return opensWord(letters, index) && next?.letter === 'ل';
    case 'ى':
      return before.includes(FATHA) || before.includes(FATHATAN);
    case 'و':
      return before.includes(DAMMA);
    case 'ي':
      return before.includes(KASRA);
    case 'ل':
      return (next?.marks.includes(SHADDA) ?? false) && (previous?.letter === 'ا' || previous?.letter === 'ٱ' || previous?.letter === 'ل');
    default:
      return false;
  }
}

/** The letters of an Arabic word left without a mark they need (empty when the word is fully vowelled). */
export function bareLetters(word: string, beforePause: boolean): string[] {
  const letters = lettersOf(word);
  return letters.flatMap((letter, index) => (isMarked(letters, index, beforePause) ? [] : [letter.letter]));
}

export const isFullyVowelled = (word: string, beforePause: boolean) => bareLetters(word, beforePause).length === 0;
