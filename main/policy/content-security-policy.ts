import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The code the build writes into index.html itself (the first screen's styles and scripts, which run before any
 * file could load), allowed by the hash of each block and by nothing else: `'sha256-…'` sources, as the build
 * wrote them beside the page (INLINE_CODE_HASHES_FILE).
 */
export interface InlineCodeHashes {
  scripts: string[];
  styles: string[];
}

export const NO_INLINE_CODE: InlineCodeHashes = { scripts: [], styles: [] };
export const INLINE_CODE_HASHES_FILE = 'inline-code-hashes.json';

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** The CSP source that allows exactly this inline block (its text between the tags, byte for byte). */
export function inlineCodeHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of every page the app serves: main sends it with each app:// response, and the
 * build writes it into index.html (`forMeta`: without frame-ancestors, which a meta element cannot carry).
 */
export function contentSecurityPolicy(inline: InlineCodeHashes, { forMeta = false } = {}): string {
  return [
    ["default-src 'self'"],
    ["script-src 'self'", ...inline.scripts],
    ["style-src 'self'", ...inline.styles],
    ["img-src 'self' data:"],
    ["media-src 'self' blob:"],
    ["font-src 'self'"],
    ["connect-src 'self' blob:"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["form-action 'none'"],
    ...(forMeta ? [] : [["frame-ancestors 'none'"]]),
  ]
    .map((sources) => sources.join(' '))
    .join('; ');
}

/** The build's list of inline code hashes; anything but hash sources (a keyword, a host) is refused. */
export function parseInlineCodeHashes(text: string): InlineCodeHashes {
  const value = JSON.parse(text) as unknown;
  const list = (key: keyof InlineCodeHashes): string[] => {
    const sources = (value as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string' && HASH_SOURCE.test(source))) {
      throw new Error(`"${key}" must be a list of 'sha256-…' sources`);
    }
    return sources as string[];
  };
  return { scripts: list('scripts'), styles: list('styles') };
}

/**
 * Reads the hashes the build wrote beside the page. A missing or damaged file allows no inline code: the page
 * then cannot start, as with any damaged install; the log names the file and main's recovery keeps reloading.
 */
export function readInlineCodeHashes(rendererDir: string, onError: (message: string) => void): InlineCodeHashes {
  const file = path.join(rendererDir, INLINE_CODE_HASHES_FILE);
  try {
    return parseInlineCodeHashes(readFileSync(file, 'utf8'));
  } catch (error) {
    onError(`${file}: ${(error as Error).message}; no inline code is allowed`);
    return NO_INLINE_CODE;
  }
}
