import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isNetworkRequest } from './policy/app-origin';
import { shouldBlockKey } from './policy/key-policy';
import type { MicrophoneGate } from './policy/microphone-gate';

/** Every request the network filter sees: all schemes, so http, ws and anything else can be refused. */
export const ALL_REQUESTS = { urls: ['<all_urls>'] };

/**
 * Session-wide rules: no permission is granted but the microphone during a take of the voice studio (the
 * gate decides), nothing goes to the network, no dictionary download.
 */
export function lockDownSession(ses: Session, microphone: MicrophoneGate): void {
  ses.setSpellCheckerEnabled(false);
  // A request or check without its details (what is asked, by which URL) is refused.
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    const asked = details as { mediaTypes?: string[]; requestingUrl?: string } | undefined;
    callback(microphone.allows(contents, { permission, mediaTypes: asked?.mediaTypes ?? [], url: asked?.requestingUrl ?? '' }));
  });
  ses.setPermissionCheckHandler((contents, permission, origin, details) =>
    microphone.allows(contents, { permission, mediaTypes: details?.mediaType ? [details.mediaType] : undefined, url: details?.requestingUrl ?? origin ?? '' }),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest(ALL_REQUESTS, (details, callback) => {
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
