/**
 * `npm run voice`: makes the narration of every text in every language. A recording placed at
 * audio/recorded/<language>/<key>.wav replaces the synthesised voice for that text. Texts whose fingerprint is
 * unchanged are left alone, so re-running with unchanged texts changes no file.
 * Options: --lang=fr (one language), --check (only report what is stale or missing; exit 1 if any).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../contract/venue-config';
import { clipFile, timingsFile, type AudioManifest, type ManifestEntry } from '../domain/narration/audio-manifest';
import { espeakSynthesize } from './voice/espeak-engine';
import { readNarrationCatalogue } from './voice/narration-sources';
import { encodeOggOpus } from './voice/ogg-opus-encoder';
import { PICO_SAMPLE_RATE, PicoVoice } from './voice/pico-engine';
import {
  AUDIO_DIR,
  LANGUAGE_AUDIO_BUDGET,
  MANIFEST_FILE,
  VOICES,
  missingPicoFiles,
  narrationHash,
  picoLangDir,
  prepareForVoice,
  recordedFile,
  sha256,
  type VoiceSpec,
} from './voice/voice-config';
import { narrate, round, sliceRecording } from './voice/narrate';
import { decodeWav, type DecodedAudio } from './voice/wav';
import { letterWeight, speechBounds } from './voice/word-timings';


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

interface LineSynth {
  /** Speaks one line and gives its audio; the word weights help share time among the words. */
  speak(line: string): Promise<DecodedAudio>;
  weights(spokenWords: string[]): number[];
  engine: string;
  voice: string;
}

async function openSynth(language: Language, spec: VoiceSpec): Promise<LineSynth> {
  if (spec.engine === 'svox-pico') {
    const missing = missingPicoFiles(spec);
    if (missing.length > 0) {
      throw new Error(`SVOX Pico voice data for ${language} is missing: ${missing.join(', ')}.\nSet PICO_LANG_DIR to the folder holding the Pico *_ta.bin and *_sg.bin files (default: ${picoLangDir()}).`);
    }
    const pico = await PicoVoice.open(path.join(picoLangDir(), spec.textAnalysis), path.join(picoLangDir(), spec.signalGeneration));
    const wordLength = new Map<string, number>();
    return {
      engine: 'svox-pico (@echogarden/svoxpico-wasm)',
      voice: spec.voice,
      speak: async (line) => ({ samples: pico.synthesize(line, spec.speed), sampleRate: PICO_SAMPLE_RATE }),
      weights: (spoken) =>
        spoken.map((word) => {
          if (!wordLength.has(word)) {
            const audio = pico.synthesize(word, spec.speed);
            const bounds = speechBounds(audio, PICO_SAMPLE_RATE);
            wordLength.set(word, bounds ? bounds.end - bounds.start : 0.1);
          }
          return wordLength.get(word)!;
        }),
    };
  }
  return {
    engine: 'espeak-ng (npm espeak-ng)',
    voice: spec.voice,
    speak: (line) => espeakSynthesize(line, spec.voice, spec.wordsPerMinute),
    weights: (spoken) => spoken.map(letterWeight),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const checkOnly = args.includes('--check');
  const languages = LANGUAGES.filter((language) => !only || language === only);
  if (languages.length === 0) throw new Error(`Unknown language "${only}"; use one of ${LANGUAGES.join(', ')}`);

  const catalogue = readNarrationCatalogue();
  const manifest = readManifest();
  const previous = new Map(manifest.entries.map((entry) => [`${entry.language}/${entry.key}`, entry]));
  const entries = manifest.entries.filter((entry) => !languages.includes(entry.language));
  const stale: string[] = [];

  for (const language of languages) {
    const spec = VOICES[language];
    let synth: LineSynth | undefined;
    const texts = catalogue.filter((text) => text.language === language);
    mkdirSync(path.join(AUDIO_DIR, language), { recursive: true });
    let made = 0;
    for (const text of texts) {
      const recording = recordedFile(language, text.key);
      const recordingBytes = existsSync(recording) ? readFileSync(recording) : null;
      const spokenLines = text.spokenLines.map(prepareForVoice);
      const textHash = narrationHash(text, recordingBytes ? { recordingSha256: sha256(recordingBytes) } : { voice: spec });
      const old = previous.get(`${language}/${text.key}`);
      const upToDate = old?.textHash === textHash && existsSync(path.join(AUDIO_DIR, old.file)) && existsSync(path.join(AUDIO_DIR, old.timings));
      if (upToDate) {
        entries.push(old);
        continue;
      }
      stale.push(`${language}/${text.key}`);
      if (checkOnly) continue;

      let result;
      let source: Pick<ManifestEntry, 'source' | 'engine' | 'voice'>;
      if (recordingBytes) {
        const decoded = decodeWav(recordingBytes, recording);
        result = await narrate({ ...text, spokenLines }, sliceRecording(decoded, text), (spoken) => spoken.map(letterWeight));
        source = { source: 'recorded', engine: 'recording', voice: path.relative(AUDIO_DIR, recording) };
      } else {
        synth ??= await openSynth(language, spec);
        const speaker = synth;
        result = await narrate({ ...text, spokenLines }, (index) => speaker.speak(spokenLines[index]), speaker.weights);
        source = { source: 'synthesised', engine: speaker.engine, voice: speaker.voice };
      }
      const opus = encodeOggOpus(result.samples, result.sampleRate, parseInt(sha256(`${language}/${text.key}`).slice(0, 8), 16));
      const duration = round(result.samples.length / result.sampleRate);
      writeFileSync(path.join(AUDIO_DIR, clipFile(language, text.key)), opus);
      writeFileSync(path.join(AUDIO_DIR, timingsFile(language, text.key)), `${JSON.stringify({ key: text.key, language, duration, words: result.timings })}\n`);
      entries.push({ key: text.key, language, level: text.level, ...source, duration, textHash, file: clipFile(language, text.key), timings: timingsFile(language, text.key) });
      made++;
      if (made % 50 === 0) console.log(`  ${language}: ${made} clips made…`);
    }
    if (!checkOnly) {
      const keep = new Set(texts.flatMap((text) => [path.basename(clipFile(language, text.key)), path.basename(timingsFile(language, text.key))]));
      for (const file of readdirSync(path.join(AUDIO_DIR, language))) if (!keep.has(file)) rmSync(path.join(AUDIO_DIR, language, file));
      const bytes = [...keep].reduce((sum, file) => sum + statSync(path.join(AUDIO_DIR, language, file)).size, 0);
      console.log(`${language}: ${texts.length} clips (${made} made), ${(bytes / 1024 / 1024).toFixed(2)} MB of ${(LANGUAGE_AUDIO_BUDGET / 1024 / 1024).toFixed(0)} MB`);
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
  entries.sort((a, b) => a.language.localeCompare(b.language) || a.key.localeCompare(b.key));
  const json = `${JSON.stringify({ version: 1, entries } satisfies AudioManifest, null, 1)}\n`;
  if (!existsSync(MANIFEST_FILE) || readFileSync(MANIFEST_FILE, 'utf8') !== json) writeFileSync(MANIFEST_FILE, json);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
