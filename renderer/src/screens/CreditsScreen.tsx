import { useTranslation } from 'react-i18next';
import { clipKey } from '../../../domain/narration/clip-keys';
import { PressableButton } from '../components/PressableButton';
import { FocusGroup } from '../focus/focus-context';
import { useNarrator } from '../audio/narration-hooks';

const CREDIT_LINES = ['programme', 'pictograms', 'font', 'arabicFont', 'voices', 'qr'] as const;

export function CreditsScreen() {
  const { t } = useTranslation();
  const narrator = useNarrator();
  return (
    <>
      <h1 className="screen-title" tabIndex={-1}>
        {t('screen.credits')}
      </h1>
      <FocusGroup name="screen.credits">
        <ul className="credits">
          {CREDIT_LINES.map((line) => (
            <li key={line}>
              <PressableButton className="credit-line" uiKey={`credits.${line}`} onPress={() => narrator.play([clipKey.ui(`credits.${line}`)])} />
            </li>
          ))}
        </ul>
      </FocusGroup>
    </>
  );
}
