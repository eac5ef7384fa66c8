import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { clipKey } from '../../../domain/narration/clip-keys';
import { useNarrator } from '../audio/narration-hooks';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { ModalDialog } from './ModalDialog';
import { PressableButton } from './PressableButton';

export function IdleWarning({ secondsLeft, onStillHere }: { secondsLeft: number; onStillHere: () => void }) {
  const { t } = useTranslation();
  const narrator = useNarrator();
  useEffect(() => {
    narrator.play([clipKey.ui('idle.stillThere')]);
  }, [narrator]);
  return (
    <ModalDialog role="alertdialog" className="idle-dialog" labelledBy="idle-title" describedBy="idle-countdown" onCancel={onStillHere}>
      <h2 id="idle-title" className="dialog-title">{t('idle.stillThere')}</h2>
      <p id="idle-countdown" className="idle-countdown">
        <span className="idle-seconds" aria-hidden="true">{secondsLeft}</span>
        <span>{t('idle.countdown', { count: secondsLeft })}</span>
      </p>
      <PressableButton className="action idle-button" uiKey="idle.imHere" pictogram={CONTROL_PICTOGRAMS.stillThere} onPress={onStillHere} />
    </ModalDialog>
  );
}
