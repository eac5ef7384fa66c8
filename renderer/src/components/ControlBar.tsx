import { useTranslation } from 'react-i18next';
import { clipKey } from '../../../domain/narration/clip-keys';
import { useNarrationStore, useNarrator } from '../audio/narration-hooks';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useKioskStore } from '../state/kiosk-store';
import { PressableButton } from './PressableButton';

/** The same bar, at the same place, on every screen after the attract screen. */
export function ControlBar() {
  const { t } = useTranslation();
  const narrator = useNarrator();
  const status = useNarrationStore((s) => s.status);
  const home = useKioskStore((s) => s.home);
  const back = useKioskStore((s) => s.back);
  const go = useKioskStore((s) => s.go);
  const paused = status === 'paused';
  return (
    <nav className="control-bar" aria-label={t('controls.navigation')}>
      <PressableButton className="control" label={t('controls.home')} speakKey={clipKey.ui('controls.home')} pictogram={CONTROL_PICTOGRAMS.home} onPress={home} />
      <PressableButton className="control" label={t('controls.back')} speakKey={clipKey.ui('controls.back')} pictogram={CONTROL_PICTOGRAMS.back} directional onPress={back} />
      <PressableButton className="control" label={t('controls.listenAgain')} speakKey={clipKey.ui('controls.listenAgain')} pictogram={CONTROL_PICTOGRAMS.listenAgain} onPress={() => narrator.replay()} />
      <PressableButton
        className="control"
        label={t(paused ? 'controls.resume' : 'controls.pause')}
        speakKey={clipKey.ui(paused ? 'controls.resume' : 'controls.pause')}
        pictogram={paused ? CONTROL_PICTOGRAMS.play : CONTROL_PICTOGRAMS.pause}
        onPress={() => (paused ? narrator.resume() : narrator.pause())}
      />
      <PressableButton className="control" label={t('controls.help')} speakKey={clipKey.ui('controls.help')} pictogram={CONTROL_PICTOGRAMS.help} onPress={() => go({ name: 'help' })} />
      <PressableButton className="control" label={t('controls.settings')} speakKey={clipKey.ui('controls.settings')} pictogram={CONTROL_PICTOGRAMS.settings} onPress={() => go({ name: 'settings' })} />
    </nav>
  );
}
