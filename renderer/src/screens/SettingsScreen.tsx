import { useTranslation } from 'react-i18next';
import type { UiTextKey } from '../../../domain/narration/clip-keys';
import { FocusGroup } from '../focus/focus-context';
import { PressableButton } from '../components/PressableButton';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { SPEECH_RATES, TEXT_SCALES, VOLUME_STEPS_DB, useKioskStore } from '../state/kiosk-store';

/**
 * Each text size is shown by a letter of that size: the choice is seen without reading its name. The letter is
 * drawn by the style sheet, a picture and not text, so that the button's visible label is its name alone
 * (WCAG 2.5.3; IBM Equal Access read an "A" in the DOM as part of the label).
 */
const TEXT_SIZES = [
  { scale: 1, key: 'settings.textScale.1', letter: 'letter-small' },
  { scale: 1.5, key: 'settings.textScale.1_5', letter: 'letter-medium' },
  { scale: 2, key: 'settings.textScale.2', letter: 'letter-large' },
] as const satisfies readonly { scale: (typeof TEXT_SCALES)[number]; key: UiTextKey; letter: string }[];

/** Each voice speed has its own picture: a mouth, with a turtle for slow and a rabbit for fast. */
const VOICE_SPEEDS = [
  { rate: 0.75, key: 'settings.rate.0_75', pictogram: CONTROL_PICTOGRAMS.slowVoice },
  { rate: 1, key: 'settings.rate.1', pictogram: CONTROL_PICTOGRAMS.normalVoice },
  { rate: 1.25, key: 'settings.rate.1_25', pictogram: CONTROL_PICTOGRAMS.fastVoice },
] as const satisfies readonly { rate: (typeof SPEECH_RATES)[number]; key: UiTextKey; pictogram: string }[];

/** Display and sound settings of this visit only: all are reset for the next visitor. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useKioskStore((s) => s.settings);
  const update = useKioskStore((s) => s.updateSettings);
  const volumeIndex = VOLUME_STEPS_DB.indexOf(settings.volumeDb);
  return (
    <>
      <h1 className="screen-title" tabIndex={-1}>
        {t('screen.settings')}
      </h1>
      <div className="settings">
        <section aria-labelledby="text-size-title">
          <h2 id="text-size-title">{t('settings.textSize')}</h2>
          <FocusGroup name="settings.textSize">
            <div className="setting-choices">
              {TEXT_SIZES.map(({ scale, key, letter }) => (
                <PressableButton key={scale} className="setting" pressed={settings.textScale === scale} uiKey={key} onPress={() => update({ textScale: scale })}>
                  <span className={`size-letter ${letter}`} aria-hidden="true" />
                  <span className="button-label">{t(key)}</span>
                </PressableButton>
              ))}
            </div>
          </FocusGroup>
        </section>
        <section aria-labelledby="contrast-title">
          <h2 id="contrast-title">{t('settings.contrast')}</h2>
          <PressableButton className="setting" pressed={settings.highContrast} uiKey="settings.highContrast" pictogram={CONTROL_PICTOGRAMS.contrast} onPress={() => update({ highContrast: !settings.highContrast })} />
        </section>
        <section aria-labelledby="scanning-title">
          <h2 id="scanning-title">{t('settings.scanning')}</h2>
          <PressableButton className="setting" pressed={settings.scanning} uiKey="settings.scanningOn" pictogram={CONTROL_PICTOGRAMS.scanning} onPress={() => update({ scanning: !settings.scanning })} />
        </section>
        <section aria-labelledby="speed-title">
          <h2 id="speed-title">{t('settings.speed')}</h2>
          <FocusGroup name="settings.speed">
            <div className="setting-choices">
              {VOICE_SPEEDS.map(({ rate, key, pictogram }) => (
                <PressableButton key={rate} className="setting" pressed={settings.speechRate === rate} uiKey={key} pictogram={pictogram} onPress={() => update({ speechRate: rate })} />
              ))}
            </div>
          </FocusGroup>
        </section>
        <section aria-labelledby="volume-title">
          <h2 id="volume-title">{t('settings.volume')}</h2>
          <FocusGroup name="settings.volume">
            <div className="setting-choices">
              <PressableButton className="setting" uiKey="settings.volumeDown" pictogram={CONTROL_PICTOGRAMS.volumeDown} onPress={() => update({ volumeDb: VOLUME_STEPS_DB[Math.max(0, volumeIndex - 1)] })} />
              <meter className="volume-meter" aria-label={t('settings.volume')} min={0} max={VOLUME_STEPS_DB.length - 1} value={volumeIndex} />
              <PressableButton className="setting" uiKey="settings.volumeUp" pictogram={CONTROL_PICTOGRAMS.volumeUp} onPress={() => update({ volumeDb: VOLUME_STEPS_DB[Math.min(VOLUME_STEPS_DB.length - 1, volumeIndex + 1)] })} />
            </div>
          </FocusGroup>
        </section>
      </div>
    </>
  );
}
