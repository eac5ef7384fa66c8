import path from 'node:path';

const ASAR_SEGMENT = /([\\/])app\.asar(?=[\\/]|$)/;

/**
 * Where electron-builder puts a path of the archive that its `asarUnpack` list names: the same relative
 * path under `app.asar.unpacked`, beside the archive. Null when the path is not inside an app.asar.
 */
export function unpackedTwin(archivePath: string): string | null {
  return ASAR_SEGMENT.test(archivePath) ? archivePath.replace(ASAR_SEGMENT, '$1app.asar.unpacked') : null;
}

/**
 * The folders app:// serves from, first match first. Packaged, the bundle is inside app.asar, where Electron's
 * fs opens a file by copying it out to a temporary file first; the clips are unpacked (electron-builder.yml,
 * `asarUnpack`), so they are read from app.asar.unpacked as real files, byte ranges straight from disk.
 */
export function rendererRoots(bundleDir: string): string[] {
  const renderer = path.join(bundleDir, 'renderer');
  const unpacked = unpackedTwin(renderer);
  return unpacked === null ? [renderer] : [unpacked, renderer];
}
