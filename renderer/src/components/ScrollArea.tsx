import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { FocusGroup } from '../focus/focus-context';
import { PressableButton } from './PressableButton';

/** After the visitor scrolls, the text stops following the line being read for this long. */
const VISITOR_SCROLL_MS = 8000;

function markVisitorScroll(element: HTMLElement) {
  element.dataset.visitorScrolledAt = String(performance.now());
}

/** A control inside the area that the keyboard or the switch is on: the visitor is there, not at the line read. */
function visitorIsOnAControlIn(area: HTMLElement): boolean {
  const focused = document.activeElement;
  return (focused !== area && focused !== null && area.contains(focused)) || area.querySelector('[data-scan]') !== null;
}

/** Whether the text may bring the line being read into view: not while the visitor is looking elsewhere. */
export function mayFollowNarration(inside: Element): boolean {
  const area = inside.closest<HTMLElement>('.scroll-area');
  if (area && visitorIsOnAControlIn(area)) return false;
  const scrolledAt = Number(area?.dataset.visitorScrolledAt ?? Number.NEGATIVE_INFINITY);
  return performance.now() - scrolledAt > VISITOR_SCROLL_MS;
}

/** Part of the visible height that one page button moves: the last lines stay in sight as a landmark. */
const PAGE_FRACTION = 0.8;

/**
 * A region whose content may be taller than the screen. When it is, two large buttons beside it move it a
 * page up or down, for visitors who cannot scroll with a finger (or do not know they can), and for scanning.
 */
export function ScrollArea({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const area = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState({ up: false, down: false });
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const measure = () => {
      const up = element.scrollTop > 1;
      const down = element.scrollTop + element.clientHeight < element.scrollHeight - 1;
      setRoom((old) => (old.up === up && old.down === down ? old : { up, down }));
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    if (content.current) resized.observe(content.current);
    element.addEventListener('scroll', measure, { passive: true });
    const visitorScrolls = ['wheel', 'touchmove', 'keydown'] as const;
    const noteVisitorScroll = () => markVisitorScroll(element);
    for (const name of visitorScrolls) element.addEventListener(name, noteVisitorScroll, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', measure);
      for (const name of visitorScrolls) element.removeEventListener(name, noteVisitorScroll);
    };
  }, []);
  const page = (direction: 1 | -1) => {
    const element = area.current;
    if (element) markVisitorScroll(element);
    if (element) element.scrollBy({ top: direction * element.clientHeight * PAGE_FRACTION, behavior: 'smooth' });
  };
  return (
    <div className={className ? `scroll-frame ${className}` : 'scroll-frame'}>
      {/* A region that scrolls must be reachable with the keyboard to be scrolled (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={area} className="scroll-area" role="region" aria-label={label} tabIndex={0}>
        <div ref={content} className="scroll-content">
          {children}
        </div>
      </div>
      {(room.up || room.down) && (
        <FocusGroup name="groups.scroll">
          <div className="page-buttons">
            <PressableButton className="page-button" uiKey="controls.pageUp" pictogram={CONTROL_PICTOGRAMS.pageUp} disabled={!room.up} onPress={() => page(-1)} />
            <PressableButton className="page-button" uiKey="controls.pageDown" pictogram={CONTROL_PICTOGRAMS.pageDown} disabled={!room.down} onPress={() => page(1)} />
          </div>
        </FocusGroup>
      )}
    </div>
  );
}
