import { useTranslation } from 'react-i18next';
import { NarratedText } from '../components/NarratedText';
import { Tile } from '../components/Tile';
import { clipKey } from '../../../domain/narration/clip-keys';
import { actLabel } from '../../../domain/narration/narration-catalogue';
import { useNarrationPosition } from '../audio/narration-hooks';
import { FocusGroup } from '../focus/focus-context';
import { useContent } from '../content/content-context';
import { useKioskStore } from '../state/kiosk-store';

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const go = useKioskStore((s) => s.go);
  // The spoken prompt is shown too, marked word by word as it is said.
  const spoken = useNarrationPosition(clipKey.ui('home.intro'));
  return (
    <>
      <header className="screen-header">
        <h1 className="screen-title" tabIndex={-1}>
          {t('screen.home')}
        </h1>
        <NarratedText as="div" className="screen-prompt" lines={[t('home.intro')]} language={language} spoken={spoken} />
      </header>
      <FocusGroup name="groups.tiles">
        <ul className="tile-grid tile-grid-acts">
          {content.acts.map((act, index) => (
            <li key={act.id} data-act={index + 1}>
              <Tile
                label={actLabel(i18n, language, index, act.text[language].title)}
                speak={clipKey.actLabel(act.id)}
                title={act.text[language].title}
                language={language}
                pictogram={act.pictogram}
                number={index + 1}
                onPress={() => go({ name: 'act', actId: act.id })}
              />
            </li>
          ))}
        </ul>
      </FocusGroup>
    </>
  );
}
