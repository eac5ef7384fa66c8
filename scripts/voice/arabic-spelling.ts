/**
 * Spelling adjustments that make eSpeak NG read vowelled Arabic as written; each fixes a reading measured with
 * eSpeak's phoneme output (tests/unit/arabic-voice.test.ts). The lexicon keeps standard spelling; only the text
 * sent to the voice is changed.
 */
const VOWEL = '[\\u064b-\\u0650\\u0652]';

export function arabicForESpeak(words: readonly string[]): string[] {
  return words.map((word, index) => {
    let spelled = word.normalize('NFC');
    // eSpeak reads a shadda only when it comes before the vowel (Unicode order puts it after).
    spelled = spelled.replace(new RegExp(`(${VOWEL})\\u0651`, 'gu'), '\u0651$1');
    // A doubled yā' or wāw is read as a long vowel: spell the doubling out (يَّ → يْيَ), except before a long ī
    // (-iyyīn), which eSpeak reads better as written.
    spelled = spelled.replace(new RegExp(`([يو])\\u0651(${VOWEL})(?!ي)`, 'gu'), '$1\u0652$1$2');
    // After a clitic (بِ، لِ، وَ، فَ، كَ) the article's alif is silent (wasla): بِالْمِئَة is read bil-, not bi-aal-.
    spelled = spelled.replace(/^([بوفك][\u064e\u0650]?)ال(?=[\u0650\u0652])/u, '$1ٱل').replace(/^([بوفك][\u064e\u0650]?)ال(?=.\u0651)/u, '$1ٱ');
    // After a word ending in a vowel (no pause between), a word's opening hamzat al-waṣl is silent too: مِنَ الشُّعُوبِ
    // is mina š-šuʿūbi and عَلَى اسْتِعْمَالِ ʿala stiʿmāli, where eSpeak would say a glottal stop or a vowel.
    const previous = words[index - 1];
    if (previous !== undefined && !/[.,،؛:!?؟»)…]$/u.test(previous)) spelled = spelled.replace(/^ال(?=.\u0651)/u, 'ٱ').replace(/^ا(?=[\u0621-\u064a][\u0651\u0652])/u, 'ٱ');
    // Inside a word, a bare alif before a consonant with sukūn is a silent wasla too: الِاسْتِشَارَة is al-istishāra.
    spelled = spelled.replace(/(?<=[\u064e-\u0650])ا(?=[\u0621-\u064a]\u0652)/gu, 'ٱ');
    // A tā' marbūṭa that ends a phrase is said as in a pause (-ah), not -at.
    const next = words[index + 1];
    if (next === undefined || /[.,،؛:!?؟»)…]$/u.test(word)) spelled = spelled.replace(/ة([\u064b-\u0652]*)(?=[^\p{L}\u064b-\u0652]*$)/u, 'ه\u0652');
    return spelled;
  });
}
