import { useTranslation } from 'react-i18next';
import { PressableButton } from '../components/PressableButton';
import { useKioskStore } from '../state/kiosk-store';

const ACT_NUMBERS = [1, 2, 3, 4];

export function HomeScreen() {
  const { t } = useTranslation();
  const go = useKioskStore((s) => s.go);
  return (
    <main className="screen">
      <h1 className="screen-title">{t('home.title')}</h1>
      <ul className="tile-grid">
        {ACT_NUMBERS.map((number) => (
          <li key={number}>
            <PressableButton className="tile" label={t('home.act', { number })} onPress={() => go({ name: 'act', actId: `act-${number}` })}>
              <span className="tile-number" aria-hidden="true">{number}</span>
              <span className="tile-label">{t('home.act', { number })}</span>
            </PressableButton>
          </li>
        ))}
      </ul>
    </main>
  );
}
