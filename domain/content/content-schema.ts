/**
 * The shape of the kiosk's content. Structure (ids, pictograms, links) lives in assets/content/programme.json;
 * every text lives per language in locales/<lang>/programme.json. Pure module: used by the build and the page.
 */
import { z } from 'zod';

export const ID = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');
const text = z.string().trim().min(1, 'must not be empty');
const lines = z.array(text).min(1, 'must have at least one line');

export const countWords = (value: string) => value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/**
 * Where the programme page misspells or misprints something, the kiosk shows the correct form and keeps the
 * page's form here, so that a reader can check every change against the page.
 */
export const CorrectionSchema = z.object({ page: text, shown: text, why: text }).strict();
export type Correction = z.infer<typeof CorrectionSchema>;
const corrections = z.array(CorrectionSchema).optional();

/** Query parameters that only track visitors (Google Ads, Facebook, campaign tags): never part of an address. */
export const TRACKING_PARAMETER = /[?&](gclid|fbclid|utm_[a-z]+)=/i;

export const ProgrammeStructureSchema = z
  .object({
    acts: z.array(z.object({ id: ID, pictogram: ID, initiatives: z.array(ID).min(1), references: z.array(ID), corrections }).strict()).length(4, 'the programme has 4 acts'),
    initiatives: z.array(z.object({ id: ID, pictogram: ID, references: z.array(ID), corrections }).strict()),
    references: z.array(
      z
        .object({
          id: ID,
          url: z.url({ protocol: /^https?$/ }).refine((url) => !TRACKING_PARAMETER.test(url), 'remove the tracking parameter from the address').nullable(),
          note: z.string().optional(),
          corrections,
        })
        .strict(),
    ),
    lexicon: z.array(z.object({ id: ID, pictogram: ID }).strict()),
  })
  .strict();
export type ProgrammeStructure = z.infer<typeof ProgrammeStructureSchema>;

/**
 * Who the programme page says is behind an item: someone who presents it ("nous parlera", "évoquera"), gives the
 * talk, closes the act as its guest speaker ("Grand témoin"), is only cited, or the organisation that runs it
 * without being said to present it; or the page names no one.
 */
export const PRESENTER_ROLES = ['presents', 'talk', 'closes', 'cited', 'organisation', 'not-given'] as const;
export type PresenterRole = (typeof PRESENTER_ROLES)[number];
export const PresenterSchema = z.discriminatedUnion('role', [
  z.object({ role: z.enum(['presents', 'talk', 'closes', 'cited', 'organisation']), name: text }).strict(),
  z.object({ role: z.literal('not-given') }).strict(),
]);
export type Presenter = z.infer<typeof PresenterSchema>;

const SpokenItemSchema = z
  .object({ title: text, easy: lines, full: lines, presenter: text, question: text })
  .partial()
  .strict();

export const ItemTextSchema = z
  .object({
    title: text.refine((value) => countWords(value) <= 5, 'a short title has at most 5 words'),
    easy: lines,
    /** The page's own words: every paragraph kept, or its cut marked with […]. */
    full: lines,
    presenter: PresenterSchema,
    question: text,
    /** How a voice must say a text where the written form would be mispronounced; the screen shows the written form. */
    spoken: SpokenItemSchema.optional(),
  })
  .strict()
  .refine((item) => !item.spoken?.easy || item.spoken.easy.length === item.easy.length, {
    message: 'spoken.easy must have one line for each easy line',
    path: ['spoken', 'easy'],
  })
  .refine((item) => !item.spoken?.full || item.spoken.full.length === item.full.length, {
    message: 'spoken.full must have one paragraph for each full paragraph',
    path: ['spoken', 'full'],
  })
  .refine((item) => item.spoken?.presenter === undefined || item.presenter.role !== 'not-given', {
    message: 'spoken.presenter says a name, and the page gives none',
    path: ['spoken', 'presenter'],
  });
export type ItemText = z.infer<typeof ItemTextSchema>;

export const LexiconTextSchema = z
  .object({
    word: text,
    /** Every form of the word as it appears in texts (plural, capitals…). */
    forms: z.array(text).min(1),
    kind: z.enum(['word', 'acronym', 'foreign']).default('word'),
    /** For acronyms and foreign words: the plain explanation that must accompany the first use in an easy text. */
    plain: text.optional(),
    explanation: lines,
    spoken: z.object({ word: text, explanation: lines }).partial().strict().optional(),
  })
  .strict()
  .refine((entry) => entry.kind === 'word' || entry.plain !== undefined, { message: 'an acronym or foreign word needs "plain"', path: ['plain'] })
  .refine((entry) => !entry.spoken?.explanation || entry.spoken.explanation.length === entry.explanation.length, {
    message: 'spoken.explanation must have one line for each explanation line',
    path: ['spoken', 'explanation'],
  });
export type LexiconText = z.infer<typeof LexiconTextSchema>;

/** A language's texts. Items are checked one by one, so one broken item does not take the others down. */
export const LocaleProgrammeSchema = z
  .object({
    items: z.record(ID, z.unknown()),
    references: z.record(ID, text),
    lexicon: z.record(ID, z.unknown()),
  })
  .strict();
export type LocaleProgramme = z.infer<typeof LocaleProgrammeSchema>;

const words = z.array(text);

export const FalcRulesSchema = z
  .object({
    maxWords: z.number().int().positive(),
    maxAcronymsPerSentence: z.number().int().nonnegative(),
    maxAcronymsPerText: z.number().int().nonnegative(),
    connectors: words,
    numberWords: words,
    figurative: words,
    foreignWords: words,
    avoid: z.record(z.string(), text),
    /** People's names written in capitals, which are not abbreviations ("SOW"). */
    names: words,
    /**
     * Names of organisations and projects that the text itself explains, without a lexicon entry: each maps to
     * the words of its explanation, which must stand on the line of its first use or next to it, and not after it.
     */
    explainedNames: z.record(z.string(), text),
    /** "est testée": an auxiliary followed by a past participle (a word with one of the endings, or listed). */
    passive: z
      .object({
        auxiliaries: words,
        participleEndings: z.array(z.string()),
        participles: words,
        exceptions: words,
        /** Regular expressions (Unicode) for passive forms a word list cannot see, such as vowel marks. */
        patterns: words,
      })
      .strict(),
    /** Words or elided prefixes ("n'") that make a sentence negative. */
    negations: words,
    /** Verb endings and words of the conditional ("-rait", "would"). */
    conditional: z.object({ endings: words, words, exceptions: words }).strict(),
    /** Pronouns joined after the verb in a question ("-t-il", "-vous"). */
    invertedQuestion: z.object({ suffixes: words, exceptions: words }).strict(),
    /** "%" and its words: say a round proportion instead ("1 personne sur 2"). */
    percent: words,
  })
  .strict();
export type FalcRules = z.infer<typeof FalcRulesSchema>;
