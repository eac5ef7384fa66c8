import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveContainedPath } from '../../main/policy/path-containment';
import { serveAppFile } from '../../main/policy/serve-app-file';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-test'";
import { removeFolder } from './temp-folder';

let base: string;
let root: string;
const clip = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'kelvoa-serve-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>k</title>');
  await writeFile(path.join(root, 'assets', 'clip.ogg'), clip);
  await writeFile(path.join(base, 'secret.txt'), 'outside');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.txt'));
  await symlink(path.join(root, 'index.html'), path.join(root, 'assets', 'inside-link.html'));
});
afterAll(() => removeFolder(base));

describe('path containment', () => {
  it('resolves files inside the root', async () => {
    expect(await resolveContainedPath(root, '/assets/clip.ogg')).toBe(path.join(root, 'assets', 'clip.ogg'));
    expect(await resolveContainedPath(root, '/assets/inside-link.html')).toBe(path.join(root, 'index.html'));
  });
  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2E%2E%2F%2E%2E%2Fsecret.txt', '/assets/..%5C..%5Csecret.txt', '/index.html%00.ogg', '/%E0%A4%A'])(
    'refuses %s',
    async (pathname) => expect(await resolveContainedPath(root, pathname)).toBeNull(),
  );
  it('refuses a symbolic link that points outside the root', async () => {
    expect(await resolveContainedPath(root, '/assets/escape.txt')).toBeNull();
  });
  it('gives null for a missing file', async () => {
    expect(await resolveContainedPath(root, '/assets/none.ogg')).toBeNull();
  });
});

describe('app:// responses', () => {
  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => serveAppFile([root], POLICY, new Request(url, { headers, method }));

  it('serves the entry page with the content security policy', async () => {
    const response = await get('app://kiosk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    expect(await response.text()).toContain('<title>k</title>');
  });

  it('forbids guessing the type of what it serves: a clip or a text is never run as a script', async () => {
    for (const url of ['app://kiosk/', 'app://kiosk/assets/clip.ogg']) {
      expect((await get(url)).headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('answers a byte range with 206 and exactly those bytes', async () => {
    const response = await get('app://kiosk/assets/clip.ogg', { Range: 'bytes=100-199' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(response.headers.get('content-length')).toBe('100');
    expect(response.headers.get('content-type')).toBe('audio/ogg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(clip.subarray(100, 200));
  });

  it('answers an open-ended and a suffix range', async () => {
    const tail = await get('app://kiosk/assets/clip.ogg', { Range: 'bytes=-10' });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(clip.subarray(990));
    const rest = await get('app://kiosk/assets/clip.ogg', { Range: 'bytes=995-' });
    expect(rest.headers.get('content-range')).toBe('bytes 995-999/1000');
  });

  it('answers an impossible range with 416', async () => {
    const response = await get('app://kiosk/assets/clip.ogg', { Range: 'bytes=5000-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });

  it('serves the whole file without a range, and HEAD without a body', async () => {
    const whole = await get('app://kiosk/assets/clip.ogg');
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
    const head = await get('app://kiosk/assets/clip.ogg', {}, 'HEAD');
    expect(head.headers.get('content-length')).toBe('1000');
    expect(head.body).toBeNull();
  });

  it('refuses escapes, other hosts, folders and writes', async () => {
    expect((await get('app://kiosk/assets/escape.txt')).status).toBe(404);
    expect((await get('app://kiosk/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://kiosk/assets')).status).toBe(404);
    expect((await serveAppFile([root], POLICY, new Request('app://kiosk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
