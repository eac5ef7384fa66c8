/**
 * Names of narration clips. A clip file is audio/<language>/<key>.opus, its word timings <key>.timings.json.
 * A key is only ever made by these helpers, so a misspelt or hand-built key is a type error.
 */
import type frUi from '../../locales/fr/ui.json';
import type { Language } from '../languages';

declare const clipKeyBrand: unique symbol;
export type ClipKey = string & { readonly [clipKeyBrand]: true };

export type ItemField = 'title' | 'easy' | 'full' | 'presenter' | 'question';

type TextPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? `${Prefix}${K}` : TextPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The dotted path of every string (or list of lines) in locales/<lang>/ui.json: `controls.home`, `help.lines`. */
export type UiTextKey = TextPaths<typeof frUi>;

/** A clip in a language other than the visitor's (a language's own name, the invitation in every language). */
export interface ClipInLanguage {
  language: Language;
  key: ClipKey;
}

/** What the narrator is asked to play: a clip in the visitor's language, or in a named one. */
export type ClipRequest = ClipKey | ClipInLanguage;

const key = (value: string) => value as ClipKey;

export const clipKey = {
  item: (id: string, field: ItemField) => key(`item.${id}.${field}`),
  lexicon: (id: string, field: 'word' | 'explanation') => key(`lexicon.${id}.${field}`),
  reference: (id: string) => key(`reference.${id}`),
  ui: (path: UiTextKey) => key(`ui.${path}`),
  /** "Act 2: …", spoken with the act's own title. */
  actLabel: (actId: string) => key(`ui.home.actLabel.${actId}`),
  /** "Explanation of the word …": the name of a lexicon word's button. */
  lexiconOpen: (id: string) => key(`ui.lexicon.open.${id}`),
  /** "Act 2 in brief". */
  aboutAct: (actId: string) => key(`ui.act.aboutAct.${actId}`),
};

export const inLanguage = (language: Language, clip: ClipKey): ClipInLanguage => ({ language, key: clip });

/** The key of a request, whatever its language. */
export const requestedKey = (request: ClipRequest): ClipKey => (typeof request === 'string' ? request : request.key);
