import { useTranslation } from 'react-i18next';
import { PressableButton } from '../components/PressableButton';
import { Pictogram } from '../components/Pictogram';
import { clipKey } from '../../../domain/narration/clip-keys';
import { aboutActLabel, actLabel } from '../../../domain/narration/narration-catalogue';
import { FocusGroup } from '../focus/focus-context';
import { useContent } from '../content/content-context';
import { useKioskStore } from '../state/kiosk-store';

export function ActScreen({ actId }: { actId: string }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const go = useKioskStore((s) => s.go);
  const index = content.acts.findIndex((act) => act.id === actId);
  const act = content.acts[index];
  if (!act) return null;
  const number = index + 1;
  return (
    <>
      <h1 className="screen-title">
        <Pictogram name={act.pictogram} className="title-pictogram" />
        {actLabel(i18n, language, index, act.text[language].title)}
      </h1>
      <FocusGroup>
      <ul className="tile-grid" aria-label={t('act.initiatives', { number })}>
        <li>
          <PressableButton className="tile tile-about" label={aboutActLabel(i18n, language, index)} speak={clipKey.aboutAct(act.id)} onPress={() => go({ name: 'item', itemId: act.id })}>
            <Pictogram name={act.pictogram} className="tile-pictogram" />
            <span className="tile-label">{aboutActLabel(i18n, language, index)}</span>
          </PressableButton>
        </li>
        {act.initiatives.map((initiative) => (
          <li key={initiative.id}>
            <PressableButton className="tile" label={initiative.text[language].title} speak={clipKey.item(initiative.id, 'title')} onPress={() => go({ name: 'item', itemId: initiative.id })}>
              <Pictogram name={initiative.pictogram} className="tile-pictogram" />
              <span className="tile-label">{initiative.text[language].title}</span>
            </PressableButton>
          </li>
        ))}
      </ul>
      </FocusGroup>
    </>
  );
}
