import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page title names the screen shown, then the kiosk (RGAA 8.6): "Les 4 actes – Rencontres Kelvoa
 * Marseille 2016". The screen's name is its one level-1 heading, read once the screen is drawn, so the title
 * never says something the screen does not.
 */
export function useDocumentTitle(screenIdentity: unknown): void {
  const { t, i18n } = useTranslation();
  const identity = JSON.stringify(screenIdentity);
  useEffect(() => {
    const kiosk = t('app.title');
    const heading = document.querySelector('h1')?.textContent?.trim();
    document.title = heading && heading !== kiosk ? `${heading} – ${kiosk}` : kiosk;
  }, [identity, t, i18n.language]);
}
