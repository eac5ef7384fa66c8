import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NarratedText } from '../components/NarratedText';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { clipKey } from '../../../domain/narration/clip-keys';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useNarrationPosition } from '../audio/narration-hooks';
import { useKioskStore } from '../state/kiosk-store';

/** The explanation of a difficult word, over the text that uses it. */
export function LexiconDialog({ lexiconId, onClose }: { lexiconId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const entry = content.lexicon.find((e) => e.id === lexiconId);
  const dialog = useRef<HTMLDivElement>(null);
  const spoken = useNarrationPosition(clipKey.lexicon(lexiconId, 'explanation'));
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      opener?.focus();
    };
  }, [onClose]);
  if (!entry) return null;
  const text = entry.text[language];
  return (
    <div className="dialog-backdrop">
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby="word-title" tabIndex={-1}>
        <p className="dialog-kicker">{t('lexicon.title')}</p>
        <h2 id="word-title" className="dialog-title">
          <Pictogram name={entry.pictogram} className="title-pictogram" />
          {text.word}
        </h2>
        <NarratedText as="div" className="easy-text" lines={text.explanation} language={language} spoken={spoken} />
        <PressableButton className="action" uiKey="controls.close" onPress={onClose} pictogram={CONTROL_PICTOGRAMS.close} />
      </div>
    </div>
  );
}
