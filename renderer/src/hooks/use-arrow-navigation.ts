import { useEffect } from 'react';

/**
 * Arrow keys move the focus between the buttons of the same group (tile grid, control bar, language list),
 * mirrored in right-to-left languages; Tab, Enter and Space keep their usual meaning.
 */
export function useArrowNavigation(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
      const current = document.activeElement;
      if (!(current instanceof HTMLButtonElement)) return;
      const group = current.closest('ul, nav, .item-actions, .setting-choices, .dialog') ?? document.body;
      const buttons = [...group.querySelectorAll<HTMLButtonElement>('button')];
      const rtl = document.documentElement.dir === 'rtl';
      const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      const next = buttons[(buttons.indexOf(current) + (forward ? 1 : -1) + buttons.length) % buttons.length];
      event.preventDefault();
      next.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
