/**
 * The facilitator PIN is kept only as a salted, slow hash (scrypt): reading the venue file does not reveal it,
 * and guessing it offline costs about 0.1 s and 32 MB a try.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PinRecord } from '../../contract/venue-config';

export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(pin: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; leave room above Node's 32 MB default.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPin(pin: string, cost = SCRYPT_COST): Promise<PinRecord> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, cost);
  return { algorithm: 'scrypt', ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Compares in constant time; a damaged record never matches. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const expected = Buffer.from(record.hash, 'base64');
  if (expected.length !== KEY_BYTES) return false;
  try {
    const actual = await derive(pin, Buffer.from(record.salt, 'base64'), record);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
