import { useTranslation } from 'react-i18next';
import { PressableButton } from '../components/PressableButton';
import { Pictogram } from '../components/Pictogram';
import { clipKey } from '../../../domain/narration/clip-keys';
import { actLabel } from '../../../domain/narration/narration-catalogue';
import { FocusGroup } from '../focus/focus-context';
import { useContent } from '../content/content-context';
import { useKioskStore } from '../state/kiosk-store';

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const go = useKioskStore((s) => s.go);
  return (
    <>
      <h1 className="screen-title">{t('screen.home')}</h1>
      <FocusGroup>
      <ul className="tile-grid">
        {content.acts.map((act, index) => {
          const title = act.text[language].title;
          return (
            <li key={act.id}>
              <PressableButton className="tile" label={actLabel(i18n, language, index, title)} speak={clipKey.actLabel(act.id)} onPress={() => go({ name: 'act', actId: act.id })}>
                <span className="tile-number" aria-hidden="true">{index + 1}</span>
                <Pictogram name={act.pictogram} className="tile-pictogram" />
                <span className="tile-label">{title}</span>
              </PressableButton>
            </li>
          );
        })}
      </ul>
      </FocusGroup>
    </>
  );
}
