import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isNetworkRequest, isTrustedSender } from '../../main/policy/app-origin';

describe('navigation allow-list', () => {
  it('allows only the entry page of the kiosk', () => {
    expect(isAllowedNavigation('app://kiosk/index.html')).toBe(true);
    expect(isAllowedNavigation('app://kiosk/index.html#help')).toBe(true);
    expect(isAllowedNavigation('app://kiosk/')).toBe(true);
    for (const url of ['app://kiosk/assets/index-abc.js', 'app://kiosk/assets/item.anlci.easy.opus', 'app://kiosk/index.html?idleTimeoutSeconds=15', 'app://kiosk/other.html']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
    for (const url of ['https://example.org/', 'http://localhost:4173/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,hi', 'not a url']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('trusts IPC only from the kiosk page', () => {
    expect(isTrustedSender('app://kiosk/index.html')).toBe(true);
    expect(isTrustedSender('https://kiosk/index.html')).toBe(false);
    expect(isTrustedSender('about:blank')).toBe(false);
  });
});

describe('network requests', () => {
  it('cancels http, https, ws and wss, and unparsable URLs', () => {
    for (const url of ['http://example.org/', 'https://cdn.example/x.js', 'ws://127.0.0.1:1/', 'wss://x.example/', 'ftp://x/', '::::']) {
      expect(isNetworkRequest(url), url).toBe(true);
    }
  });
  it('lets the app:// files, data: and blob: URLs through', () => {
    for (const url of ['app://kiosk/assets/a.js', 'data:,', 'blob:app://kiosk/1234', 'devtools://devtools/bundled/x']) {
      expect(isNetworkRequest(url), url).toBe(false);
    }
  });
});
