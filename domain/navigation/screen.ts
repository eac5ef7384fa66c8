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
