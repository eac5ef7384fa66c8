import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type KioskApi } from '../../contract/kiosk-api';
import { exposedInMainWorld, ipcRenderer } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

describe('preload bridge', () => {
  it('exposes exactly the KioskApi as window.kiosk, mapped to the contract channels', async () => {
    await import('../../preload/preload');
    expect([...exposedInMainWorld.keys()]).toEqual(['kiosk']);
    const api = exposedInMainWorld.get('kiosk') as KioskApi;
    expect(Object.keys(api).sort()).toEqual(['endVisit', 'getVenueConfig', 'log', 'reportPageFailure']);

    await api.getVenueConfig();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getVenueConfig);
    await api.endVisit();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.endVisit);
    api.log({ level: 'info', scope: 'test', message: 'hello' });
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(IPC_CHANNELS.log, { level: 'info', scope: 'test', message: 'hello' });
    api.reportPageFailure({ kind: 'uncaught-error', message: 'boom' });
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(IPC_CHANNELS.reportPageFailure, { kind: 'uncaught-error', message: 'boom' });
  });
});
