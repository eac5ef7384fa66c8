import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type KioskApi } from '../../contract/kiosk-api';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async () => 'reply'),
  send: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: { invoke: bridge.invoke, send: bridge.send },
}));

describe('preload bridge', () => {
  it('exposes exactly the KioskApi as window.kiosk, mapped to the contract channels', async () => {
    await import('../../preload/preload');
    expect([...bridge.exposed.keys()]).toEqual(['kiosk']);
    const api = bridge.exposed.get('kiosk') as KioskApi;
    expect(Object.keys(api).sort()).toEqual(['endVisit', 'getVenueConfig', 'log', 'reportFatalPageError']);

    await api.getVenueConfig();
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getVenueConfig);
    await api.endVisit();
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.endVisit);
    api.log({ level: 'info', scope: 'test', message: 'hello' });
    expect(bridge.send).toHaveBeenCalledWith(IPC_CHANNELS.log, { level: 'info', scope: 'test', message: 'hello' });
    api.reportFatalPageError('render-error: boom');
    expect(bridge.send).toHaveBeenLastCalledWith(IPC_CHANNELS.reportFatalPageError, 'render-error: boom');
  });
});
