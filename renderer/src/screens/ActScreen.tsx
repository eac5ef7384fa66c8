import { useTranslation } from 'react-i18next';
import { ForeignText } from '../components/ForeignText';
import { Pictogram } from '../components/Pictogram';
import { Tile } from '../components/Tile';
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
    <div className="act-screen" data-act={number}>
      <header className="screen-header act-header">
        <h1 className="screen-title" tabIndex={-1}>
          <span className="title-plate">
            <Pictogram name={act.pictogram} className="title-pictogram" decorative />
          </span>
          <span>
            <ForeignText text={actLabel(i18n, language, index, act.text[language].title)} language={language} />
          </span>
        </h1>
      </header>
      <FocusGroup name="groups.tiles">
        <ul className="tile-grid tile-grid-items" aria-label={t('act.initiatives', { number })}>
          <li>
            <Tile
              className="tile-about"
              label={aboutActLabel(i18n, language, index)}
              speak={clipKey.aboutAct(act.id)}
              title={aboutActLabel(i18n, language, index)}
              language={language}
              pictogram={act.pictogram}
              onPress={() => go({ name: 'item', itemId: act.id })}
            />
          </li>
          {act.initiatives.map((initiative) => (
            <li key={initiative.id}>
              <Tile
                label={initiative.text[language].title}
                speak={clipKey.item(initiative.id, 'title')}
                title={initiative.text[language].title}
                language={language}
                pictogram={initiative.pictogram}
                onPress={() => go({ name: 'item', itemId: initiative.id })}
              />
            </li>
          ))}
        </ul>
      </FocusGroup>
    </div>
  );
}
