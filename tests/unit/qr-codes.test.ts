import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { programmeQrCodes, qrCodeSvg } from '../../scripts/qr-codes-plugin';

/** The dark modules a path draws, read back from its runs `M{x} {y}h{run}v1h-{run}z`. */
function modulesOf(svgPath: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, run] of svgPath.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i},${y}`);
  return dark;
}

describe('QR codes made at build time', () => {
  it('draw exactly the dark modules of the encoded address', () => {
    const url = 'http://wetechcare.org/services/clicnjob/';
    const { data, size } = encode(url, { ecc: 'M', border: 2 });
    const expected = new Set(data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));
    const code = qrCodeSvg(url);
    expect(code.size).toBe(size);
    expect(modulesOf(code.path)).toEqual(expected);
  });

  it('cover every address of the programme', () => {
    const structure = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../assets/content/programme.json'), 'utf8')) as { references: { url?: string | null }[] };
    const codes = programmeQrCodes(structure);
    const urls = structure.references.flatMap((reference) => (reference.url ? [reference.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(codes[url]?.path, url).toMatch(/^M\d/);
  });
});
