import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog';
import { NarratedText } from '../components/NarratedText';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { clipKey } from '../../../domain/narration/clip-keys';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useNarrationPosition } from '../audio/narration-hooks';
import { useKioskStore } from '../state/kiosk-store';

/** The explanation of a difficult word, over the text that uses it; the page behind is inert while it is open. */
export function LexiconDialog({ lexiconId, onClose }: { lexiconId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const entry = content.lexicon.find((e) => e.id === lexiconId);
  const spoken = useNarrationPosition(clipKey.lexicon(lexiconId, 'explanation'));
  if (!entry) return null;
  const text = entry.text[language];
  return (
    <ModalDialog className="word-dialog" labelledBy="word-title" onCancel={onClose}>
      <p className="dialog-kicker">{t('lexicon.title')}</p>
      <h2 id="word-title" className="dialog-title">
        <Pictogram name={entry.pictogram} className="dialog-pictogram" decorative />
        <span>{text.word}</span>
      </h2>
      <NarratedText as="div" className="easy-text" lines={text.explanation} language={language} spoken={spoken} />
      <PressableButton className="action" uiKey="controls.close" onPress={onClose} pictogram={CONTROL_PICTOGRAMS.close} />
    </ModalDialog>
  );
}
