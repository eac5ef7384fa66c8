/** The kiosk's own origin: everything it shows and plays is served from here, by the app:// protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs on the kiosk's own app:// origin. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * A navigation or redirect is allowed only to the kiosk's entry page (its hash may change): the kiosk is one
 * page, so any other document, even one of its own files, is refused.
 */
export function isAllowedNavigation(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && isAppUrl(url) && (parsed.pathname === '/index.html' || parsed.pathname === '/') && parsed.search === '';
}

/** IPC is answered only for frames showing the app's own pages. */
export const isTrustedSender = isAppUrl;

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** Every request to the network is cancelled: the kiosk runs offline and must never phone out. */
export function isNetworkRequest(url: string): boolean {
  const parsed = parse(url);
  // An unparsable URL is treated as hostile.
  return parsed === null || NETWORK_PROTOCOLS.has(parsed.protocol);
}
