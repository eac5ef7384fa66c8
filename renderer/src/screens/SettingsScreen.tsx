import { useTranslation } from 'react-i18next';
import { clipKey } from '../../../domain/narration/clip-keys';
import { PressableButton } from '../components/PressableButton';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { SPEECH_RATES, TEXT_SCALES, VOLUME_STEPS_DB, useKioskStore } from '../state/kiosk-store';

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
          <div className="setting-choices">
            {TEXT_SCALES.map((scale) => (
              <PressableButton key={scale} className="setting" pressed={settings.textScale === scale} label={t('settings.textScaleValue', { percent: scale * 100 })} speakKey={clipKey.ui('settings.textSize')} pictogram={CONTROL_PICTOGRAMS.textSize} onPress={() => update({ textScale: scale })} />
            ))}
          </div>
        </section>
        <section aria-labelledby="contrast-title">
          <h2 id="contrast-title">{t('settings.contrast')}</h2>
          <PressableButton className="setting" pressed={settings.highContrast} label={t('settings.highContrast')} speakKey={clipKey.ui('settings.highContrast')} pictogram={CONTROL_PICTOGRAMS.contrast} onPress={() => update({ highContrast: !settings.highContrast })} />
        </section>
        <section aria-labelledby="scanning-title">
          <h2 id="scanning-title">{t('settings.scanning')}</h2>
          <PressableButton className="setting" pressed={settings.scanning} label={t('settings.scanningOn')} speakKey={clipKey.ui('settings.scanningOn')} pictogram={CONTROL_PICTOGRAMS.scanning} onPress={() => update({ scanning: !settings.scanning })} />
        </section>
        <section aria-labelledby="speed-title">
          <h2 id="speed-title">{t('settings.speed')}</h2>
          <div className="setting-choices">
            {SPEECH_RATES.map((rate) => (
              <PressableButton key={rate} className="setting" pressed={settings.speechRate === rate} label={t(`settings.rate.${String(rate).replace('.', '_')}`)} speakKey={clipKey.ui(`settings.rate.${String(rate).replace('.', '_')}`)} pictogram={rate < 1 ? CONTROL_PICTOGRAMS.slower : CONTROL_PICTOGRAMS.speed} onPress={() => update({ speechRate: rate })} />
            ))}
          </div>
        </section>
        <section aria-labelledby="volume-title">
          <h2 id="volume-title">{t('settings.volume')}</h2>
          <div className="setting-choices">
            <PressableButton className="setting" label={t('settings.volumeDown')} speakKey={clipKey.ui('settings.volumeDown')} pictogram={CONTROL_PICTOGRAMS.volumeDown} onPress={() => update({ volumeDb: VOLUME_STEPS_DB[Math.max(0, volumeIndex - 1)] })} />
            <meter className="volume-meter" aria-label={t('settings.volume')} min={0} max={VOLUME_STEPS_DB.length - 1} value={volumeIndex} />
            <PressableButton className="setting" label={t('settings.volumeUp')} speakKey={clipKey.ui('settings.volumeUp')} pictogram={CONTROL_PICTOGRAMS.volumeUp} onPress={() => update({ volumeDb: VOLUME_STEPS_DB[Math.min(VOLUME_STEPS_DB.length - 1, volumeIndex + 1)] })} />
          </div>
        </section>
      </div>
    </>
  );
}
