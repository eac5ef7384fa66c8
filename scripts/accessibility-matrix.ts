/**
 * `npm run a11y:matrix`: checks docs/accessibility/criteria.json against the reference lists and the tests,
 * then writes docs/accessibility-matrix.md. `-- --check` writes nothing and fails if the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './content-sources';
import { MATRIX_FILE, readMatrixSources, validateMatrix } from './accessibility/criteria';
import { renderMatrix } from './accessibility/render-matrix';
import { indexTests } from './accessibility/test-index';

const sources = readMatrixSources(PROJECT_ROOT);
const today = new Date().toISOString().slice(0, 10);
const problems = validateMatrix(sources, indexTests(PROJECT_ROOT), readFileSync(path.join(PROJECT_ROOT, sources.criteria.axe.spec), 'utf8'), today);
if (problems.length > 0) {
  console.error(`The criterion matrix is not true (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const markdown = renderMatrix(sources);
const target = path.join(PROJECT_ROOT, MATRIX_FILE);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is out of date too
  }
  if (current !== markdown) {
    console.error(`${MATRIX_FILE} is out of date: run npm run a11y:matrix`);
    process.exit(1);
  }
  console.log(`${MATRIX_FILE} is up to date.`);
} else {
  writeFileSync(target, markdown);
  console.log(`Wrote ${MATRIX_FILE}.`);
}
