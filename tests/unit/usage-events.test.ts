import { describe, expect, it } from 'vitest';
import { heardItem, kioskUsageEvents, type CountedKioskState, type CountedNarrationState } from '../../renderer/src/facilitator/usage-events';

const settings = { textScale: 1, highContrast: false, speechRate: 1, volumeDb: -6, scanning: false };
const attract: CountedKioskState = { screen: { name: 'attract' }, language: 'fr', settings };
const home: CountedKioskState = { screen: { name: 'home' }, language: 'ar', settings };

describe('what a change of the kiosk counts', () => {
  it('a visit and its language when the attract screen is left', () => {
    expect(kioskUsageEvents(attract, home)).toEqual([{ kind: 'visit' }, { kind: 'language', language: 'ar' }]);
    expect(kioskUsageEvents(home, { ...home, screen: { name: 'act', actId: 'act-1' } })).toEqual([]);
  });

  it('an item each time its page opens', () => {
    const item = { ...home, screen: { name: 'item', itemId: 'anlci' } } as CountedKioskState;
    expect(kioskUsageEvents(home, item)).toEqual([{ kind: 'itemOpened', itemId: 'anlci' }]);
    expect(kioskUsageEvents(item, { ...item, settings })).toEqual([]);
  });

  it('each setting a visitor changes, but not the reset at the end of a visit', () => {
    const changed = { ...home, settings: { ...settings, textScale: 2, highContrast: true } };
    expect(kioskUsageEvents(home, changed)).toEqual([
      { kind: 'setting', setting: 'textSize' },
      { kind: 'setting', setting: 'highContrast' },
    ]);
    expect(kioskUsageEvents(changed, attract)).toEqual([]);
    expect(kioskUsageEvents(attract, { ...attract, settings: { ...settings, scanning: true } })).toEqual([]);
  });
});

describe('an item heard to the end', () => {
  const playing = (key: string): CountedNarrationState => ({ key, status: 'playing', failedKey: null });
  it('is an easy or full text that ends by itself', () => {
    expect(heardItem(playing('item.anlci.easy'), { key: 'item.anlci.easy', status: 'idle', failedKey: null })).toEqual({ kind: 'itemHeard', itemId: 'anlci' });
    expect(heardItem(playing('item.act-2.full'), { key: 'item.act-2.full', status: 'idle', failedKey: null })).toEqual({ kind: 'itemHeard', itemId: 'act-2' });
  });

  it('is not a text stopped, replaced, paused or failed, nor a title or a question', () => {
    expect(heardItem(playing('item.anlci.easy'), { key: null, status: 'idle', failedKey: null })).toBeNull();
    expect(heardItem(playing('item.anlci.easy'), { key: 'item.anlci.full', status: 'loading', failedKey: null })).toBeNull();
    expect(heardItem(playing('item.anlci.easy'), { key: 'item.anlci.easy', status: 'paused', failedKey: null })).toBeNull();
    expect(heardItem({ key: 'item.anlci.easy', status: 'loading', failedKey: null }, { key: 'item.anlci.easy', status: 'idle', failedKey: 'item.anlci.easy' })).toBeNull();
    expect(heardItem(playing('item.anlci.title'), { key: 'item.anlci.title', status: 'idle', failedKey: null })).toBeNull();
    expect(heardItem(playing('item.anlci.question'), { key: 'item.anlci.question', status: 'idle', failedKey: null })).toBeNull();
  });
});
