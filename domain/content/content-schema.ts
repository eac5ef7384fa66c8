/**
 * The shape of the kiosk's content. Structure (ids, pictograms, links) lives in assets/content/programme.json;
 * every text lives per language in locales/<lang>/programme.json. Pure module: used by the build and the page.
 */
import { z } from 'zod';

export const ID = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');
const text = z.string().trim().min(1, 'must not be empty');
const lines = z.array(text).min(1, 'must have at least one line');

export const countWords = (value: string) => value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

export const ProgrammeStructureSchema = z
  .object({
    acts: z.array(z.object({ id: ID, pictogram: ID, initiatives: z.array(ID).min(1), references: z.array(ID) }).strict()).length(4, 'the programme has 4 acts'),
    initiatives: z.array(z.object({ id: ID, pictogram: ID, references: z.array(ID) }).strict()),
    references: z.array(z.object({ id: ID, url: z.url({ protocol: /^https?$/ }).nullable(), note: z.string().optional() }).strict()),
    lexicon: z.array(z.object({ id: ID, pictogram: ID }).strict()),
  })
  .strict();
export type ProgrammeStructure = z.infer<typeof ProgrammeStructureSchema>;

const SpokenItemSchema = z
  .object({ title: text, easy: lines, full: lines, presenter: text, question: text })
  .partial()
  .strict();

export const ItemTextSchema = z
  .object({
    title: text.refine((value) => countWords(value) <= 5, 'a short title has at most 5 words'),
    easy: lines,
    full: lines,
    presenter: text,
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

export const FalcRulesSchema = z
  .object({
    maxWords: z.number().int().positive(),
    connectors: z.array(text),
    numberWords: z.array(text),
    figurative: z.array(text),
    foreignWords: z.array(text),
    avoid: z.record(z.string(), text),
    names: z.array(text),
  })
  .strict();
export type FalcRules = z.infer<typeof FalcRulesSchema>;
