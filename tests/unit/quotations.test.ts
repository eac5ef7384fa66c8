import { describe, expect, it } from 'vitest';
import { quotationParts, wordsOf } from '../../domain/content/line-segments';
import { buildContent } from '../../domain/content/build-content';
import { readContentSources } from '../../scripts/content-sources';
import { LANGUAGES } from '../../contract/venue-config';

describe('quotations in a line', () => {
  it('marks French and English quotations, cut between words', () => {
    expect(quotationParts('Il dit « Accompagnement, vulnérabilité » et sourit.')).toEqual([
      { text: 'Il dit ', quoted: false },
      { text: '« Accompagnement, vulnérabilité »', quoted: true },
      { text: ' et sourit.', quoted: false },
    ]);
    expect(quotationParts('He said “Support, vulnerability”. Then…')).toEqual([
      { text: 'He said ', quoted: false },
      { text: '“Support, vulnerability”.', quoted: true },
      { text: ' Then…', quoted: false },
    ]);
  });

  it('leaves a line without a closed quotation as it is', () => {
    expect(quotationParts('Pas de citation ici.')).toEqual([{ text: 'Pas de citation ici.', quoted: false }]);
    expect(quotationParts('« Ouverte sans fin')).toEqual([{ text: '« Ouverte sans fin', quoted: false }]);
  });

  it('keeps the words the highlight counts, on every line of every text, and finds the quotations there', () => {
    const { content } = buildContent(readContentSources());
    let quoted = 0;
    for (const language of LANGUAGES) {
      for (const item of [...content.acts, ...content.acts.flatMap((act) => act.initiatives)]) {
        for (const line of [...item.text[language].easy, ...item.text[language].full]) {
          const parts = quotationParts(line);
          expect(parts.map((part) => part.text).join('')).toBe(line);
          expect(parts.flatMap((part) => wordsOf(part.text))).toEqual(wordsOf(line));
          quoted += parts.filter((part) => part.quoted).length;
        }
      }
    }
    expect(quoted).toBeGreaterThan(40);
  });
});
