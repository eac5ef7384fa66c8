/** Parses a single HTTP `Range: bytes=…` header against a file size (RFC 9110 §14). */
export type RangeResult =
  | { kind: 'full' }
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

export function parseByteRange(header: string | null | undefined, size: number): RangeResult {
  if (!header) return { kind: 'full' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Multi-range or malformed headers are ignored, as the RFC allows: the whole file is sent.
  if (!match) return { kind: 'full' };
  const [, startText, endText] = match;
  if (startText === '' && endText === '') return { kind: 'full' };
  if (size === 0) return { kind: 'unsatisfiable' };
  if (startText === '') {
    const suffix = Number(endText);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  const end = endText === '' ? size - 1 : Math.min(Number(endText), size - 1);
  if (start >= size || start > end) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
