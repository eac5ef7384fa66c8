import { useTranslation } from 'react-i18next';
import type { UiTextKey } from '../../../domain/narration/clip-keys';
import { FocusGroup } from '../focus/focus-context';
import { PressableButton } from '../components/PressableButton';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { SPEECH_RATES, TEXT_SCALES, VOLUME_STEPS_DB, useKioskStore } from '../state/kiosk-store';

const TEXT_SCALE_KEYS = { 1: 'settings.textScale.1', 1.5: 'settings.textScale.1_5', 2: 'settings.textScale.2' } as const satisfies Record<(typeof TEXT_SCALES)[number], UiTextKey>;
const RATE_KEYS = { 0.75: 'settings.rate.0_75', 1: 'settings.rate.1', 1.25: 'settings.rate.1_25' } as const satisfies Record<(typeof SPEECH_RATES)[number], UiTextKey>;

/** Display and sound settings of this visit only: all are reset for the next visitor. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useKioskStore((s) => s.settings);
  const update = useKioskStore((s) => s.updateSettings);
  const volumeIndex = VOLUME_STEPS_DB.indexOf(settings.volumeDb);
  return (
    <>
      <h1 className="screen-title">{t('screen.settings')}</h1>
      <div className="settings">
        <section aria-labelledby="text-size-title">
          <h2 id="text-size-title">{t('settings.textSize')}</h2>
          <FocusGroup>
          <div className="setting-choices">
            {TEXT_SCALES.map((scale) => (
              <PressableButton key={scale} className="setting" pressed={settings.textScale === scale} uiKey={TEXT_SCALE_KEYS[scale]} pictogram={CONTROL_PICTOGRAMS.textSize} onPress={() => update({ textScale: scale })} />
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
          <FocusGroup>
          <div className="setting-choices">
            {SPEECH_RATES.map((rate) => (
              <PressableButton key={rate} className="setting" pressed={settings.speechRate === rate} uiKey={RATE_KEYS[rate]} pictogram={rate < 1 ? CONTROL_PICTOGRAMS.slower : CONTROL_PICTOGRAMS.speed} onPress={() => update({ speechRate: rate })} />
            ))}
          </div>
          </FocusGroup>
        </section>
        <section aria-labelledby="volume-title">
          <h2 id="volume-title">{t('settings.volume')}</h2>
          <FocusGroup>
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
