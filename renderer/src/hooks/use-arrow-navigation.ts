import { useEffect } from 'react';
import type { FocusRegistry } from '../focus/focus-registry';

/**
 * Arrow keys move the focus between the buttons of the same group (tile grid, control bar, language list),
 * mirrored in right-to-left languages; Tab, Enter and Space keep their usual meaning.
 */
export function useArrowNavigation(registry: FocusRegistry): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
      const current = registry.find(document.activeElement);
      if (!current) return;
      const group = registry.groupOf(current);
      const rtl = document.documentElement.dir === 'rtl';
      const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      const next = group[(group.indexOf(current) + (forward ? 1 : -1) + group.length) % group.length];
      event.preventDefault();
      next?.element.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
}
