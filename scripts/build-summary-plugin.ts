/**
 * The build says what it made in a few lines (scripts and styles with their gzipped size, then the audio, the
 * pictures and the fonts by count and size) instead of Vite's line per file: some 3,000 clips and timings.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const GROUPS: [label: string, pattern: RegExp][] = [
  ['clips', /\.opus$/],
  ['word timings', /\.timings-[^/]*\.json$/],
  ['clip indexes and manifest', /^audio\/.*\.json$/],
  ['programme texts', /^content\/.*\.json$/],
  ['pictures', /\.(svg|png|webp|jpg)$/],
  ['fonts', /\.(woff2?|ttf)$/],
  ['page', /\.html$/],
];

export function buildSummaryPlugin(): Plugin {
  return {
    name: 'kelvoa-build-summary',
    apply: 'build',
    writeBundle(_options, bundle) {
      const lines: string[] = [];
      const grouped = new Map<string, { count: number; bytes: number }>();
      for (const output of Object.values(bundle)) {
        const source = output.type === 'chunk' ? output.code : output.source;
        const bytes = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
        if (/\.(js|css)$/.test(output.fileName)) {
          lines.push(`  ${output.fileName}: ${kB(bytes)} (gzip ${kB(gzipSync(source).byteLength)})`);
          continue;
        }
        const label = GROUPS.find(([, pattern]) => pattern.test(output.fileName))?.[0] ?? 'other files';
        const group = grouped.get(label) ?? { count: 0, bytes: 0 };
        grouped.set(label, { count: group.count + 1, bytes: group.bytes + bytes });
      }
      for (const [label, { count, bytes }] of grouped) lines.push(`  ${label}: ${count} files, ${MB(bytes)}`);
      console.log(`renderer built:\n${lines.sort().join('\n')}`);
    },
  };
}
