/**
 * QR codes are made at build time, not while a screen is drawn: a Vite plugin encodes every reference's
 * address of the programme into SVG path data, served to the page as the module `virtual:qr-codes`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { qrCodeSvg, type QrCodeSvg } from '../domain/qr/qr-svg';
import { PROJECT_ROOT, STRUCTURE_FILE } from './content-sources';

export { qrCodeSvg, type QrCodeSvg };

const MODULE_ID = 'virtual:qr-codes';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Every address of the programme's references, each with its code. */
export function programmeQrCodes(structure: { references: { url?: string | null }[] }): Record<string, QrCodeSvg> {
  const urls = new Set(structure.references.flatMap((reference) => (reference.url ? [reference.url] : [])));
  return Object.fromEntries([...urls].map((url) => [url, qrCodeSvg(url)]));
}

export function qrCodesPlugin(): Plugin {
  const structureFile = path.join(PROJECT_ROOT, STRUCTURE_FILE);
  return {
    name: 'kelvoa-qr-codes',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(structureFile);
      const structure = JSON.parse(readFileSync(structureFile, 'utf8')) as { references: { url?: string | null }[] };
      return `export default ${JSON.stringify(programmeQrCodes(structure))};`;
    },
  };
}
