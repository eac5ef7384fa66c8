/** The screens of a visit. */
export type Screen =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'act'; actId: string }
  | { name: 'item'; itemId: string }
  | { name: 'help' }
  | { name: 'settings' }
  | { name: 'credits' }
  | { name: 'about' };

/**
 * The screen's marker, set on the drawn screen's root as `data-screen` ("home", "act/act-2",
 * "item/wetechcare"): tests and tools wait for it before they read a screen.
 */
export function screenMarker(screen: Screen): string {
  if (screen.name === 'act') return `act/${screen.actId}`;
  if (screen.name === 'item') return `item/${screen.itemId}`;
  return screen.name;
}
