import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererRoots, unpackedTwin } from '../../main/policy/asar-paths';
import { serveAppFile } from '../../main/policy/serve-app-file';
import { removeFolder } from './temp-folder';

describe('unpacked twin of an archive path', () => {
  it('maps a path inside app.asar to the same path under app.asar.unpacked', () => {
    expect(unpackedTwin('/opt/Kelvoa Kiosk/resources/app.asar/dist/renderer')).toBe('/opt/Kelvoa Kiosk/resources/app.asar.unpacked/dist/renderer');
    expect(unpackedTwin('C:\\Program Files\\Kelvoa Kiosk\\resources\\app.asar\\dist\\renderer')).toBe('C:\\Program Files\\Kelvoa Kiosk\\resources\\app.asar.unpacked\\dist\\renderer');
    expect(unpackedTwin('/opt/kiosk/resources/app.asar')).toBe('/opt/kiosk/resources/app.asar.unpacked');
  });

  it('leaves an unpackaged checkout alone', () => {
    expect(unpackedTwin('/home/dev/kiosk/dist/renderer')).toBeNull();
    expect(unpackedTwin('/home/dev/my-app.asar.d/dist')).toBeNull();
    expect(rendererRoots('/home/dev/kiosk/dist')).toEqual([path.join('/home/dev/kiosk/dist', 'renderer')]);
  });
});

describe('a packaged app', () => {
  // The layout electron-builder writes: app.asar is one file; the unpacked clips sit beside it in real folders.
  let resources: string;
  const clip = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

  beforeAll(async () => {
    resources = await mkdtemp(path.join(tmpdir(), 'kelvoa-packaged-'));
    await writeFile(path.join(resources, 'app.asar'), 'an archive Node cannot read without Electron');
    const assets = path.join(resources, 'app.asar.unpacked', 'dist', 'renderer', 'assets');
    await mkdir(assets, { recursive: true });
    await writeFile(path.join(assets, 'item.anlci.easy-abc123.opus'), clip);
    await writeFile(path.join(resources, 'secret.txt'), 'outside');
  });
  afterAll(() => removeFolder(resources));

  it('serves an unpacked clip, byte ranges included, from app.asar.unpacked', async () => {
    const roots = rendererRoots(path.join(resources, 'app.asar', 'dist'));
    expect(roots).toEqual([path.join(resources, 'app.asar.unpacked', 'dist', 'renderer'), path.join(resources, 'app.asar', 'dist', 'renderer')]);
    const response = await serveAppFile(roots, "default-src 'self'", new Request('app://kiosk/assets/item.anlci.easy-abc123.opus', { headers: { Range: 'bytes=1000-1999' } }));
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('audio/ogg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(clip.subarray(1000, 2000));
  });

  it('never leaves the unpacked folder', async () => {
    const roots = rendererRoots(path.join(resources, 'app.asar', 'dist'));
    for (const url of ['app://kiosk/../../../secret.txt', 'app://kiosk/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt']) {
      expect((await serveAppFile(roots, "default-src 'self'", new Request(url))).status, url).toBe(404);
    }
  });
});
