import type { Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../contract/venue-config';
import { createUiText } from '../../domain/narration/ui-text';
import arPictograms from '../../locales/ar/pictograms.json';
import ar from '../../locales/ar/ui.json';
import enPictograms from '../../locales/en/pictograms.json';
import en from '../../locales/en/ui.json';
import esPictograms from '../../locales/es/pictograms.json';
import es from '../../locales/es/ui.json';
import frPictograms from '../../locales/fr/pictograms.json';
import fr from '../../locales/fr/ui.json';

export const TEXT_DIRECTION: Record<Language, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', es: 'ltr', ar: 'rtl' };

export const UI_RESOURCES = {
  fr: { ui: fr, pictograms: frPictograms },
  en: { ui: en, pictograms: enPictograms },
  es: { ui: es, pictograms: esPictograms },
  ar: { ui: ar, pictograms: arPictograms },
} as const;

export function initI18n(language: Language) {
  return createUiText(UI_RESOURCES as unknown as Resource, language, [initReactI18next]);
}
