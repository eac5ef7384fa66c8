/**
 * The QR codes, in a chunk of their own (QrCode.tsx loads it): the programme's addresses encoded at build
 * time, and the encoder for an address known only at run time (set by the venue).
 */
import QR_CODES from 'virtual:qr-codes';
import { qrCodeSvg, type QrCodeSvg } from '../../../domain/qr/qr-svg';

export function qrCodeFor(value: string, runTime: boolean): QrCodeSvg | undefined {
  return QR_CODES[value] ?? (runTime ? qrCodeSvg(value) : undefined);
}
