import type { ClipKey } from '../../domain/narration/clip-keys';
import { describe, expect, it } from 'vitest';
import { compilePronunciation, mangledTokens, speakLine, type ManglingKind } from '../../domain/narration/pronunciation';
import { loadPronunciations, pronunciationProblems, uncoveredTokens } from '../../domain/narration/pronunciation-check';
import type { NarrationText } from '../../domain/narration/narration-catalogue';
import { perLanguage } from '../../domain/languages';
import { PRONUNCIATION_NAMES, checkPronunciation } from '../../scripts/pronunciation-sources';

const fr = compilePronunciation('fr', {
  words: { 'W@lter': 'Walter', ANLCI: 'A N L C I', 'no 23': 'numéro 23', 'éd.': 'éditeur', 'M.H': 'Marc-Henry', '1,9': '1 virgule 9', 'BIP/ZIP': 'Bip Zip', 'CAP EMPLOI': 'Cap Emploi' },
});
const kinds = (text: string, language: 'fr' | 'ar' = 'fr') => mangledTokens(text, language).map(({ token, kind }) => `${kind}: ${token}`);

describe('tokens a voice would mangle', () => {
  const samples: [ManglingKind, string, string][] = [
    ['acronym', 'La démarche de l’ANLCI est claire.', 'ANLCI'],
    ['acronym', 'Près de 2 millions de NEET.', 'NEET'],
    ['capital inside a word', 'L’association WeTechCare aide.', 'WeTechCare'],
    ['letters and digits', 'Près de 2M de jeunes.', '2M'],
    ['@', 'La plateforme W@lter des MFR.', 'W@lter'],
    ['/', 'Le projet BIP/ZIP à Lisbonne.', 'BIP/ZIP'],
    ['URL', 'Voir www.anlci.gouv.fr pour lire.', 'www.anlci.gouv.fr'],
    ['URL', 'Voir https://example.org/page.', 'https://example.org/page'],
    ['abbreviation with a dot', 'in Soulet M.H (éd.), Les Nouveaux visages', 'M.H'],
    ['abbreviation with a dot', 'in Soulet (éd.), Les Nouveaux visages', 'éd.'],
    ['abbreviation with a dot', 'Matthew B. Crawford écrit.', 'B.'],
    ['decimal number', 'En France, ils seraient 1,9 millions.', '1,9'],
    ['decimal number', 'There would be 1.9 million.', '1.9'],
    ['number abbreviation', 'Les grands dossiers, no 23 2011', 'no'],
  ];
  it.each(samples)('flags a %s: %s', (kind, text, token) => {
    expect(kinds(text)).toContain(`${kind}: ${token}`);
  });

  it('leaves ordinary text, integers, years and sentence ends alone', () => {
    expect(kinds('Le 5 mars 2014, 47 pour cent des Français ont changé de vie. Il a 2 500 000 lecteurs.')).toEqual([]);
    expect(kinds('À Lisbonne, le Pac aide. C’est fini.')).toEqual([]);
  });

  it('flags Latin letters and missing vowels in Arabic, and accepts fully vowelled Arabic', () => {
    expect(kinds('تجمّع كيلفوا مع Fing', 'ar')).toEqual(['Arabic without vowels: تجمّع', 'Arabic without vowels: كيلفوا', 'Arabic without vowels: مع', 'Latin letters in Arabic: Fing']);
    expect(kinds('يُسَاعِدُ الشَّبَابَ فِي سُوقِ الْعَمَل، سَبْعَةٌ وَأَرْبَعُونَ بِالْمِئَة.', 'ar')).toEqual([]);
    // A case ending may be dropped before a pause only.
    expect(kinds('يُسَاعِدُ الشَّبَاب فِي سُوقِ الْعَمَلِ.', 'ar')).toEqual(['Arabic without vowels: الشَّبَاب']);
    expect(kinds('الْفَصْلُ 1.', 'ar')).toEqual(['digits in Arabic: 1']);
  });
});

