import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FalcRulesSchema, LexiconTextSchema } from '../../domain/content/content-schema';
import { acronymsIn, checkEasyText, type FalcRule } from '../../domain/content/easy-to-read-checker';
import type { Language } from '../../domain/languages';
import { PROJECT_ROOT } from '../../scripts/content-sources';

const rulesOf = (language: Language) => FalcRulesSchema.parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', language, 'falc.json'), 'utf8')));
const rules = rulesOf('fr');
const lexicon = [
  LexiconTextSchema.parse({ word: 'CEP', forms: ['CEP'], kind: 'acronym', plain: 'conseil en évolution professionnelle', explanation: ['CEP veut dire conseil en évolution professionnelle.'] }),
];
const rulesBroken = (lines: string[]) => new Set(checkEasyText(lines, rules, lexicon).map((p) => p.rule));

describe('easy-to-read checker', () => {
  it('accepts a text that follows every rule', () => {
    expect(checkEasyText(['CEP veut dire conseil en évolution professionnelle.', 'Le CEP est gratuit.', 'Il aide 5 millions de personnes.'], rules, lexicon)).toEqual([]);
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
    ['passive-voice', ['La COMCEP est testée dans 3 régions.']],
    ['passive-voice', ['Les jeunes sont exclus du travail.']],
    ['negation', ["Certaines personnes n'utilisent pas internet."]],
    ['negation', ['Il ne vient jamais.']],
    ['conditional', ['En France, ils seraient 2 millions.']],
    ['conditional', ['Que changeriez-vous dans votre quartier ?']],
    ['inverted-question', ['Le numérique vous aide-t-il ?']],
    ['inverted-question', ['Avez-vous déjà agi pour votre quartier ?']],
    ['percent', ['47 % des Français veulent changer de vie.']],
    ['percent', ['47% des Français veulent changer de vie.']],
    ['acronym-density', ['Le CEP aide la DGEFP.', 'CEP veut dire conseil en évolution professionnelle.']],
    ['term-before-explanation', ['Le CEP est gratuit.', 'CEP veut dire conseil en évolution professionnelle.']],
    ['acronym-density', ['Le CEP est gratuit.', 'CEP veut dire conseil en évolution professionnelle.', 'La FNARS est un réseau d\'associations.', 'Le PAC est un programme d\'activation.']],
  ];
  it.each(broken)('catches a text that breaks the rule %s', (rule, lines) => {
    expect(rulesBroken(lines)).toContain(rule);
  });

  it('accepts the positive, active, present form of the same sentences', () => {
    const fine = [
      'En 2016, 3 régions testent la plateforme.',
      'Les personnes sans emploi cherchent un travail.',
      'En France, ces jeunes sont presque 2 millions.',
      "Est-ce qu'internet vous aide ?",
      'Presque 1 Français sur 2 pense rater sa vie.',
      'La personne est allée à l\'école.',
      'Une personne lit un livre.',
      'Qu\'est-ce que vous voulez changer dans votre quartier ?',
    ];
    for (const line of fine) expect(checkEasyText([line], rules, lexicon), line).toEqual([]);
  });

  const otherLanguages: [Language, FalcRule, string][] = [
    ['en', 'passive-voice', 'The platform was created in 2015.'],
    ['en', 'negation', "Some people don't use the internet."],
    ['en', 'conditional', 'There would be 1.9 million of them.'],
    ['en', 'percent', '47 per cent of people want a change.'],
    ['es', 'passive-voice', 'La plataforma fue creada en Portugal.'],
    ['es', 'negation', 'Algunas personas no usan internet.'],
    ['es', 'conditional', 'En Francia, serían 1,9 millones.'],
    ['es', 'percent', 'El 47 % quiere cambiar de vida.'],
    ['ar', 'passive-voice', 'تتم تجربة المنصة في 3 مناطق.'],
    ['ar', 'passive-voice', 'ماذا تفعل حين يُعامَل شخص بسوء؟'],
    ['ar', 'negation', 'بعض الناس لا يستعملون الإنترنت.'],
    ['ar', 'conditional', 'لو كان لك عمل، ماذا تفعل؟'],
    ['ar', 'percent', '47 بالمئة يريدون تغيير حياتهم.'],
  ];
  it.each(otherLanguages)('catches in %s a text that breaks the rule %s', (language, rule, line) => {
    expect(new Set(checkEasyText([line], rulesOf(language), []).map((p) => p.rule))).toContain(rule);
  });

  it('does not take "galería" for a conditional, nor "est-ce que" for an inversion', () => {
    expect(checkEasyText(['La exposición tiene lugar en una galería.'], rulesOf('es'), [])).toEqual([]);
    expect(checkEasyText(["Est-ce que vous aimez l'art ?"], rules, lexicon)).toEqual([]);
  });

  it('counts abbreviations, not people’s names nor the capitals of a foreign name', () => {
    const foreign = LexiconTextSchema.parse({ word: 'WORKING FIRST 13', forms: ['WORKING FIRST 13'], kind: 'foreign', plain: 'un programme', explanation: ['WORKING FIRST 13 est un programme.'] });
    expect([...acronymsIn('Cheikh SOW travaille avec WORKING FIRST 13.', rules, [foreign])]).toEqual([]);
    expect([...acronymsIn('Le CEP et la COMCEP.', rules, lexicon)].sort()).toEqual(['CEP', 'COMCEP']);
    expect([...acronymsIn('La Fing est une association.', rules, lexicon)]).toEqual([]);
  });

  it('requires an explained name to be explained where it first appears', () => {
    expect(checkEasyText(['CLICNJOB aide les jeunes.', 'Les jeunes trouvent un emploi.'], rules, lexicon).map((p) => p.rule)).toContain('acronym-explained');
    expect(checkEasyText(['CLICNJOB est une plateforme internet.'], rules, lexicon)).toEqual([]);
  });

  describe('a term used before the sentence that explains it', () => {
    const insertion = LexiconTextSchema.parse({ word: 'insertion', forms: ['insertion'], explanation: ["L'insertion, c'est trouver sa place dans la société.", "C'est aussi trouver un travail."] });
    const terms = [...lexicon, insertion];
    const problemsOf = (lines: string[]) => checkEasyText(lines, rules, terms).filter((p) => p.rule === 'term-before-explanation');

    it('flags an acronym, a lexicon word or an explained name that comes before its explanation, on the line of its first use', () => {
      expect(problemsOf(['Les jeunes utilisent le CEP.', 'Il est gratuit.', 'CEP veut dire conseil en évolution professionnelle.'])).toEqual([
        { rule: 'term-before-explanation', line: 1, message: expect.stringContaining('"CEP" comes before the sentence that explains it (line 3)') },
      ]);
      expect(problemsOf(['Elle aide les personnes en insertion.', "L'insertion, c'est trouver sa place dans la société et au travail."])).toEqual([
        { rule: 'term-before-explanation', line: 1, message: expect.stringContaining('"insertion"') },
      ]);
      expect(problemsOf(["L'ANLCI agit contre l'illettrisme.", "ANLCI veut dire Agence nationale de lutte contre l'illettrisme."]).map((p) => p.line)).toEqual([1]);
    });

    it('accepts the meaning first and the term after, or both in one sentence', () => {
      expect(problemsOf(['Un conseiller aide à choisir son avenir au travail.', "C'est le conseil en évolution professionnelle.", 'On dit aussi le CEP.'])).toEqual([]);
      expect(problemsOf(['Le CEP, ou conseil en évolution professionnelle, est gratuit.', 'Le CEP aide les personnes.'])).toEqual([]);
      expect(problemsOf(["L'insertion, c'est trouver sa place dans la société et au travail.", 'Elle aide les personnes en insertion.'])).toEqual([]);
    });

    it('leaves a term alone that the text does not explain: the lexicon explains it', () => {
      expect(problemsOf(['Elle aide les personnes en insertion.', 'Elles trouvent un travail.'])).toEqual([]);
    });

    it('still wants an acronym’s plain words next to its first use, before or after it', () => {
      const rulesOf = (lines: string[]) => new Set(checkEasyText(lines, rules, terms).map((p) => p.rule));
      expect(rulesOf(['Certaines personnes cherchent un conseil en évolution professionnelle.', 'On l’appelle le CEP.'])).not.toContain('acronym-explained');
      expect(rulesOf(['Un conseil en évolution professionnelle existe.', 'Il est gratuit.', 'On l’appelle le CEP.'])).toContain('acronym-explained');
    });
  });

  it('names the line of each problem', () => {
    const problems = checkEasyText(['Tout va bien.', 'Il y a deux actes.'], rules, lexicon);
    expect(problems).toEqual([{ rule: 'numbers-in-digits', line: 2, message: expect.stringContaining('deux') }]);
  });
});
