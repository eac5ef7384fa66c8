/** Names of narration clips. A clip file is audio/<language>/<key>.opus, its word timings <key>.timings.json. */
export type ItemField = 'title' | 'easy' | 'full' | 'presenter' | 'question';

export const clipKey = {
  item: (id: string, field: ItemField) => `item.${id}.${field}`,
  lexicon: (id: string, field: 'word' | 'explanation') => `lexicon.${id}.${field}`,
  reference: (id: string) => `reference.${id}`,
  ui: (path: string) => `ui.${path}`,
};
