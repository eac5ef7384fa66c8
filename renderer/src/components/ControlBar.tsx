import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clipKey } from '../../../domain/narration/clip-keys';
import { useNarrationStore, useNarrator } from '../audio/narration-hooks';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useKioskStore } from '../state/kiosk-store';
import { FocusGroup } from '../focus/focus-context';
import { PressableButton } from './PressableButton';

/** How long a short message of the bar stays on screen. */
const NOTICE_MS = 4000;

/** The same bar, at the same place, on every screen after the attract screen. */
export function ControlBar() {
  const { t } = useTranslation();
  const narrator = useNarrator();
  const status = useNarrationStore((s) => s.status);
  const home = useKioskStore((s) => s.home);
  const back = useKioskStore((s) => s.back);
  const go = useKioskStore((s) => s.go);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  // On a small screen the bar is one row that scrolls sideways: a button the keyboard reaches comes wholly into
  // view (the browser itself leaves a button half seen as it is).
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const reveal = (event: FocusEvent) => (event.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    element.addEventListener('focusin', reveal);
    return () => element.removeEventListener('focusin', reveal);
  }, []);
  const paused = status === 'paused';
  const pauseOrResume = () => {
    if (paused) return narrator.resume();
    if (status === 'playing' || status === 'loading') return narrator.pause();
    // Nothing to pause: the kiosk says so, in words and aloud, rather than doing nothing.
    setNotice(t('controls.nothingPlaying'));
    narrator.speakName(clipKey.ui('controls.nothingPlaying'));
  };
  return (
    <div className="control-bar-frame">
      {/* A live region present before its message, so the message is announced; not role=status, which is the audio notice's. */}
      <p className="bar-notice" aria-live="polite">
        {notice}
      </p>
      <nav ref={bar} className="control-bar" aria-label={t('controls.navigation')}>
        <FocusGroup name="groups.controls">
          <PressableButton className="control" uiKey="controls.home" pictogram={CONTROL_PICTOGRAMS.home} onPress={home} />
          <PressableButton className="control" uiKey="controls.back" pictogram={CONTROL_PICTOGRAMS.back} directional onPress={back} />
          <PressableButton className="control" uiKey="controls.listenAgain" pictogram={CONTROL_PICTOGRAMS.listenAgain} onPress={() => narrator.replay()} />
          <PressableButton className="control" uiKey={paused ? 'controls.resume' : 'controls.pause'} pictogram={paused ? CONTROL_PICTOGRAMS.play : CONTROL_PICTOGRAMS.pause} onPress={pauseOrResume} />
          <PressableButton className="control" uiKey="controls.help" pictogram={CONTROL_PICTOGRAMS.help} onPress={() => go({ name: 'help' })} />
          <PressableButton className="control" uiKey="controls.settings" pictogram={CONTROL_PICTOGRAMS.settings} onPress={() => go({ name: 'settings' })} />
        </FocusGroup>
      </nav>
    </div>
  );
}
