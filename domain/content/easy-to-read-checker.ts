/**
 * Automated easy-to-read (FALC) rules for one item's easy text. Each problem names the rule and the line.
 * What a machine cannot judge (is the idea clear?) stays with a human reviewer; what it can, it checks here.
 */
import { countWords, type FalcRules, type LexiconText } from './content-schema';
import { containsPhrase, normalise } from './text-matching';

export type FalcRule =
  | 'sentence-length'
  | 'one-sentence-per-line'
  | 'one-idea'
  | 'acronym-explained'
  | 'numbers-in-digits'
  | 'figurative'
  | 'foreign-word'
  | 'same-word';

export interface FalcProblem {
  rule: FalcRule;
  line: number;
  message: string;
}

const SENTENCE_END = /[.!?؟…]["'»”\s]*$/u;
const INNER_SENTENCE_END = /[.!?؟](?=\s+[^\s"'»”])/u;
const UPPER_TOKEN = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9@/]*[A-Z0-9](?![\p{L}\p{N}])/gu;

export function checkEasyText(lines: readonly string[], rules: FalcRules, lexicon: readonly LexiconText[]): FalcProblem[] {
  const problems: FalcProblem[] = [];
  const report = (rule: FalcRule, line: number, message: string) => problems.push({ rule, line: line + 1, message });
  const explainedForms = lexicon.filter((entry) => entry.kind !== 'word').flatMap((entry) => entry.forms);
  const names = new Set(rules.names);

  lines.forEach((raw, index) => {
    const line = normalise(raw);
    const words = countWords(line);
    if (words > rules.maxWords) report('sentence-length', index, `${words} words; at most ${rules.maxWords}`);
    if (!SENTENCE_END.test(line) || INNER_SENTENCE_END.test(line)) report('one-sentence-per-line', index, 'a line holds exactly one sentence, ended by its punctuation');
    if (/[;:]/.test(line)) report('one-idea', index, 'a colon or semicolon joins two ideas: make two sentences');
    const connectors = rules.connectors.filter((word) => containsPhrase(line, word));
    if (connectors.length > 1) report('one-idea', index, `several linked ideas (${connectors.join(', ')}): make one sentence each`);
    for (const word of rules.numberWords) {
      if (containsPhrase(line, word)) report('numbers-in-digits', index, `"${word}": write numbers in digits`);
    }
    for (const phrase of rules.figurative) {
      if (containsPhrase(line, phrase)) report('figurative', index, `"${phrase}" is figurative: say it plainly`);
    }
    for (const word of rules.foreignWords) {
      if (containsPhrase(line, word)) report('foreign-word', index, `"${word}" is a foreign word: use a plain word, or add it to the lexicon with its explanation`);
    }
    for (const [avoided, preferred] of Object.entries(rules.avoid)) {
      if (containsPhrase(line, avoided)) report('same-word', index, `"${avoided}": say "${preferred}", the word used everywhere else`);
    }
    for (const token of line.match(UPPER_TOKEN) ?? []) {
      const known = names.has(token) || explainedForms.some((form) => containsPhrase(form, token));
      if (!known) report('acronym-explained', index, `"${token}" looks like an abbreviation with no lexicon entry explaining it`);
    }
  });

  for (const entry of lexicon) {
    if (entry.kind === 'word' || entry.plain === undefined) continue;
    const first = lines.findIndex((line) => entry.forms.some((form) => containsPhrase(line, form)));
    if (first === -1) continue;
    const nearby = lines.slice(first, first + 2);
    if (!nearby.some((line) => normalise(line).toLowerCase().includes(normalise(entry.plain!).toLowerCase()))) {
      report('acronym-explained', first, `"${entry.word}" needs its plain explanation ("${entry.plain}") on this line or the next`);
    }
  }
  return problems;
}
