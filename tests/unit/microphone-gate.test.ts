import { describe, expect, it } from 'vitest';
import { MICROPHONE_WINDOW_MS, MicrophoneGate } from '../../main/policy/microphone-gate';

describe('MicrophoneGate', () => {
  it('closes by itself after the longest take a studio can make, if the take never says it ended', () => {
    let now = 1_000;
    const gate = new MicrophoneGate(() => now);
    const page = {};
    const ask = { permission: 'media', mediaTypes: ['audio'], url: 'app://kiosk/index.html' };
    gate.open(page);
    expect(gate.allows(page, ask)).toBe(true);
    now += MICROPHONE_WINDOW_MS - 1;
    expect(gate.allows(page, ask)).toBe(true);
    now += 1;
    expect(gate.allows(page, ask)).toBe(false);
    expect(gate.isOpen).toBe(false);
  });

  it('answers a permission check (no media types given) as a request for audio, and never an empty request', () => {
    const gate = new MicrophoneGate();
    const page = {};
    gate.open(page);
    expect(gate.allows(page, { permission: 'media', url: 'app://kiosk/index.html' })).toBe(true);
    expect(gate.allows(page, { permission: 'media', mediaTypes: [], url: 'app://kiosk/index.html' })).toBe(false);
    gate.close();
    expect(gate.allows(page, { permission: 'media', url: 'app://kiosk/index.html' })).toBe(false);
  });
});
