import { LANGUAGES, type Language } from '../contract/venue-defaults';

export { LANGUAGES, type Language };

/** A record with one value for each of the kiosk's languages. */
export function perLanguage<T>(make: (language: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, make(language)])) as Record<Language, T>;
}
