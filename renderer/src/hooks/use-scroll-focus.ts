import { useEffect, useState } from 'react';

/**
 * A region that scrolls must be reachable with the keyboard to be scrolled (WCAG 2.1.1, axe
 * scrollable-region-focusable); one that does not scroll must not be a Tab stop that does nothing. Gives the
 * element (through the returned ref) tabIndex 0 only while its content is taller than it.
 */
export function useScrollFocus<T extends HTMLElement>(): { ref: (element: T | null) => void; tabIndex: 0 | undefined } {
  const [element, setElement] = useState<T | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return;
    const measure = () => setScrolls(element.scrollHeight > element.clientHeight + 1);
    const resized = new ResizeObserver(measure);
    // A new screen's content replaces the children: they are watched again.
    const watch = () => {
      resized.disconnect();
      resized.observe(element);
      for (const child of element.children) resized.observe(child);
      measure();
    };
    const replaced = new MutationObserver(watch);
    replaced.observe(element, { childList: true });
    watch();
    return () => {
      resized.disconnect();
      replaced.disconnect();
    };
  }, [element]);
  return { ref: setElement, tabIndex: scrolls ? 0 : undefined };
}
