import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../contract/venue-config';
import ar from '../../locales/ar/ui.json';
import en from '../../locales/en/ui.json';
import es from '../../locales/es/ui.json';
import fr from '../../locales/fr/ui.json';

export const TEXT_DIRECTION: Record<Language, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', es: 'ltr', ar: 'rtl' };

export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    lng: language,
    // No fallback language: a missing text must show up as missing, never silently in another language.
    fallbackLng: false,
    resources: { fr: { ui: fr }, en: { ui: en }, es: { ui: es }, ar: { ui: ar } },
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
