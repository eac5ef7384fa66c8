import { useTranslation } from 'react-i18next';
import { LANGUAGES, SCAN_MODES, VENUE_NUMBER_RULES, type ConfigProblem, type Language, type ScanMode } from '../../../contract/venue-config';
import type { UiTextKey } from '../../../domain/narration/clip-keys';
import { PressableButton } from '../components/PressableButton';
import { problemText } from './settings-problems';
import { NUMBER_FIELDS, useVenueSettingsForm, type NumberField } from './use-venue-settings-form';

const LABELS: Record<NumberField | 'scanningByDefault' | 'scanMode' | 'languages' | 'defaultLanguage', UiTextKey> = {
  idleTimeoutSeconds: 'facilitator.settings.idleTimeoutSeconds',
  idleWarningSeconds: 'facilitator.settings.idleWarningSeconds',
  attractInvitationSeconds: 'facilitator.settings.attractInvitationSeconds',
  scanStepSeconds: 'facilitator.settings.scanStepSeconds',
  newScreenGuardSeconds: 'facilitator.settings.newScreenGuardSeconds',
  workshopMaxMinutes: 'facilitator.settings.workshopMaxMinutes',
  scanningByDefault: 'facilitator.settings.scanningByDefault',
  scanMode: 'facilitator.settings.scanMode.title',
  languages: 'facilitator.settings.languages',
  defaultLanguage: 'facilitator.settings.defaultLanguage',
};

const errorId = (field: string) => `venue-error-${field}`;

/** The venue's settings, changed here and applied at once: main checks them with the file's own rules. */
export function VenueSettingsForm() {
  const { t, i18n } = useTranslation();
  const { values, change, submit, outcome, keptSince, form } = useVenueSettingsForm();
  const languageName = (language: Language) => i18n.getFixedT(language)('language.name');
  const problems = outcome && !outcome.saved ? outcome.problems : [];
  const say = (problem: ConfigProblem) => problemText(t, problem, values.defaultLanguage, languageName);
  /** A refused field: marked invalid, and its reason read with it. */
  const invalid = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {};
  };
  const fieldError = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    if (!problem) return null;
    const { text, lang } = say(problem);
    return (
      <span id={errorId(field)} className="venue-error" lang={lang}>
        {text}
      </span>
    );
  };
  const languageOptions = LANGUAGES.map((code) => (
    <option key={code} value={code} lang={code}>
      {languageName(code)}
    </option>
  ));

  return (
    <section aria-labelledby="venue-settings-title" className="facilitator-section">
      <h1 id="venue-settings-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.menu.settings')}
      </h1>
      {keptSince !== null && (
        <p className="facilitator-alert">{t('facilitator.settings.kept', { time: new Date(keptSince).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) })}</p>
      )}
      {/* The host checks the values (and says why in the facilitator's language); the browser's own English bubbles would not. */}
      <form ref={form} className="venue-settings" noValidate onSubmit={(event) => void submit(event)}>
        {NUMBER_FIELDS.map((field) => (
          <div key={field} className="venue-row">
            <label className="venue-field">
              <span>{t(LABELS[field])}</span>
              <input
                type="number"
                inputMode="decimal"
                min={VENUE_NUMBER_RULES[field].min}
                max={VENUE_NUMBER_RULES[field].max}
                step="any"
                value={values.numbers[field]}
                onChange={(event) => change({ numbers: { ...values.numbers, [field]: event.target.value } })}
                {...invalid(field)}
              />
            </label>
            {fieldError(field)}
          </div>
        ))}
        <div className="venue-row">
          <label className="venue-field venue-check">
            <input type="checkbox" checked={values.scanning} onChange={(event) => change({ scanning: event.target.checked })} {...invalid('scanningByDefault')} />
            <span>{t(LABELS.scanningByDefault)}</span>
          </label>
          {fieldError('scanningByDefault')}
        </div>
        <div className="venue-row">
          <label className="venue-field">
            <span>{t(LABELS.scanMode)}</span>
            <select value={values.scanMode} onChange={(event) => change({ scanMode: event.target.value as ScanMode })} {...invalid('scanMode')}>
              {SCAN_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`facilitator.settings.scanMode.${mode}`)}
                </option>
              ))}
            </select>
          </label>
          {fieldError('scanMode')}
        </div>
        <fieldset className="venue-field">
          <legend>{t(LABELS.languages)}</legend>
          {values.positions.map((language, index) => (
            <label key={index} className="venue-language">
              <span>{t('facilitator.settings.position', { number: index + 1 })}</span>
              <select
                value={language}
                onChange={(event) => change({ positions: values.positions.map((value, i) => (i === index ? (event.target.value as Language | '') : value)) })}
                {...invalid('languages')}
              >
                <option value="">{t('facilitator.settings.none')}</option>
                {languageOptions}
              </select>
            </label>
          ))}
          {fieldError('languages')}
        </fieldset>
        <div className="venue-row">
          <label className="venue-field">
            <span>{t(LABELS.defaultLanguage)}</span>
            <select value={values.defaultLanguage} onChange={(event) => change({ defaultLanguage: event.target.value as Language })} {...invalid('defaultLanguage')}>
              {languageOptions}
            </select>
          </label>
          {fieldError('defaultLanguage')}
        </div>
        <PressableButton className="action" uiKey="facilitator.settings.save" submit />
      </form>
      {outcome?.saved && <p role="status">{t('facilitator.settings.saved')}</p>}
      {problems.length > 0 && (
        <div role="alert" className="facilitator-alert">
          <p>{t('facilitator.settings.refused')}</p>
          <ul>
            {problems.map((problem) => {
              const { text, lang } = say(problem);
              return (
                <li key={`${problem.field}${problem.message}`} lang={lang}>
                  {problem.field in LABELS ? t('facilitator.settings.problem.field', { field: t(LABELS[problem.field as keyof typeof LABELS]), problem: text }) : text}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