describe('applying the lexicon', () => {
  it('replaces words, phrases, abbreviations and elided words, and keeps punctuation', () => {
    expect(speakLine('La plateforme W@lter de l’ANLCI, no 23 (éd.).', fr).text).toBe('La plateforme Walter de l’A N L C I, numéro 23 (éditeur).');
    expect(speakLine('Soulet M.H et CAP EMPLOI.', fr).text).toBe('Soulet Marc-Henry et Cap Emploi.');
    expect(speakLine('« BIP/ZIP »', fr).text).toBe('« Bip Zip »');
  });

  it('matches a written form with small letters whatever its case, an acronym only as written', () => {
    const en = compilePronunciation('en', { words: { 'Wetechcare et Clicnjob': 'Wee tek care and Click n job', 'Mission locale': 'Mee see on Lo kahl', CEP: 'C E P' } });
    expect(speakLine('WeTechCare et Clicnjob help.', en).text).toBe('Wee tek care and Click n job help.');
    expect(speakLine('The MISSION LOCALE, the CEP.', en).text).toBe('The Mee see on Lo kahl, the C E P.');
    expect(speakLine('A cep mushroom.', en).text).toBe('A cep mushroom.');
  });

  it('keeps, for every spoken word, the displayed words it stands for', () => {
    const { words } = speakLine('Près de 1,9 millions, no 23.', fr);
    expect(words.map((w) => [w.text, w.from, w.to])).toEqual([
      ['Près', 0, 0], ['de', 1, 1], ['1', 2, 2], ['virgule', 2, 2], ['9', 2, 2], ['millions,', 3, 3], ['numéro', 4, 5], ['23.', 4, 5],
    ]);
  });

  it('reads groups of digits written with spaces as one number', () => {
    const { text, words } = speakLine('En France, 2 500 000 personnes.', fr);
    expect(text).toBe('En France, 2500000 personnes.');
    expect(words[2]).toEqual({ text: '2500000', from: 2, to: 4 });
  });

  it('finds a bare Arabic word, and leaves a word written with vowel marks as written', () => {
    const ar = compilePronunciation('ar', { words: { 'قبل': 'قَبْلَ', 'كيلفوا': 'كِيلْفُوَا' } });
    expect(speakLine('تجمع كيلفوا قبل.', ar).text).toBe('تجمع كِيلْفُوَا قَبْلَ.');
    expect(speakLine('مِنْ قِبَلِ الشَّبَاب.', ar).text).toBe('مِنْ قِبَلِ الشَّبَاب.');
  });
});

describe('the pronunciation check', () => {
  const text = (key: string, spokenLines: string[]): NarrationText => ({ key: key as ClipKey, language: 'fr', level: 'full', lines: spokenLines, spokenLines });
  const lexicons = perLanguage((language) => compilePronunciation(language, { words: language === 'fr' ? { ANLCI: 'A N L C I' } : {} }));

  it('names the file, item, field and token of each uncovered token', () => {
    const problems = pronunciationProblems([text('item.anlci.full', ['L’ANLCI agit.', 'Le CEP aide.']), text('ui.credits.voices', ['eSpeak NG'])], lexicons, PRONUNCIATION_NAMES);
    expect(problems).toEqual([
      { file: 'locales/fr/programme.json', item: 'anlci', field: 'full[1]', message: 'the voice would mangle "CEP" (acronym): add it to locales/fr/pronunciation.json' },
      { file: 'locales/fr/ui.json', item: '(ui)', field: 'credits.voices', message: 'the voice would mangle "eSpeak" (capital inside a word): add it to locales/fr/pronunciation.json' },
      { file: 'locales/fr/ui.json', item: '(ui)', field: 'credits.voices', message: 'the voice would mangle "NG" (acronym): add it to locales/fr/pronunciation.json' },
    ]);
    expect(uncoveredTokens([text('item.cep.easy', ['Le CEP.', 'Le CEP aide.'])], lexicons)).toEqual([{ language: 'fr', token: 'CEP', kind: 'acronym', keys: ['item.cep.easy'] }]);
  });

  it('reports a lexicon file that does not follow its schema', () => {
    const { problems } = loadPronunciations(perLanguage((language) => (language === 'es' ? { words: { ANLCI: '' } } : { words: {} })), PRONUNCIATION_NAMES);
    expect(problems).toEqual([{ file: 'locales/es/pronunciation.json', item: '(lexicon)', field: 'words.ANLCI', message: 'a spoken form must not be empty' }]);
  });

  it('passes on every spoken text of the kiosk, in every language', () => {
    expect(checkPronunciation().problems.map((p) => `${p.file}: ${p.item}: ${p.field}: ${p.message}`)).toEqual([]);
  }, 30_000);
});
