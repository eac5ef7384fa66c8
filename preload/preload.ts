import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type InvokeMethod, type IpcArgs, type IpcReply, type KioskApi, type SendMethod } from '../contract/kiosk-api';

// The only bridge between the page and the main process: exactly the KioskApi contract, nothing more, each
// method on its own channel (typed in the contract, so a method cannot be wired to another's channel).
const invoke =
  <K extends InvokeMethod>(method: K) =>
  (...args: IpcArgs<K>): Promise<IpcReply<K>> =>
    ipcRenderer.invoke(IPC_CHANNELS[method], ...args);
const send =
  <K extends SendMethod>(method: K) =>
  (...args: IpcArgs<K>): void =>
    ipcRenderer.send(IPC_CHANNELS[method], ...args);

const kioskApi: KioskApi = {
  getVenueConfig: invoke('getVenueConfig'),
  log: send('log'),
  endVisit: invoke('endVisit'),
  reportPageFailure: send('reportPageFailure'),
  pageBooted: send('pageBooted'),
  countUsage: send('countUsage'),
  facilitatorState: invoke('facilitatorState'),
  facilitatorUnlock: invoke('facilitatorUnlock'),
  facilitatorLeave: invoke('facilitatorLeave'),
  facilitatorKeepAlive: invoke('facilitatorKeepAlive'),
  updateVenueSettings: invoke('updateVenueSettings'),
  usageCounts: invoke('usageCounts'),
  exportUsageCsv: invoke('exportUsageCsv'),
  saveWorkshopSheet: invoke('saveWorkshopSheet'),
  recentProblems: invoke('recentProblems'),
  restartKiosk: invoke('restartKiosk'),
  exitToDesktop: invoke('exitToDesktop'),
  microphone: invoke('microphone'),
  saveRecordedText: invoke('saveRecordedText'),
  removeRecordedTexts: invoke('removeRecordedTexts'),
  exportVoices: invoke('exportVoices'),
  chooseVoicesFile: invoke('chooseVoicesFile'),
  importVoices: invoke('importVoices'),
  saveVoiceScript: invoke('saveVoiceScript'),
  recordedVoices: invoke('recordedVoices'),
};

contextBridge.exposeInMainWorld('kiosk', kioskApi);
