import type { Content } from '../../../domain/content/build-content';

/** The number of the act an item belongs to (an act is its own): its colour follows it on every screen. */
export function actNumberOf(content: Content, itemId: string): number | undefined {
  const index = content.acts.findIndex((act) => act.id === itemId || act.initiatives.some((initiative) => initiative.id === itemId));
  return index === -1 ? undefined : index + 1;
}
