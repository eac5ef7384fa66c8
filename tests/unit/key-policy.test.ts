import { describe, expect, it } from 'vitest';
import { shouldBlockKey, type KeyInput } from '../../main/policy/key-policy';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });

describe('kiosk key blocking', () => {
  const blocked: [string, KeyInput][] = [
    ['reload F5', key('F5')],
    ['reload Ctrl+R', key('r', { control: true })],
    ['hard reload Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['zoom in Ctrl+=', key('=', { control: true })],
    ['zoom in Ctrl++', key('+', { control: true, shift: true })],
    ['zoom out Ctrl+-', key('-', { control: true })],
    ['zoom reset Ctrl+0', key('0', { control: true })],
    ['devtools F12', key('F12')],
    ['devtools Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['devtools Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['close Ctrl+W', key('w', { control: true })],
    ['quit Ctrl+Q', key('q', { control: true })],
    ['close window Alt+F4', key('F4', { alt: true })],
    ['leave full screen F11', key('F11')],
    ['print Ctrl+P', key('p', { control: true })],
    ['back Alt+Left', key('ArrowLeft', { alt: true })],
    ['system launcher', key('Meta')],
  ];
  it.each(blocked)('swallows %s in production', (_name, input) => {
    expect(shouldBlockKey(input, false)).toBe(true);
  });

  it.each(blocked)('lets %s through in development mode', (_name, input) => {
    expect(shouldBlockKey(input, true)).toBe(false);
  });

  it('keeps the keys a visitor needs: Tab, arrows, Enter, Space, Escape, letters', () => {
    for (const input of [key('Tab'), key('Tab', { shift: true }), key('ArrowLeft'), key('ArrowDown'), key('Enter'), key(' '), key('Escape'), key('a'), key('r')]) {
      expect(shouldBlockKey(input, false), input.key).toBe(false);
    }
  });
});
