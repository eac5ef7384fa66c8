import { describe, expect, it } from 'vitest';
import { buildContent } from '../../domain/content/build-content';
import { EASY_TO_READ_FIELDS, reviewLines } from '../../domain/content/review-lines';
import { LANGUAGES } from '../../domain/languages';
import { readContentSources } from '../../scripts/content-sources';
import { fingerprintReviewLine } from '../../scripts/line-fingerprint';
import { contentReview } from '../../scripts/review-verdict-files';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';

const { content } = buildContent(readContentSources());
const groups = contentReview(content);
const items = content.acts.flatMap((act) => [act, ...act.initiatives]);
const references = new Map(items.flatMap((item) => item.references.map((reference) => [reference.id, reference] as const)));

describe('review lines', () => {
  it('group every act, initiative, lexicon word and reference once, with its pictogram', () => {
    expect(groups.filter((g) => g.kind === 'act' || g.kind === 'initiative').map((g) => g.id)).toEqual(items.map((item) => item.id));
    expect(groups.filter((g) => g.kind === 'lexicon').map((g) => g.id)).toEqual(content.lexicon.map((entry) => entry.id));
    expect(new Set(groups.filter((g) => g.kind === 'reference').map((g) => g.id))).toEqual(new Set(references.keys()));
    for (const group of groups.filter((g) => g.kind !== 'reference')) expect(group.pictogram).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(LANGUAGES)('hold every line of every item, word and reference in %s, counted from the content', (language) => {
    const lines = new Map(reviewLines(groups, language).map((line) => [`${line.key}#${line.line}`, line.text]));
    const expectLines = (key: string, texts: readonly string[]) => texts.forEach((text, index) => expect(lines.get(`${key}#${index + 1}`), `${key}#${index + 1}`).toBe(text));
    let count = 0;
    for (const item of items) {
      const text = item.text[language];
      for (const field of ['title', 'easy', 'full', 'question'] as const) {
        const texts = typeof text[field] === 'string' ? [text[field] as string] : (text[field] as string[]);
        expectLines(`item.${item.id}.${field}`, texts);
        count += texts.length;
      }
      // The presenter is one displayed line, whatever fields it is made of.
      expect(lines.get(`item.${item.id}.presenter#1`), `${item.id} presenter`).toBeTruthy();
      count += 1;
    }
    for (const entry of content.lexicon) {
      expectLines(`lexicon.${entry.id}.word`, [entry.text[language].word]);
      expectLines(`lexicon.${entry.id}.explanation`, entry.text[language].explanation);
      count += 1 + entry.text[language].explanation.length;
    }
    for (const [id, reference] of references) expectLines(`reference.${id}`, [reference.label[language]]);
    expect(lines.size).toBe(count + references.size);
  });

  it.each(LANGUAGES)('hold what the screen shows, never what only the voice says, in %s', (language) => {
    // By key: a spoken form may happen to be another text's displayed form (an Arabic name in letters is a title).
    const reviewed = new Set(reviewLines(groups, language).map((line) => `${line.key}|${line.text}`));
    const displayed = readNarrationCatalogue().filter((text) => text.language === language && /^(item|lexicon|reference)\./.test(text.key));
    for (const text of displayed) {
      text.lines.forEach((line, index) => {
        expect(reviewed.has(`${text.key}|${line}`), `${text.key}#${index + 1}`).toBe(true);
        if (text.spokenLines[index] !== line) expect(reviewed.has(`${text.key}|${text.spokenLines[index]}`), `spoken ${text.key}#${index + 1}`).toBe(false);
      });
    }
  });

  it('hold, in Arabic, what the voice says fully vowelled beside each line, and tie a verdict to both', () => {
    const spoken = new Map<string, readonly string[]>(readNarrationCatalogue().filter((text) => text.language === 'ar').map((text) => [text.key, text.spokenLines]));
    const lines = reviewLines(groups, 'ar');
    for (const line of lines) expect(line.spoken, `${line.key}#${line.line}`).toBe(spoken.get(line.key)?.[line.line - 1]);
    expect(reviewLines(groups, 'en').every((line) => line.spoken === undefined)).toBe(true);
    const question = lines.find((line) => line.key === 'item.anlci.question')!;
    expect(question.spoken).toContain('مَنْ يُسَاعِدُكُمْ');
    expect(fingerprintReviewLine({ ...question, spoken: question.spoken!.replace('مَنْ', 'مِنْ') })).not.toBe(fingerprintReviewLine(question));
  });

  it('offer the reading panel the easy texts, the questions and the word explanations only', () => {
    const easy = reviewLines(groups, 'fr', (field) => EASY_TO_READ_FIELDS.has(field.name));
    expect(new Set(easy.map((line) => line.key.split('.').at(-1)))).toEqual(new Set(['easy', 'question', 'explanation']));
    const anlci = items.find((item) => item.id === 'anlci')!;
    expect(easy.filter((line) => line.key === 'item.anlci.easy').map((line) => line.text)).toEqual(anlci.text.fr.easy);
  });
});
