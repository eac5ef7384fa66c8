import { describe, expect, it } from 'vitest';
import { parsePinRecord } from '../../contract/venue-config';
import { hashPin, SCRYPT_COST, verifyPin } from '../../main/policy/pin-hash';

describe('PIN hash', () => {
  it('is a salted scrypt hash that never contains the PIN, different each time it is set', async () => {
    const first = await hashPin('246813');
    const second = await hashPin('246813');
    expect(first).toMatchObject({ algorithm: 'scrypt', ...SCRYPT_COST });
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('246813');
    expect(parsePinRecord(first)).toEqual(first);
  });

  it('accepts the right PIN and refuses any other', async () => {
    const record = await hashPin('246813');
    expect(await verifyPin('246813', record)).toBe(true);
    expect(await verifyPin('246812', record)).toBe(false);
    expect(await verifyPin('2468130', record)).toBe(false);
  });

  it('is slow: the cost is at least scrypt N=2^15, r=8', () => {
    expect(SCRYPT_COST.N * SCRYPT_COST.r).toBeGreaterThanOrEqual(2 ** 15 * 8);
  });

  it('never matches a damaged record', async () => {
    const record = await hashPin('246813');
    expect(await verifyPin('246813', { ...record, hash: record.hash.slice(4) })).toBe(false);
    expect(await verifyPin('246813', { ...record, N: 3 })).toBe(false);
  });

  it('is recognised in the venue file only when well formed', async () => {
    const record = await hashPin('246813');
    expect(parsePinRecord({ ...record, algorithm: 'md5' })).toBeNull();
    expect(parsePinRecord({ ...record, N: 1024 })).toBeNull();
    expect(parsePinRecord({ ...record, salt: 'not base64!' })).toBeNull();
    expect(parsePinRecord('246813')).toBeNull();
  });
});
