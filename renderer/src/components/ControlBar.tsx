import { useTranslation } from 'react-i18next';
import { useNarrationStore, useNarrator } from '../audio/narration-hooks';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useKioskStore } from '../state/kiosk-store';
import { FocusGroup } from '../focus/focus-context';
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
      <FocusGroup>
        <PressableButton className="control" uiKey="controls.home" pictogram={CONTROL_PICTOGRAMS.home} onPress={home} />
        <PressableButton className="control" uiKey="controls.back" pictogram={CONTROL_PICTOGRAMS.back} directional onPress={back} />
        <PressableButton className="control" uiKey="controls.listenAgain" pictogram={CONTROL_PICTOGRAMS.listenAgain} onPress={() => narrator.replay()} />
        <PressableButton
          className="control"
          uiKey={paused ? 'controls.resume' : 'controls.pause'}
          pictogram={paused ? CONTROL_PICTOGRAMS.play : CONTROL_PICTOGRAMS.pause}
          onPress={() => (paused ? narrator.resume() : narrator.pause())}
        />
        <PressableButton className="control" uiKey="controls.help" pictogram={CONTROL_PICTOGRAMS.help} onPress={() => go({ name: 'help' })} />
        <PressableButton className="control" uiKey="controls.settings" pictogram={CONTROL_PICTOGRAMS.settings} onPress={() => go({ name: 'settings' })} />
      </FocusGroup>
    </nav>
  );
}
