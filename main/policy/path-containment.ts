import { realpath } from 'node:fs/promises';
import path from 'node:path';

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps a URL path to a file inside `root`, or null when it would leave `root` — by `..`, by an
 * encoded separator, by a NUL byte, or through a symbolic link pointing outside. Missing files give null.
 */
export async function resolveContainedPath(root: string, urlPathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').includes('..')) return null;
  const lexical = path.join(root, decoded);
  if (!isInside(root, lexical)) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(lexical)]);
    return isInside(realRoot, realTarget) ? realTarget : null;
  } catch {
    return null;
  }
}
