import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SCAN_MODES, VENUE_NUMBER_RULES, type ConfigProblem, type Language, type ScanMode, type VenueConfig } from '../../../contract/venue-config';
import type { UiTextKey } from '../../../domain/narration/clip-keys';
import { PressableButton } from '../components/PressableButton';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { useSessionGuard } from './use-session-guard';

type NumberField = keyof typeof VENUE_NUMBER_RULES;
const NUMBER_FIELDS = Object.keys(VENUE_NUMBER_RULES) as NumberField[];
const LABELS: Record<NumberField | 'scanningByDefault', UiTextKey> = {
  idleTimeoutSeconds: 'facilitator.settings.idleTimeoutSeconds',
  idleWarningSeconds: 'facilitator.settings.idleWarningSeconds',
  attractInvitationSeconds: 'facilitator.settings.attractInvitationSeconds',
  scanStepSeconds: 'facilitator.settings.scanStepSeconds',
  newScreenGuardSeconds: 'facilitator.settings.newScreenGuardSeconds',
  workshopMaxMinutes: 'facilitator.settings.workshopMaxMinutes',
  scanningByDefault: 'facilitator.settings.scanningByDefault',
};

/** The venue's settings, changed here and applied at once: main checks them with the file's own rules. */
export function VenueSettingsForm() {
  const { t, i18n } = useTranslation();
  const venue = useKioskStore((s) => s.venue);
  const setVenue = useKioskStore((s) => s.setVenue);
  const guard = useSessionGuard();
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(() => Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(venue[field])])) as Record<NumberField, string>);
  const [scanning, setScanning] = useState(venue.scanningByDefault);
  const [scanMode, setScanMode] = useState<ScanMode>(venue.scanMode);
  const [positions, setPositions] = useState<(Language | '')[]>(() => LANGUAGES.map((_, index) => venue.languages[index] ?? ''));
  const [defaultLanguage, setDefaultLanguage] = useState<Language>(venue.defaultLanguage);
  const [result, setResult] = useState<{ saved: true } | { saved: false; problems: ConfigProblem[] } | null>(null);
  const languageName = (language: Language) => i18n.getFixedT(language)('language.name');
  const offered = positions.filter((language) => language !== '');
  const languageOptions = LANGUAGES.map((code) => (
    <option key={code} value={code} lang={code}>
      {languageName(code)}
    </option>
  ));

  const save = async () => {
    const wanted: Partial<VenueConfig> = { scanningByDefault: scanning, scanMode, languages: offered, defaultLanguage };
    for (const field of NUMBER_FIELDS) wanted[field] = numbers[field].trim() === '' ? Number.NaN : Number(numbers[field]);
    const change = Object.fromEntries(Object.entries(wanted).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(venue[field as keyof VenueConfig])));
    if (Object.keys(change).length === 0) return setResult({ saved: true });
    const reply = await guard(() => kioskApi.updateVenueSettings(change));
    if (!reply) return;
    if (reply.ok) {
      setVenue(reply.reply.config);
      setResult({ saved: true });
    } else setResult({ saved: false, problems: reply.problems });
  };

  const fieldName = (field: string) => (field in LABELS ? t(LABELS[field as keyof typeof LABELS]) : field === 'languages' ? t('facilitator.settings.languages') : field === 'defaultLanguage' ? t('facilitator.settings.defaultLanguage') : field === 'scanMode' ? t('facilitator.settings.scanMode.title') : field);

  return (
    <section aria-labelledby="venue-settings-title" className="facilitator-section">
      <h1 id="venue-settings-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.menu.settings')}
      </h1>
      <form className="venue-settings" onSubmit={(event) => event.preventDefault()}>
        {NUMBER_FIELDS.map((field) => (
          <label key={field} className="venue-field">
            <span>{t(LABELS[field])}</span>
            <input
              type="number"
              inputMode="decimal"
              min={VENUE_NUMBER_RULES[field].min}
              max={VENUE_NUMBER_RULES[field].max}
              step="any"
              value={numbers[field]}
              onChange={(event) => setNumbers((current) => ({ ...current, [field]: event.target.value }))}
            />
          </label>
        ))}
        <label className="venue-field venue-check">
          <input type="checkbox" checked={scanning} onChange={(event) => setScanning(event.target.checked)} />
          <span>{t('facilitator.settings.scanningByDefault')}</span>
        </label>
        <label className="venue-field">
          <span>{t('facilitator.settings.scanMode.title')}</span>
          <select value={scanMode} onChange={(event) => setScanMode(event.target.value as ScanMode)}>
            {SCAN_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`facilitator.settings.scanMode.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="venue-field">
          <legend>{t('facilitator.settings.languages')}</legend>
          {positions.map((language, index) => (
            <label key={index} className="venue-language">
              <span>{t('facilitator.settings.position', { number: index + 1 })}</span>
              <select value={language} onChange={(event) => setPositions((current) => current.map((value, i) => (i === index ? (event.target.value as Language | '') : value)))}>
                <option value="">{t('facilitator.settings.none')}</option>
                {languageOptions}
              </select>
            </label>
          ))}
        </fieldset>
        <label className="venue-field">
          <span>{t('facilitator.settings.defaultLanguage')}</span>
          <select value={defaultLanguage} onChange={(event) => setDefaultLanguage(event.target.value as Language)}>
            {languageOptions}
          </select>
        </label>
        <PressableButton className="action" uiKey="facilitator.settings.save" onPress={() => void save()} />
      </form>
      {result?.saved && <p role="status">{t('facilitator.settings.saved')}</p>}
      {result && !result.saved && (
        <div role="alert" className="facilitator-alert">
          <p>{t('facilitator.settings.refused')}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.field}${problem.message}`}>
                {fieldName(problem.field)} : {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
