import type { ClipRequest } from '../../../domain/narration/clip-keys';

/** A set of buttons that move together: a tile grid, the control bar, a row of choices. */
export interface FocusGroupInfo {
  id: string;
  /** What scanning says when it highlights the whole group. */
  speak: ClipRequest;
}

export interface FocusTarget {
  element: HTMLElement;
  /** What the target says when scanning reaches it. */
  speak?: ClipRequest;
  /** Its group, or null for a button on its own. */
  group: FocusGroupInfo | null;
}

/** Targets that scanning visits as one step: a group, or a button on its own. */
export interface ScanStop {
  group: FocusGroupInfo | null;
  targets: FocusTarget[];
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

  /**
   * The targets a visitor can reach now, in document order: visible, enabled, and inside the open modal
   * dialog when there is one (the page behind it is inert).
   */
  reachable(): FocusTarget[] {
    const modal = document.querySelector('dialog:modal');
    return [...this.targets]
      .filter(({ element }) => element.isConnected && element.offsetParent !== null && !element.closest('[inert]') && !(element as HTMLButtonElement).disabled)
      .filter(({ element }) => !modal || modal.contains(element))
      .sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  find(element: Element | null): FocusTarget | undefined {
    for (const target of this.targets) if (target.element === element) return target;
    return undefined;
  }

  /** The reachable targets of the same group as the given one (all ungrouped targets together). */
  groupOf(target: FocusTarget): FocusTarget[] {
    return this.reachable().filter((other) => other.group?.id === target.group?.id);
  }

  /** What scanning steps through at group level, in reading order: each group once, each lone button alone. */
  stops(): ScanStop[] {
    const stops: ScanStop[] = [];
    const byGroup = new Map<string, ScanStop>();
    for (const target of this.reachable()) {
      if (!target.group) {
        stops.push({ group: null, targets: [target] });
        continue;
      }
      const stop = byGroup.get(target.group.id);
      if (stop) stop.targets.push(target);
      else {
        const created = { group: target.group, targets: [target] };
        byGroup.set(target.group.id, created);
        stops.push(created);
      }
    }
    return stops;
  }
}
