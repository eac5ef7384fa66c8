/**
 * The one i18next set-up for UI strings, used by the page to show them and by the narration catalogue to
 * speak them: the same resources and the same interpolation, so what is heard is what is shown.
 */
import i18next, { type i18n, type Module, type Resource } from 'i18next';
import type { Language } from '../languages';

export const UI_NAMESPACE = 'ui';

export function createUiText(resources: Resource, language: Language, plugins: readonly Module[] = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: language,
    // No fallback language: a missing text must show up as missing, never silently in another language.
    fallbackLng: false,
    resources,
    defaultNS: UI_NAMESPACE,
    ns: Object.keys(Object.values(resources)[0] ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
    // Resources are given in full: initialisation is synchronous, so the build can use it at once.
    initAsync: false,
  });
  return instance;
}
