import type { ClipRequest } from '../../../domain/narration/clip-keys';

export interface FocusTarget {
  element: HTMLElement;
  /** What the target says when scanning reaches it. */
  speak?: ClipRequest;
  /** Its group (tile grid, control bar…), or null for a button on its own. */
  group: string | null;
}

/**
 * Every pressable thing on screen, registered by the button itself as it mounts: switch scanning and arrow
 * keys move between these, in reading order, instead of searching the page for elements by class.
 */
export class FocusRegistry {
  private readonly targets = new Set<FocusTarget>();

  register(target: FocusTarget): () => void {
    this.targets.add(target);
    return () => this.targets.delete(target);
  }

  /** The targets a visitor can reach now, in document order: visible, enabled, not behind a modal dialog. */
  reachable(): FocusTarget[] {
    return [...this.targets]
      .filter(({ element }) => element.isConnected && element.offsetParent !== null && !element.closest('[inert]') && !(element as HTMLButtonElement).disabled)
      .sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  find(element: Element | null): FocusTarget | undefined {
    for (const target of this.targets) if (target.element === element) return target;
    return undefined;
  }

  /** The reachable targets of the same group as the given one (all ungrouped targets together). */
  groupOf(target: FocusTarget): FocusTarget[] {
    return this.reachable().filter((other) => other.group === target.group);
  }
}
