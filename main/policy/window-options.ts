/** The kiosk window's options; the security-relevant webPreferences are fixed, whatever the mode. */
export const KIOSK_BACKGROUND = '#0b1a2a';

export interface KioskWindowInput {
  dev: boolean;
  kiosk: boolean;
  preloadPath: string;
}

export function kioskWindowOptions({ dev, kiosk, preloadPath }: KioskWindowInput) {
  const fullScreen = kiosk && !dev;
  return {
    show: false,
    backgroundColor: KIOSK_BACKGROUND,
    width: 1280,
    height: 800,
    kiosk: fullScreen,
    fullscreen: fullScreen,
    autoHideMenuBar: true,
    title: 'Rencontres Kelvoa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: dev,
      spellcheck: false,
      backgroundThrottling: false,
      autoplayPolicy: 'no-user-gesture-required' as const,
    },
  };
}
