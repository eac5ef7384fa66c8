/**
 * The two engines that run beside axe in the end-to-end suite (tests/e2e/screen-audits.spec.ts): their
 * versions, read from the copies installed, for the matrix to name.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

export const ENGINES_SPEC = 'tests/e2e/screen-audits.spec.ts';
export const ENGINES_FILTER = 'tests/e2e/accessibility-engines.ts';
export const HTMLCS_VERSION = versionOf('html_codesniffer');
export const ACE_VERSION = versionOf('accessibility-checker-engine');
