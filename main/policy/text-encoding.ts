export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Decodes a text file the way a venue may have saved it: UTF-8 with or without a byte-order mark (Windows
 * Notepad writes one), or UTF-16 little- or big-endian with its mark. The mark is never part of the text.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: buffer.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    // Node has no UTF-16BE decoder of its own: swap each pair of bytes (on a copy) and read it as little-endian.
    const body = Buffer.from(buffer.subarray(2, 2 + ((buffer.length - 2) & ~1)));
    return { text: body.swap16().toString('utf16le'), encoding: 'utf-16be' };
  }
  return { text: buffer.toString('utf8'), encoding: 'utf-8' };
}

/** UTF-16 text saved without its mark shows as NUL bytes between ASCII characters. */
export function looksLikeUtf16WithoutMark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes.subarray(0, 64).includes(0);
}
