/**
 * The layers of docs/architecture.md are enforced by ESLint: each rule is shown to reject a deliberate
 * violation in the folder it protects, and to accept the same code where it is allowed.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

const VIOLATIONS: { layer: string; file: string; code: string; rule: string }[] = [
  { layer: 'main/policy never imports electron', file: 'main/policy/example.ts', code: "import { app } from 'electron';\nexport const name = app.name;\n", rule: 'no-restricted-imports' },
  { layer: 'contract never imports electron', file: 'contract/example.ts', code: "import { ipcRenderer } from 'electron';\nexport const bridge = ipcRenderer;\n", rule: 'no-restricted-imports' },
  { layer: 'the renderer never imports electron', file: 'renderer/src/example.ts', code: "import { ipcRenderer } from 'electron';\nexport const bridge = ipcRenderer;\n", rule: 'no-restricted-imports' },
  { layer: 'the renderer never imports Node built-ins', file: 'renderer/src/example.ts', code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", rule: 'no-restricted-imports' },
  { layer: 'the renderer never imports Node built-ins without the node: prefix', file: 'renderer/src/example.ts', code: "import path from 'path';\nexport const join = path.join;\n", rule: 'no-restricted-imports' },
  { layer: 'domain never imports Node built-ins', file: 'domain/example.ts', code: "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n", rule: 'no-restricted-imports' },
  { layer: 'domain never uses the DOM', file: 'domain/example.ts', code: 'export const title = () => document.title;\n', rule: 'no-restricted-globals' },
  { layer: 'domain never uses Node globals', file: 'domain/example.ts', code: 'export const cwd = () => process.cwd();\n', rule: 'no-restricted-globals' },
  { layer: 'domain never uses Vite features', file: 'domain/example.ts', code: "export const files = import.meta.glob('./*.json');\n", rule: 'no-restricted-syntax' },
  { layer: 'domain never imports the page', file: 'domain/example.ts', code: "import { App } from '../renderer/src/App';\nexport const app = App;\n", rule: 'no-restricted-imports' },
  { layer: 'scripts never import renderer/src', file: 'scripts/example.ts', code: "import { resolveClip } from '../renderer/src/audio/clip-library';\nexport const resolve = resolveClip;\n", rule: 'no-restricted-imports' },
  { layer: 'the preload imports only electron and the contract', file: 'preload/example.ts', code: "import { startKiosk } from '../main/kiosk-app';\nexport const start = startKiosk;\n", rule: 'no-restricted-imports' },
];

describe('layer boundaries', () => {
  it.each(VIOLATIONS)('$layer', async ({ file, code, rule }) => {
    expect(await ruleIdsFor(file, code)).toContain(rule);
  });

  it('allows what each layer may do', async () => {
    expect(await ruleIdsFor('main/example.ts', "import { app } from 'electron';\nexport const name = app.name;\n")).toEqual([]);
    expect(await ruleIdsFor('scripts/example.ts', "import { readFileSync } from 'node:fs';\nimport { perLanguage } from '../domain/languages';\nexport const both = [readFileSync, perLanguage];\n")).toEqual([]);
    expect(await ruleIdsFor('renderer/src/example.ts', "import { clipKey } from '../../domain/narration/clip-keys';\nexport const key = clipKey.ui('controls.home');\nexport const title = () => document.title;\n")).toEqual([]);
    expect(await ruleIdsFor('domain/example.ts', "import { z } from 'zod';\nexport const schema = z.string();\n")).toEqual([]);
  });
});
