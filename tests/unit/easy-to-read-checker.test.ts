import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FalcRulesSchema, LexiconTextSchema } from '../../domain/content/content-schema';
import { checkEasyText, type FalcRule } from '../../domain/content/easy-to-read-checker';
import { PROJECT_ROOT } from '../../scripts/content-sources';

const rules = FalcRulesSchema.parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales/fr/falc.json'), 'utf8')));
const lexicon = [
  LexiconTextSchema.parse({ word: 'CEP', forms: ['CEP'], kind: 'acronym', plain: 'conseil en évolution professionnelle', explanation: ['CEP veut dire conseil en évolution professionnelle.'] }),
];
const rulesBroken = (lines: string[]) => new Set(checkEasyText(lines, rules, lexicon).map((p) => p.rule));

describe('easy-to-read checker', () => {
  it('accepts a text that follows every rule', () => {
    expect(checkEasyText(['Le CEP est gratuit.', 'CEP veut dire conseil en évolution professionnelle.', 'Il aide 5 millions de personnes.'], rules, lexicon)).toEqual([]);
  });

  const broken: [FalcRule, string[]][] = [
    ['sentence-length', ['Cette phrase est beaucoup trop longue pour une personne qui apprend à lire encore.']],
    ['one-sentence-per-line', ['Il vient. Elle part.']],
    ['one-sentence-per-line', ['Une ligne sans point']],
    ['one-idea', ['Il vient : elle part.']],
    ['one-idea', ['Il vient mais elle part donc il reste.']],
    ['acronym-explained', ['Le CEP est gratuit.', 'Il aide les personnes.']],
    ['acronym-explained', ['La DGEFP soutient le projet.']],
    ['numbers-in-digits', ['Il y a trois actes.']],
    ['figurative', ['Chacun apporte sa pierre à l\'édifice.']],
    ['foreign-word', ['La Fing est un think tank.']],
    ['same-word', ['Chaque individu peut agir.']],
  ];
  it.each(broken)('catches a text that breaks the rule %s', (rule, lines) => {
    expect(rulesBroken(lines)).toContain(rule);
  });

  it('names the line of each problem', () => {
    const problems = checkEasyText(['Tout va bien.', 'Il y a deux actes.'], rules, lexicon);
    expect(problems).toEqual([{ rule: 'numbers-in-digits', line: 2, message: expect.stringContaining('deux') }]);
  });
});
