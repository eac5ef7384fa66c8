import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  INLINE_CODE_HASHES_FILE,
  inlineCodeHash,
  NO_INLINE_CODE,
  parseInlineCodeHashes,
  readInlineCodeHashes,
} from '../../main/policy/content-security-policy';
import { removeFolder } from './temp-folder';

const directivesOf = (policy: string) =>
  new Map(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

const SHELL = inlineCodeHash('console.log("shell")');
const STYLES = inlineCodeHash('body{margin:0}');

describe('content security policy', () => {
  const directives = directivesOf(contentSecurityPolicy(NO_INLINE_CODE));

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
    expect(contentSecurityPolicy(NO_INLINE_CODE)).not.toMatch(/'unsafe-|\*|https?:|wss?:/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows the inline blocks the build wrote, by their hashes only', () => {
    const withInline = directivesOf(contentSecurityPolicy({ scripts: [SHELL], styles: [STYLES] }));
    expect(withInline.get('script-src')).toEqual(["'self'", SHELL]);
    expect(withInline.get('style-src')).toEqual(["'self'", STYLES]);
    expect(withInline.get('default-src')).toEqual(["'self'"]);
  });

  it('leaves frame-ancestors out of the page’s own copy, which a meta element cannot carry', () => {
    const meta = directivesOf(contentSecurityPolicy(NO_INLINE_CODE, { forMeta: true }));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('script-src')).toEqual(["'self'"]);
  });

  it('hashes a block as browsers do: SHA-256 of its UTF-8 text, in base64', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(inlineCodeHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('the build’s list of inline code hashes', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'kelvoa-csp-'));
  });
  afterAll(() => removeFolder(folder));

  it('reads the hash sources the build wrote', async () => {
    await writeFile(path.join(folder, INLINE_CODE_HASHES_FILE), JSON.stringify({ scripts: [SHELL], styles: [STYLES] }));
    expect(readInlineCodeHashes(folder, () => undefined)).toEqual({ scripts: [SHELL], styles: [STYLES] });
  });

  it.each([
    ['a keyword', { scripts: ["'unsafe-inline'"], styles: [] }],
    ['a host', { scripts: ['https://example.org'], styles: [] }],
    ['a hash with a directive smuggled after it', { scripts: [`${SHELL}; script-src *`], styles: [] }],
    ['a missing list', { scripts: [SHELL] }],
  ])('refuses %s', (_name, value) => {
    expect(() => parseInlineCodeHashes(JSON.stringify(value))).toThrow(/'sha256-…' sources/);
  });

  it('allows no inline code when the file is missing or damaged, and says which file', async () => {
    const messages: string[] = [];
    expect(readInlineCodeHashes(path.join(folder, 'none'), (message) => messages.push(message))).toEqual(NO_INLINE_CODE);
    await writeFile(path.join(folder, INLINE_CODE_HASHES_FILE), '{"scripts": [');
    expect(readInlineCodeHashes(folder, (message) => messages.push(message))).toEqual(NO_INLINE_CODE);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toContain(path.join(folder, INLINE_CODE_HASHES_FILE));
  });
});
