/**
 * `npm run voice`: makes the narration of every text in every language. Every spoken text goes through its
 * language's pronunciation lexicon (locales/<lang>/pronunciation.json) first. A recording placed at
 * audio/recorded/<language>/<key>.wav replaces the synthesised voice for that text. Texts whose fingerprint is
 * unchanged are left alone, so re-running with unchanged texts changes no file.
 * Options: --lang=fr (one language), --shard=K/N (only every Nth text from the Kth, counted from 0, so that N
 * runs of one language share its work on N cores), --check (only report what is stale or missing; exit 1 if any),
 * --missing (list the tokens the lexicons do not cover yet, ready to paste, and exit 1 if any).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../contract/venue-config';
import { clipFile, timingsFile, type AudioManifest, type ManifestEntry } from '../domain/narration/audio-manifest';
import { uncoveredTokens } from '../domain/narration/pronunciation-check';
import { formatProblem } from '../domain/content/build-content';
import { pronunciationFile, readPronunciations } from './pronunciation-sources';
import { readNarrationCatalogue } from './voice/narration-sources';
import { OPUS_SAMPLE_RATE } from './voice/ogg-opus-encoder';
import { openSpeaker, spellingFor, type LineSpeaker } from './voice/speakers';
import { AUDIO_DIR, LANGUAGE_AUDIO_BUDGET, MANIFEST_FILE, VOICES, narrationHash, recordedFile, sha256, shownHash } from './voice/voice-config';
import { narrateClip, round, sliceRecording, voiceLines } from './voice/narrate';
import { encodeClip } from './voice/master';
import { decodeWav } from './voice/wav';

function readManifest(): AudioManifest {
  if (!existsSync(MANIFEST_FILE)) return { version: 1, entries: [] };
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as AudioManifest;
    if (manifest.version === 1 && Array.isArray(manifest.entries)) return manifest;
  } catch {
    // falls through: a corrupt manifest is rebuilt, the clips it named are checked again one by one
  }
  console.warn(`${MANIFEST_FILE} is unreadable; every clip will be checked again.`);
  return { version: 1, entries: [] };
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const checkOnly = args.includes('--check');
  const shardArg = args.find((arg) => arg.startsWith('--shard='))?.slice('--shard='.length);
  const [shard, shards] = (shardArg ?? '0/1').split('/').map(Number) as [number, number];
  if (!(Number.isInteger(shards) && shards >= 1 && Number.isInteger(shard) && shard >= 0 && shard < shards)) throw new Error(`--shard=${shardArg}: use K/N with 0 ≤ K < N`);
  const sharded = shards > 1;
  const languages = LANGUAGES.filter((language) => !only || language === only);
  if (languages.length === 0) throw new Error(`Unknown language "${only}"; use one of ${LANGUAGES.join(', ')}`);

  const catalogue = readNarrationCatalogue();
  const { lexicons, problems } = readPronunciations();
  if (problems.length > 0) throw new Error(`A pronunciation lexicon is invalid:\n  ${problems.map(formatProblem).join('\n  ')}`);

  if (args.includes('--missing')) {
    const missing = uncoveredTokens(catalogue.filter((text) => languages.includes(text.language)), lexicons);
    for (const language of languages) {
      const tokens = missing.filter((token) => token.language === language);
      if (tokens.length === 0) continue;
      console.log(`${pronunciationFile(language)}: ${tokens.length} token(s) the voice would mangle:`);
      for (const { token, kind, keys } of tokens) console.log(`  ${token} (${kind}): ${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''}`);
      console.log(`Add them under "words", each with the form the voice must say:`);
      for (const { token } of tokens) console.log(`    ${JSON.stringify(token)}: "",`);
    }
    if (missing.length === 0) console.log('Every spoken token is covered by its pronunciation lexicon.');
    process.exit(missing.length > 0 ? 1 : 0);
  }

  const manifest = readManifest();
  const previous = new Map(manifest.entries.map((entry) => [`${entry.language}/${entry.key}`, entry]));
  const entries = manifest.entries.filter((entry) => !languages.includes(entry.language));
  const stale: string[] = [];
  const ownKeys = new Set<string>();

  for (const language of languages) {
    const started = performance.now();
    const spec = VOICES[language];
    let speaker: LineSpeaker | undefined;
    const texts = catalogue.filter((text) => text.language === language);
    const ownTexts = texts.filter((_, index) => index % shards === shard);
    for (const text of ownTexts) ownKeys.add(`${language}/${text.key}`);
    mkdirSync(path.join(AUDIO_DIR, language), { recursive: true });
    let made = 0;
    for (const text of ownTexts) {
      const recording = recordedFile(language, text.key);
      const recordingBytes = existsSync(recording) ? readFileSync(recording) : null;
      const spoken = voiceLines(text, lexicons[language]);
      const voiceText = spoken.map((words) => spellingFor(language)(words.map((word) => word.text)).join(' '));
      const textHash = narrationHash(text, voiceText, recordingBytes ? { recordingSha256: sha256(recordingBytes) } : { voice: spec });
      const old = previous.get(`${language}/${text.key}`);
      const upToDate = old?.textHash === textHash && existsSync(path.join(AUDIO_DIR, old.file)) && existsSync(path.join(AUDIO_DIR, old.timings));
      if (upToDate) {
        entries.push({ ...old, shownHash: shownHash(text.lines) });
        continue;
      }
      stale.push(`${language}/${text.key}`);
      if (checkOnly) continue;

      speaker ??= await openSpeaker(language, spec);
      let source: Pick<ManifestEntry, 'source' | 'engine' | 'voice'> = { source: 'synthesised', engine: speaker.engine, voice: speaker.voice };
      let recordingLines;
      if (recordingBytes) {
        recordingLines = sliceRecording(decodeWav(recordingBytes, recording), text.lines.length);
        source = { source: 'recorded', engine: `recording, aligned against ${speaker.engine}`, voice: path.relative(AUDIO_DIR, recording) };
      }
      const narration = narrateClip(text, spoken, speaker, spec.fastestWordsPerMinute, recordingLines);
      const clip = await encodeClip(narration.samples, narration.sampleRate, parseInt(sha256(`${language}/${text.key}`).slice(0, 8), 16), spec.opusBitrate);
      const duration = round(clip.sampleCount / OPUS_SAMPLE_RATE);
      writeFileSync(path.join(AUDIO_DIR, clipFile(language, text.key)), clip.opus);
      writeFileSync(path.join(AUDIO_DIR, timingsFile(language, text.key)), `${JSON.stringify({ key: text.key, language, duration, words: narration.timings })}\n`);
      entries.push({ key: text.key, language, level: text.level, ...source, duration, textHash, shownHash: shownHash(text.lines), file: clipFile(language, text.key), timings: timingsFile(language, text.key) });
      made++;
      if (made % 50 === 0) console.log(`  ${language}: ${made} clips made…`);
    }
    // The other shards' runs write their own texts; files and the budget are checked by a run of the whole language.
    if (!checkOnly && !sharded) {
      const keep = new Set(texts.flatMap((text) => [path.basename(clipFile(language, text.key)), path.basename(timingsFile(language, text.key))]));
      for (const file of readdirSync(path.join(AUDIO_DIR, language))) if (!keep.has(file)) rmSync(path.join(AUDIO_DIR, language, file));
      const bytes = [...keep].reduce((sum, file) => sum + statSync(path.join(AUDIO_DIR, language, file)).size, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.log(`${language}: ${texts.length} clips (${made} made in ${seconds} s), ${(bytes / 1024 / 1024).toFixed(2)} MB of ${(LANGUAGE_AUDIO_BUDGET / 1024 / 1024).toFixed(0)} MB`);
      if (bytes > LANGUAGE_AUDIO_BUDGET) throw new Error(`${language}: narration is over its ${LANGUAGE_AUDIO_BUDGET} byte budget`);
    }
  }

  if (checkOnly) {
    if (stale.length > 0) {
      console.error(`${stale.length} clips are missing or stale (run npm run voice):\n  ${stale.slice(0, 20).join('\n  ')}`);
      process.exit(1);
    }
    console.log('Every clip is up to date.');
    return;
  }
  // Read again just before writing: a run for another language, or another shard, may have finished meanwhile.
  const others = readManifest().entries.filter((entry) => !languages.includes(entry.language) || (sharded && !ownKeys.has(`${entry.language}/${entry.key}`)));
  entries.splice(0, entries.length, ...others, ...entries.filter((entry) => languages.includes(entry.language)));
  entries.sort((a, b) => a.language.localeCompare(b.language) || a.key.localeCompare(b.key));
  const json = `${JSON.stringify({ version: 1, entries } satisfies AudioManifest, null, 1)}\n`;
  if (!existsSync(MANIFEST_FILE) || readFileSync(MANIFEST_FILE, 'utf8') !== json) writeFileSync(MANIFEST_FILE, json);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
