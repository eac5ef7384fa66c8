/**
 * The page's Content-Security-Policy, written last: every inline block of the built page (the first screen's
 * styles, the shell and the boot watchdog) is allowed by its hash, in the page's meta element and, through
 * INLINE_CODE_HASHES_FILE beside the page, in the header main sends with it. One policy, main's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, INLINE_CODE_HASHES_FILE, inlineCodeHash, type InlineCodeHashes } from '../main/policy/content-security-policy';
import { inlineBlocks } from './page-head';

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

export function inlineCodePolicyPlugin(): Plugin {
  let hashes: InlineCodeHashes | null = null;
  return {
    name: 'kelvoa-inline-code-policy',
    apply: 'build',
    transformIndexHtml: {
      // After every plugin that writes code into the page (this one is listed after them).
      order: 'post',
      handler(html) {
        if (!POLICY_META.test(html)) throw new Error('index.html has no Content-Security-Policy meta element to write the policy into');
        const blocks = inlineBlocks(html);
        const written: InlineCodeHashes = { scripts: blocks.scripts.map(inlineCodeHash), styles: blocks.styles.map(inlineCodeHash) };
        hashes = written;
        return html.replace(POLICY_META, () => `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(written, { forMeta: true })}" />`);
      },
    },
    // The page is final only once every plugin has had it: the hashes are written with the page, not before.
    writeBundle({ dir }) {
      if (!hashes || !dir) throw new Error('the page was not built: no inline code hashes to write');
      writeFileSync(path.join(dir, INLINE_CODE_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}
