import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_DIRECTION } from './i18n';
import { HomeScreen } from './screens/HomeScreen';
import { useKioskStore } from './state/kiosk-store';

export function App() {
  const language = useKioskStore((s) => s.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.dir = TEXT_DIRECTION[language];
  }, [i18n, language]);
  return <HomeScreen />;
}
