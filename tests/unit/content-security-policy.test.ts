import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/policy/content-security-policy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('content security policy', () => {
  it('loads scripts, styles, fonts and connections only from the app itself', () => {
    for (const name of ['default-src', 'script-src', 'style-src', 'font-src']) {
      expect(directives.get(name), name).toEqual(["'self'"]);
    }
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    // blob: URLs are made by the page itself: the recorded voices it is given as bytes, and their word timings.
    expect(directives.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:']);
  });

  it('allows no inline or evaluated code, no wildcard, no plugin, no base, form or framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-|\*|https?:|wss?:/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
