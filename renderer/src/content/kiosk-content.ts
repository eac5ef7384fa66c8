/**
 * The kiosk's content as the page loads it, validated at build time (scripts/content-files-plugin.ts): the
 * programme's structure comes with the script; the texts of a language are fetched as data when that language
 * is first needed: the venue's default language at boot, the others once the first screen is drawn (so that a
 * visitor's choice is instant), any one of them when it is chosen before that. A screen is drawn in a language
 * only once its texts are in (navigation/displayed-screen.ts); the facilitator mode waits for every language.
 * The page checks only their shape (domain/content/page-content.ts): a damaged file gives an error naming it.
 */
import { contentStructure, textsUrls } from 'virtual:content-files';
import { LANGUAGES, type Language } from '../../../contract/venue-defaults';
import type { Content } from '../../../domain/content/build-content';
import { addLanguageTexts, checkStructure, contentWithoutTexts } from '../../../domain/content/page-content';

const pictogramFiles = import.meta.glob('../../../assets/pictograms/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

export const PICTOGRAM_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(pictogramFiles).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1, -'.svg'.length), url]),
);

/** A language's texts (some 45 kB from the local disk) not read after this long will not be. */
const TEXTS_TIMEOUT_MS = 8000;

let content: Content | null = null;
const loaded = new Set<Language>();
const loading = new Map<Language, Promise<void>>();
let loadingAll: Promise<void> | null = null;

/** The page's content: its structure, checked once (it throws when no act can be read); texts fill in by language. */
export function kioskContent(): Content {
  return (content ??= contentWithoutTexts(checkStructure(contentStructure)));
}

async function fetchTexts(language: Language): Promise<void> {
  const url = new URL(textsUrls[language], document.baseURI);
  const response = await fetch(url, { signal: AbortSignal.timeout(TEXTS_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${language} programme texts: ${url.pathname}: HTTP ${response.status}`);
  const texts: unknown = await response.json().catch((error: unknown) => {
    throw new Error(`${language} programme texts: ${url.pathname}: not JSON: ${String(error)}`);
  });
  addLanguageTexts(kioskContent(), language, texts);
  loaded.add(language);
}

/** Loads a language's texts once; a failed load may be tried again. */
export function loadLanguageTexts(language: Language): Promise<void> {
  let load = loading.get(language);
  if (!load) {
    load = fetchTexts(language).catch((error: unknown) => {
      loading.delete(language);
      throw error;
    });
    loading.set(language, load);
  }
  return load;
}

export function languageTextsLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** Every language's texts (the facilitator mode shows and checks them all): one promise, until one fails. */
export function loadAllLanguageTexts(): Promise<void> {
  return (loadingAll ??= Promise.all(LANGUAGES.map(loadLanguageTexts)).then(
    () => undefined,
    (error: unknown) => {
      loadingAll = null;
      throw error;
    },
  ));
}
