import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type KioskApi } from '../../contract/kiosk-api';
import { exposedInMainWorld, ipcRenderer } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

describe('preload bridge', () => {
  it('exposes exactly the KioskApi as window.kiosk, mapped to the contract channels', async () => {
    await import('../../preload/preload');
    expect([...exposedInMainWorld.keys()]).toEqual(['kiosk']);
    const api = exposedInMainWorld.get('kiosk') as KioskApi;
    expect(Object.keys(api).sort()).toEqual([
      'chooseVoicesFile',
      'countUsage',
      'endVisit',
      'exitToDesktop',
      'exportUsageCsv',
      'exportVoices',
      'facilitatorKeepAlive',
      'facilitatorLeave',
      'facilitatorState',
      'facilitatorUnlock',
      'getVenueConfig',
      'importVoices',
      'log',
      'microphone',
      'pageBooted',
      'recentProblems',
      'recordedVoices',
      'removeRecordedTexts',
      'reportPageFailure',
      'restartKiosk',
      'saveRecordedText',
      'saveVoiceScript',
      'saveWorkshopSheet',
      'updateVenueSettings',
      'usageCounts',
    ]);

    await api.getVenueConfig();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getVenueConfig);
    await api.endVisit();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.endVisit);
    api.log({ level: 'info', scope: 'test', message: 'hello' });
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(IPC_CHANNELS.log, { level: 'info', scope: 'test', message: 'hello' });
    api.reportPageFailure({ kind: 'uncaught-error', message: 'boom' });
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(IPC_CHANNELS.reportPageFailure, { kind: 'uncaught-error', message: 'boom' });
    api.pageBooted();
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(IPC_CHANNELS.pageBooted);

    api.countUsage({ kind: 'visit' });
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(IPC_CHANNELS.countUsage, { kind: 'visit' });
    await api.facilitatorUnlock('2468');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.facilitatorUnlock, '2468');
    await api.updateVenueSettings({ idleTimeoutSeconds: 90 });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.updateVenueSettings, { idleTimeoutSeconds: 90 });
    await api.microphone('take-start');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.microphone, 'take-start');
    await api.removeRecordedTexts('ar', null);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.removeRecordedTexts, 'ar', null);
    await api.recordedVoices('es');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.recordedVoices, 'es');
    const noArguments = [
      'facilitatorState',
      'facilitatorLeave',
      'facilitatorKeepAlive',
      'usageCounts',
      'exportUsageCsv',
      'saveWorkshopSheet',
      'recentProblems',
      'restartKiosk',
      'exitToDesktop',
      'exportVoices',
      'chooseVoicesFile',
      'saveVoiceScript',
    ] as const;
    for (const method of noArguments) {
      await api[method]();
      expect(ipcRenderer.invoke, method).toHaveBeenLastCalledWith(IPC_CHANNELS[method]);
    }
  });
});
