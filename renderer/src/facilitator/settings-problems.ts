import type { TFunction } from 'i18next';
import { LANGUAGES, VENUE_NUMBER_RULES, type ConfigProblem, type Language } from '../../../contract/venue-config';

/**
 * A refused setting said in the facilitator's language. The host's reasons are English sentences for its log;
 * the field says which rule was broken (each editable field has one), so the page words it itself. A reason
 * the page does not know (a file that could not be written) stays in English, marked as such.
 */
export function problemText(t: TFunction, problem: ConfigProblem, defaultLanguage: Language, languageName: (language: Language) => string): { text: string; lang?: 'en' } {
  if (problem.field in VENUE_NUMBER_RULES) return { text: t('facilitator.settings.problem.range', { ...VENUE_NUMBER_RULES[problem.field as keyof typeof VENUE_NUMBER_RULES] }) };
  if (problem.field === 'languages') return { text: t('facilitator.settings.problem.languages', { max: LANGUAGES.length }) };
  if (problem.field === 'defaultLanguage') return { text: t('facilitator.settings.problem.notOffered', { language: languageName(defaultLanguage) }) };
  return { text: `${problem.field}: ${problem.message}`, lang: 'en' };
}
