import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const builder = parse(readFileSync('electron-builder.yml', 'utf8'));

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('flips the Electron fuses: no run-as-Node, NODE_OPTIONS or --inspect; code only from an integrity-checked app.asar', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(builder.asar).toBe(true);
  });

  it('uses an electron-builder that knows electronFuses', () => {
    const typings = readFileSync('node_modules/app-builder-lib/out/configuration.d.ts', 'utf8');
    expect(typings).toMatch(/readonly electronFuses\?: FuseOptionsV1/);
    for (const fuse of Object.keys(builder.electronFuses)) expect(typings, fuse).toContain(`${fuse}?: boolean`);
  });

  it('unpacks the clips, which the app:// protocol reads from app.asar.unpacked', () => {
    expect(builder.asarUnpack).toEqual(['dist/renderer/assets/*.opus']);
  });

  it('builds a deb for venues (the executable the deploy units start), and an NSIS installer with its script', () => {
    expect(builder.linux.target).toContain('deb');
    expect(builder.linux.executableName).toBe('kelvoa-kiosk');
    expect(builder.win.target).toBe('nsis');
    const script = readFileSync(builder.nsis.include, 'utf8');
    expect(script).toMatch(/!macro customInstall[\s\S]*\/KIOSKAUTOSTART[\s\S]*!macroend/);
    expect(script).toMatch(/!macro customUnInstall[\s\S]*DeleteRegValue[\s\S]*!macroend/);
  });

  it('has icons: square PNGs for Linux up to 512 px, and an ICO with a 256 px image for Windows', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(`${builder.linux.icon}/${size}x${size}.png`)).toEqual({ width: size, height: size });
    }
    const ico = readFileSync(builder.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toContain(256);
    expect(builder.nsis.installerIcon).toBe(builder.win.icon);
  });
});
