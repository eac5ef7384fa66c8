import { describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../../contract/kiosk-api';
import { PageRecovery } from '../../renderer/src/recovery/page-recovery';

function makeRecovery() {
  const logs: LogEntry[] = [];
  const reports: string[] = [];
  const showOutOfOrder = vi.fn();
  const recovery = new PageRecovery({ log: (entry) => logs.push(entry), reportPageFailure: (failure) => reports.push(`${failure.kind}: ${failure.message}`) }, showOutOfOrder);
  const target = new EventTarget();
  recovery.install(target as unknown as Window);
  return { recovery, logs, reports, showOutOfOrder, target };
}

/** What a browser dispatches on window for an exception nothing caught. */
function errorEvent(error: Error | null, message: string) {
  return Object.assign(new Event('error', { cancelable: true }), { error, message });
}

describe('page recovery', () => {
  it('logs an uncaught exception, shows out of order and asks the host for a reload', () => {
    const { logs, reports, showOutOfOrder, target } = makeRecovery();
    const event = errorEvent(new TypeError('e is not iterable'), 'Uncaught TypeError: e is not iterable');
    target.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(logs).toEqual([expect.objectContaining({ level: 'error', scope: 'page', message: expect.stringMatching(/^uncaught-error: TypeError: e is not iterable/) })]);
    expect(showOutOfOrder).toHaveBeenCalledOnce();
    expect(reports).toEqual([expect.stringMatching(/^uncaught-error: TypeError: e is not iterable/)]);
  });

  it('recovers from an unhandled promise rejection', () => {
    const { reports, target } = makeRecovery();
    target.dispatchEvent(Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason: new Error('lost promise') }));
    expect(reports).toEqual([expect.stringContaining('unhandled-rejection: Error: lost promise')]);
  });

  it('asks for one reload only, however many errors follow, and logs each of them', () => {
    const { recovery, logs, reports, showOutOfOrder, target } = makeRecovery();
    recovery.fatal('render-error', new Error('first'));
    target.dispatchEvent(errorEvent(new Error('second'), 'Uncaught Error: second'));
    expect(reports).toHaveLength(1);
    expect(showOutOfOrder).toHaveBeenCalledOnce();
    expect(logs.map((entry) => entry.message)).toEqual([expect.stringContaining('first'), expect.stringContaining('second')]);
    expect(recovery.hasFailed).toBe(true);
  });

  it('reloads even if the out-of-order screen itself cannot be drawn', () => {
    const reports: string[] = [];
    const recovery = new PageRecovery({ log: () => undefined, reportPageFailure: (failure) => reports.push(`${failure.kind}: ${failure.message}`) }, () => {
      throw new Error('no screen');
    });
    expect(() => recovery.fatal('content-unavailable', 'chunk missing')).toThrow('no screen');
    expect(reports).toEqual(['content-unavailable: chunk missing']);
  });

  it('ignores the ResizeObserver notice browsers report as an error', () => {
    const { reports, target } = makeRecovery();
    target.dispatchEvent(errorEvent(null, 'ResizeObserver loop completed with undelivered notifications.'));
    expect(reports).toEqual([]);
  });
});
