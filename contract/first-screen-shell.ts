/**
 * The first screen drawn by the build into the page, before the app loads (renderer/boot/first-screen-shell.ts),
 * and what the app asks of it once loaded: the language a visitor chose there, if any.
 */
export const FIRST_SCREEN_SHELL = {
  /** On the shell's screen element: the app's own screens do not carry it. */
  marker: 'data-first-screen-shell',
  /** On each language button: its language code. */
  languageAttribute: 'data-language',
  /** On the button of the language chosen before the app loaded. */
  chosenAttribute: 'data-chosen',
  /** Where the shell's script puts its hand-over on `window`. */
  global: 'kelvoaFirstScreen',
  /** The choice of a touch beside the language buttons: the venue's language, which only the app knows. */
  venueLanguage: 'venue',
  /** Performance mark: the first screen is drawn and its buttons answer (measured by `npm run bench`). */
  usableMark: 'first-screen-drawn',
} as const;

export interface FirstScreenShell {
  /**
   * Stops listening (after the press under way, if any, is lifted) and gives what was chosen: a language's
   * code, `venueLanguage`, or null.
   */
  handOver: () => Promise<string | null>;
}

/** What the shell loads once its screen answers (written into it by the build): the app and what it fetches first. */
export interface AppLoading {
  /** The app's module script. */
  script: string;
  /** The modules it imports at once. */
  modulePreloads: string[];
  /** The data it fetches at once: the default language's texts and the clip indexes. */
  fetchPreloads: string[];
}
