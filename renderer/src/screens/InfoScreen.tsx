import { useTranslation } from 'react-i18next';
import { clipKey } from '../../../domain/narration/clip-keys';
import { useNarrationPosition } from '../audio/narration-hooks';
import { NarratedText } from '../components/NarratedText';
import { PressableButton } from '../components/PressableButton';
import { QrCode } from '../components/QrCode';
import { FocusGroup } from '../focus/focus-context';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useKioskStore } from '../state/kiosk-store';

/** Help and About: a title and a short spoken text. */
export function InfoScreen({ topic }: { topic: 'help' | 'about' }) {
  const { t } = useTranslation();
  const language = useKioskStore((s) => s.language);
  const go = useKioskStore((s) => s.go);
  const statementUrl = useKioskStore((s) => s.venue.accessibilityStatementUrl);
  const lines = t(`${topic}.lines`, { returnObjects: true }) as string[];
  const spoken = useNarrationPosition(clipKey.ui(`${topic}.lines`));
  return (
    <>
      <h1 className="screen-title" tabIndex={-1}>
        {t(`screen.${topic}`)}
      </h1>
      <NarratedText as="ol" className="easy-text" lines={lines} language={language} spoken={spoken} />
      {/* The way to the accessibility statement, where the venue publishes it: a code to scan, and its address. */}
      {topic === 'about' && statementUrl && (
        <div className="reference statement-link">
          <QrCode value={statementUrl} label={t('about.statementQr', { url: statementUrl })} runTime />
          <p className="reference-url" dir="ltr">
            {statementUrl}
          </p>
        </div>
      )}
      {topic === 'help' && (
        <FocusGroup name="groups.more">
          <div className="item-actions">
            <PressableButton className="action" uiKey="controls.about" pictogram={CONTROL_PICTOGRAMS.about} onPress={() => go({ name: 'about' })} />
            <PressableButton className="action" uiKey="controls.credits" pictogram={CONTROL_PICTOGRAMS.credits} onPress={() => go({ name: 'credits' })} />
          </div>
        </FocusGroup>
      )}
    </>
  );
}
