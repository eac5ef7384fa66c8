import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isNetworkRequest } from './policy/app-origin';
import { shouldBlockKey } from './policy/key-policy';

/** Session-wide rules: no permission is ever granted, and nothing goes to the network. */
export function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: isNetworkRequest(details.url) });
  });
}

/** Per-page rules, applied to every web contents the app ever creates. */
export function lockDownWebContents(contents: WebContents, dev: boolean): void {
  const denyOutside = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyOutside);
  contents.on('will-redirect', denyOutside);
  contents.on('will-frame-navigate', (event) => denyOutside(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('before-input-event', (event, input) => {
    if (shouldBlockKey(input, dev)) event.preventDefault();
  });
}
