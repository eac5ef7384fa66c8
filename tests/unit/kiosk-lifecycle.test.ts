import { describe, expect, it } from 'vitest';
import { afterAllWindowsClosed, FatalErrors, mayCloseWindow, restartMethod } from '../../main/policy/kiosk-lifecycle';

describe('kiosk lifecycle', () => {
  it('relaunches itself when alone, and exits for its supervisor or a developer', () => {
    expect(restartMethod({ dev: false, supervised: false })).toBe('relaunch');
    expect(restartMethod({ dev: false, supervised: true })).toBe('exit');
    expect(restartMethod({ dev: true, supervised: false })).toBe('exit');
  });

  it('closes its window only in development or when the app is quitting', () => {
    expect(mayCloseWindow({ dev: false }, false)).toBe(false);
    expect(mayCloseWindow({ dev: false }, true)).toBe(true);
    expect(mayCloseWindow({ dev: true }, false)).toBe(true);
  });

  it('restarts, not quits, when every window is gone on venue hardware', () => {
    expect(afterAllWindowsClosed({ dev: false })).toBe('restart');
    expect(afterAllWindowsClosed({ dev: true })).toBe('quit');
  });

  it('describes any thrown value, restarts on the first fatal error only, and caps the message', () => {
    const fatal = new FatalErrors();
    const first = fatal.record('uncaughtException', new RangeError('out of range'));
    expect(first.restart).toBe(true);
    expect(first.message).toMatch(/^uncaught exception in the main process: RangeError: out of range\n\s+at /);
    expect(fatal.record('unhandledRejection', { code: 42 })).toEqual({ message: 'unhandled promise rejection in the main process: {"code":42}', restart: false });
    expect(fatal.record('unhandledRejection', undefined).message).toBe('unhandled promise rejection in the main process: undefined');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(fatal.record('unhandledRejection', circular).message).toMatch(/\[object Object\]$/);
    expect(fatal.record('uncaughtException', 'x'.repeat(10_000)).message).toHaveLength(2000);
  });
});
