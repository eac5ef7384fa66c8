/**
 * A QR code as SVG path data: used at build time for the programme's addresses (scripts/qr-codes-plugin.ts) and
 * at run time for an address the venue sets (its accessibility statement).
 */
import { encode } from 'uqr';

export interface QrCodeSvg {
  /** Modules a side, quiet zone included. */
  size: number;
  /** One SVG path of the dark modules, a rectangle per horizontal run. */
  path: string;
}

export function qrCodeSvg(value: string): QrCodeSvg {
  const { data, size } = encode(value, { ecc: 'M', border: 2 });
  let svgPath = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      svgPath += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path: svgPath };
}
