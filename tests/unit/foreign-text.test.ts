import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ForeignText, foreignLanguageOf } from '../../renderer/src/components/ForeignText';

const markup = (text: string) => renderToStaticMarkup(createElement(ForeignText, { text, language: 'ar' }));

describe('French inside Arabic', () => {
  it('marks a whole Latin run as French, letters outside ASCII and Latin-1 included (œ)', () => {
    expect(markup('بول ريكور (Paul Ricœur، Parcours de la reconnaissance)')).toBe(
      'بول ريكور (<span lang="fr" dir="ltr">Paul Ricœur</span>، <span lang="fr" dir="ltr">Parcours de la reconnaissance</span>)',
    );
    expect(foreignLanguageOf('Ricœur', 'ar')).toBe('fr');
  });

  it('leaves Arabic alone, and every other language', () => {
    expect(markup('الفصل 2')).toBe('الفصل 2');
    expect(renderToStaticMarkup(createElement(ForeignText, { text: 'Paul Ricœur', language: 'fr' }))).toBe('Paul Ricœur');
    expect(foreignLanguageOf('Ricœur', 'fr')).toBeUndefined();
  });
});
