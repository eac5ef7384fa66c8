/**
 * Automated easy-to-read (FALC) rules for one item's easy text. Each problem names the rule and the line.
 * What a machine cannot judge (is the idea clear?) stays with a human reviewer; what it can, it checks here.
 */
import { countWords, type FalcRules, type LexiconText } from './content-schema';
import { containsPhrase, lowerPhrase, normalise, phraseFinder, wholeWordIndexes } from './text-matching';

export type FalcRule =
  | 'sentence-length'
  | 'one-sentence-per-line'
  | 'one-idea'
  | 'acronym-explained'
  | 'term-before-explanation'
  | 'acronym-density'
  | 'numbers-in-digits'
  | 'figurative'
  | 'foreign-word'
  | 'same-word'
  | 'passive-voice'
  | 'negation'
  | 'conditional'
  | 'inverted-question'
  | 'percent';

export interface FalcProblem {
  rule: FalcRule;
  line: number;
  message: string;
}

const SENTENCE_END = /[.!?؟…]["'»”\s]*$/u;
const INNER_SENTENCE_END = /[.!?؟](?=\s+[^\s"'»”])/u;
const UPPER_TOKEN = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9@/]*[A-Z0-9](?![\p{L}\p{N}])/gu;
const TWO_CAPITALS = /[A-Z]{2}/;
/** Letters and the vowel marks of Arabic script, which belong to the word they sit on. */
const WORD = /[\p{L}\p{M}]+/gu;

/** Whole words of a line, lower-cased, in order. */
function wordsIn(line: string): string[] {
  return normalise(line).toLowerCase().match(WORD) ?? [];
}

/** A marker made only of symbols ("%") is found anywhere; an elided one ("n'") at the start of a word; others as whole words. */
function containsMarker(line: string, marker: string): boolean {
  const text = normalise(line);
  if (!/[\p{L}\p{N}]/u.test(marker)) return text.includes(marker);
  if (marker.endsWith("'")) return new RegExp(`(?<![\\p{L}\\p{N}])${marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'iu').test(text);
  return containsPhrase(text, marker);
}

const sourcePatterns = new Map<string, RegExp>();
function sourcePattern(source: string): RegExp {
  let pattern = sourcePatterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    sourcePatterns.set(source, pattern);
  }
  return pattern;
}

/** The word right after an auxiliary; sticky, so it reads from where it is told to. */
const NEXT_WORD = /\s+([\p{L}\p{M}]+)/uy;

function passiveForm(line: string, passive: FalcRules['passive']): string | undefined {
  const text = normalise(line);
  const has = phraseFinder(text);
  const lower = text.toLowerCase();
  for (const auxiliary of passive.auxiliaries) {
    if (!has(auxiliary)) continue;
    const folded = lowerPhrase(auxiliary);
    for (const at of wholeWordIndexes(lower, folded)) {
      NEXT_WORD.lastIndex = at + folded.length;
      const next = NEXT_WORD.exec(lower);
      if (!next) continue;
      const word = next[1] ?? '';
      if (passive.exceptions.includes(word)) continue;
      if (passive.participles.includes(word) || passive.participleEndings.some((ending) => word.endsWith(ending) && word.length > ending.length + 1)) return `${auxiliary} ${word}`;
    }
  }
  for (const source of passive.patterns) {
    const match = sourcePattern(source).exec(text);
    if (match) return match[0];
  }
  return undefined;
}

function conditionalForm(line: string, conditional: FalcRules['conditional']): string | undefined {
  for (const word of wordsIn(line)) {
    if (conditional.exceptions.includes(word)) continue;
    if (conditional.words.includes(word) || conditional.endings.some((ending) => word.endsWith(ending) && word.length > ending.length + 1)) return word;
  }
  return undefined;
}

function invertedQuestion(line: string, inverted: FalcRules['invertedQuestion']): string | undefined {
  for (const word of normalise(line).toLowerCase().match(/[\p{L}'-]+/gu) ?? []) {
    if (inverted.exceptions.includes(word)) continue;
    if (inverted.suffixes.some((suffix) => word.endsWith(suffix) && word.length > suffix.length)) return word;
  }
  return undefined;
}

/**
 * The abbreviations a line makes the reader decode: lexicon acronyms (even written like words, "Fongecif"),
 * explained names written with capitals ("CLICNJOB"), and any other word in capitals. People's names and the
 * capital words of a foreign name ("WORKING FIRST 13") are not abbreviations.
 */
export function acronymsIn(line: string, rules: FalcRules, lexicon: readonly LexiconText[]): Set<string> {
  const found = new Set<string>();
  const covered: string[] = [];
  const has = phraseFinder(line);
  for (const entry of lexicon) {
    const forms = entry.forms.filter(has);
    if (forms.length === 0) continue;
    covered.push(...forms);
    if (entry.kind === 'acronym') found.add(entry.word);
  }
  for (const name of Object.keys(rules.explainedNames)) {
    if (!has(name)) continue;
    covered.push(name);
    if (TWO_CAPITALS.test(name)) found.add(name);
  }
  for (const token of normalise(line).match(UPPER_TOKEN) ?? []) {
    if (rules.names.includes(token) || covered.some((form) => containsPhrase(form, token))) continue;
    found.add(token);
  }
  return found;
}

const lowerText = (line: string) => normalise(line).toLowerCase();
const FINAL_PUNCTUATION = /[\s.!?؟…"'»”]+$/u;

interface Term {
  word: string;
  forms: readonly string[];
  /** What, found in a sentence (lower-cased), explains the term. */
  meaning: string;
  /** Acronyms, foreign words and explained names: the meaning is their plain words, needed next to the first use. */
  plain: boolean;
}

/**
 * The terms of a text are the lexicon's words and the names the text must explain. A sentence explains a term
 * when it holds its plain words (acronyms, foreign words, explained names) or, for another lexicon word, the first
 * sentence of its lexicon explanation, as "L'insertion, c'est trouver sa place dans la société et au travail."
 */
function termsOf(rules: FalcRules, lexicon: readonly LexiconText[]): Term[] {
  const lexiconTerms = lexicon.map((entry): Term => {
    const plain = entry.kind !== 'word' && entry.plain !== undefined;
    const meaning = plain ? lowerText(entry.plain!) : lowerText(entry.explanation[0]!).replace(FINAL_PUNCTUATION, '');
    return { word: entry.word, forms: entry.forms, meaning, plain };
  });
  const names = Object.entries(rules.explainedNames).map(([name, explanation]): Term => ({ word: name, forms: [name], meaning: lowerText(explanation), plain: true }));
  return [...lexiconTerms, ...names];
}

export function checkEasyText(lines: readonly string[], rules: FalcRules, lexicon: readonly LexiconText[]): FalcProblem[] {
  const problems: FalcProblem[] = [];
  const report = (rule: FalcRule, line: number, message: string) => problems.push({ rule, line: line + 1, message });
  const explainedForms = [...lexicon.filter((entry) => entry.kind !== 'word').flatMap((entry) => entry.forms), ...Object.keys(rules.explainedNames)];
  const names = new Set(rules.names);
  const textAcronyms = new Set<string>();

  lines.forEach((raw, index) => {
    const line = normalise(raw);
    const has = phraseFinder(line);
    const words = countWords(line);
    if (words > rules.maxWords) report('sentence-length', index, `${words} words; at most ${rules.maxWords}`);
    if (!SENTENCE_END.test(line) || INNER_SENTENCE_END.test(line)) report('one-sentence-per-line', index, 'a line holds exactly one sentence, ended by its punctuation');
    if (/[;:]/.test(line)) report('one-idea', index, 'a colon or semicolon joins two ideas: make two sentences');
    const connectors = rules.connectors.filter(has);
    if (connectors.length > 1) report('one-idea', index, `several linked ideas (${connectors.join(', ')}): make one sentence each`);
    for (const word of rules.numberWords) {
      if (has(word)) report('numbers-in-digits', index, `"${word}": write numbers in digits`);
    }
    for (const phrase of rules.figurative) {
      if (has(phrase)) report('figurative', index, `"${phrase}" is figurative: say it plainly`);
    }
    for (const word of rules.foreignWords) {
      if (has(word)) report('foreign-word', index, `"${word}" is a foreign word: use a plain word, or add it to the lexicon with its explanation`);
    }
    for (const [avoided, preferred] of Object.entries(rules.avoid)) {
      if (has(avoided)) report('same-word', index, `"${avoided}": say "${preferred}", the word used everywhere else`);
    }
    for (const token of line.match(UPPER_TOKEN) ?? []) {
      const known = names.has(token) || explainedForms.some((form) => containsPhrase(form, token));
      if (!known) report('acronym-explained', index, `"${token}" looks like an abbreviation with no lexicon entry explaining it`);
    }
    const passive = passiveForm(line, rules.passive);
    if (passive) report('passive-voice', index, `"${passive}" is passive: say who does it`);
    const negation = rules.negations.find((marker) => containsMarker(line, marker));
    if (negation) report('negation', index, `"${negation}" makes the sentence negative: say it positively`);
    const conditional = conditionalForm(line, rules.conditional);
    if (conditional) report('conditional', index, `"${conditional}" is a conditional: say what is, or what the person can do`);
    const inverted = invertedQuestion(line, rules.invertedQuestion);
    if (inverted) report('inverted-question', index, `"${inverted}" puts the subject after the verb: ask with the subject first`);
    const percent = rules.percent.find((marker) => containsMarker(line, marker));
    if (percent) report('percent', index, `"${percent}": give a round proportion ("1 in 2")`);
    const acronyms = acronymsIn(line, rules, lexicon);
    if (acronyms.size > rules.maxAcronymsPerSentence) report('acronym-density', index, `${acronyms.size} abbreviations (${[...acronyms].join(', ')}); at most ${rules.maxAcronymsPerSentence} a sentence`);
    for (const acronym of acronyms) {
      if (textAcronyms.has(acronym)) continue;
      textAcronyms.add(acronym);
      if (textAcronyms.size === rules.maxAcronymsPerText + 1) report('acronym-density', index, `"${acronym}" is abbreviation number ${textAcronyms.size} in this text; at most ${rules.maxAcronymsPerText}: write one out`);
    }
  });

  for (const { word, forms, meaning, plain } of termsOf(rules, lexicon)) {
    const first = lines.findIndex((line) => forms.some((form) => containsPhrase(line, form)));
    if (first === -1) continue;
    const explains = (line: string | undefined) => line !== undefined && lowerText(line).includes(meaning);
    const explained = lines.findIndex(explains);
    if (explained > first) report('term-before-explanation', first, `"${word}" comes before the sentence that explains it (line ${explained + 1}): give the meaning first, then the word`);
    if (plain && ![lines[first - 1], lines[first], lines[first + 1]].some(explains)) {
      report('acronym-explained', first, `"${word}" needs its plain explanation ("${meaning}") on its line or next to it`);
    }
  }
  return problems;
}
