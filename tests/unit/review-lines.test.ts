import { describe, expect, it } from 'vitest';
import { buildContent, type Content } from '../../domain/content/build-content';
import { EASY_TO_READ_FIELDS, reviewGroups, reviewLines } from '../../domain/content/review-lines';
import { LANGUAGES } from '../../domain/languages';
import { readContentSources } from '../../scripts/content-sources';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';

const { content } = buildContent(readContentSources());
const groups = reviewGroups(content);
const catalogue = readNarrationCatalogue();
const REVIEWED = /^(item|lexicon|reference)\./;

describe('review lines', () => {
  it('group every act, initiative, lexicon word and reference once, with its pictogram', () => {
    const items = content.acts.flatMap((act) => [act, ...act.initiatives]);
    const references = new Set(items.flatMap((item) => item.references.map((reference) => reference.id)));
    expect(groups.filter((g) => g.kind === 'act' || g.kind === 'initiative').map((g) => g.id)).toEqual(items.map((item) => item.id));
    expect(groups.filter((g) => g.kind === 'lexicon').map((g) => g.id)).toEqual(content.lexicon.map((entry) => entry.id));
    expect(new Set(groups.filter((g) => g.kind === 'reference').map((g) => g.id))).toEqual(references);
    for (const group of groups.filter((g) => g.kind !== 'reference')) expect(group.pictogram).toMatch(/^[a-z-]+$/);
  });

  it.each(LANGUAGES)('hold every line the kiosk shows for an item, a word or a reference, in %s, and nothing only the voice uses', (language) => {
    // Compared item by item rather than key by key: a field may be reshaped (a presenter becoming a name and a
    // role) without the review losing a line.
    const byGroup = (entries: [string, string][]) => {
      const groups = new Map<string, string[]>();
      for (const [key, text] of entries) {
        const group = key.split('.').slice(0, 2).join('.');
        groups.set(group, [...(groups.get(group) ?? []), text].sort());
      }
      return groups;
    };
    const reviewed = byGroup(reviewLines(groups, language).map((line) => [line.key, line.text]));
    const texts = catalogue.filter((text) => text.language === language && REVIEWED.test(text.key));
    const shown = byGroup(texts.flatMap((text) => text.lines.map((line) => [text.key, line] as [string, string])));
    expect([...shown.values()].flat().length).toBeGreaterThan(300);
    expect(reviewed).toEqual(shown);
    const spokenOnly = texts.flatMap((text) => text.spokenLines.filter((spoken, index) => spoken !== text.lines[index]));
    const allReviewed = [...reviewed.values()].flat();
    for (const spoken of spokenOnly) expect(allReviewed).not.toContain(spoken);
  });

  it('offer the reading panel the easy texts, the questions and the word explanations only', () => {
    const easy = reviewLines(groups, 'fr', (field) => EASY_TO_READ_FIELDS.has(field.name));
    expect(new Set(easy.map((line) => line.key.split('.').at(-1)))).toEqual(new Set(['easy', 'question', 'explanation']));
    const anlci = content.acts[0].initiatives.find((item) => item.id === 'anlci')!;
    expect(easy.filter((line) => line.key === 'item.anlci.easy').map((line) => line.text)).toEqual(anlci.text.fr.easy);
  });

  it('follow a field added to the texts, without a list to update', () => {
    const withCited = structuredClone(content) as Content;
    const item = withCited.acts[0].initiatives[0];
    for (const language of LANGUAGES) (item.text[language] as unknown as Record<string, unknown>).cited = { names: [`Méda (${language})`] };
    const lines = reviewLines(reviewGroups(withCited), 'es').filter((line) => line.key === `item.${item.id}.cited.names`);
    expect(lines).toEqual([{ key: `item.${item.id}.cited.names`, line: 1, text: 'Méda (es)' }]);
  });
});
