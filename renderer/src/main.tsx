import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { kioskApi } from './platform/kiosk-api';
import { useKioskStore } from './state/kiosk-store';

async function boot() {
  const { config, problems } = await kioskApi.getVenueConfig();
  for (const problem of problems) {
    kioskApi.log({ level: 'warn', scope: 'venue-config', message: `${problem.field}: ${problem.message}` });
  }
  useKioskStore.getState().setVenue(config);
  await initI18n(config.defaultLanguage);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
