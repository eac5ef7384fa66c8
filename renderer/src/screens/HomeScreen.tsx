import { useTranslation } from 'react-i18next';
import { PressableButton } from '../components/PressableButton';
import { Pictogram } from '../components/Pictogram';
import { clipKey } from '../../../domain/narration/clip-keys';
import { useContent } from '../content/content-context';
import { useKioskStore } from '../state/kiosk-store';

export function HomeScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const go = useKioskStore((s) => s.go);
  return (
    <>
      <h1 className="screen-title">{t('screen.home')}</h1>
      <ul className="tile-grid">
        {content.acts.map((act, index) => {
          const title = act.text[language].title;
          return (
            <li key={act.id}>
              <PressableButton className="tile" label={t('home.actLabel', { number: index + 1, title })} speakKey={clipKey.ui(`home.actLabel.${act.id}`)} onPress={() => go({ name: 'act', actId: act.id })}>
                <span className="tile-number" aria-hidden="true">{index + 1}</span>
                <Pictogram name={act.pictogram} className="tile-pictogram" />
                <span className="tile-label">{title}</span>
              </PressableButton>
            </li>
          );
        })}
      </ul>
    </>
  );
}
