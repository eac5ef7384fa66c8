import { createContext, useContext } from 'react';
import type { Content } from './build-content';

export const ContentContext = createContext<Content | null>(null);

export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent outside ContentContext');
  return content;
}
