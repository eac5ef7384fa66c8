import { createContext, useContext, useMemo } from 'react';
import type { Language } from '../../../contract/venue-config';
import type { Content } from '../../../domain/content/build-content';
import type { LexiconForms } from '../../../domain/content/line-segments';

export const ContentContext = createContext<Content | null>(null);

export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent outside ContentContext');
  return content;
}

/** The forms of every lexicon word in a language, as the text matching needs them. */
export function useLexiconForms(language: Language): LexiconForms[] {
  const content = useContent();
  return useMemo(() => content.lexicon.map((entry) => ({ id: entry.id, forms: entry.text[language].forms })), [content, language]);
}
