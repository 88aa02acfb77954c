// Trains the named-entity tagger from CoNLL-2003 eng.train (read from $STORYLINE_DATA or ../shared/data) and
// writes models/ner-conll.json.gz. Deterministic: fixed sentence order per epoch from a seeded shuffle.
// Run: npm run build && node dist/src/analyze/ner/train.js
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseConll, scoreEntities, type ConllSentence } from './conll.js';
import { tokenFeatures } from './features.js';
import { projectRoot } from '../../project-root.js';
import { allowed, isAllCaps, MODEL_FILE, tagWith, type TaggerModel } from './tagger.js';

const EPOCHS = Number(process.env['NER_EPOCHS'] ?? 8);
const SCALE = 100;

function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed;
  const rand = (): number => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function train(sentences: ConllSentence[], epochs = EPOCHS): TaggerModel {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const index = new Map(tags.map((t, i) => [t, i]));
  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const update = (feature: string, tag: number, delta: number): void => {
    let w = weights.get(feature);
    if (!w) {
      w = new Float64Array(tags.length);
      weights.set(feature, w);
      totals.set(feature, new Float64Array(tags.length));
      stamps.set(feature, new Float64Array(tags.length));
    }
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    total[tag]! += (step - stamp[tag]!) * w[tag]!;
    stamp[tag] = step;
    w[tag]! += delta;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    for (const sentence of shuffle(sentences, epoch + 1)) {
      const caps = isAllCaps(sentence.tokens);
      const predicted: string[] = [];
      for (let i = 0; i < sentence.tokens.length; i++) {
        step++;
        const features = tokenFeatures(
          sentence.tokens,
          i,
          predicted[i - 1] ?? '<S>',
          predicted[i - 2] ?? '<S>',
          caps,
        );
        const scores = new Float64Array(tags.length);
        for (const f of features) {
          const w = weights.get(f);
          if (w) for (let k = 0; k < tags.length; k++) scores[k]! += w[k]!;
        }
        let best = -1;
        for (let k = 0; k < tags.length; k++) {
          if (!allowed(predicted[i - 1] ?? 'O', tags[k]!)) continue;
          if (best < 0 || scores[k]! > scores[best]!) best = k;
        }
        const gold = index.get(sentence.tags[i]!)!;
        if (best !== gold) {
          errors++;
          for (const f of features) {
            update(f, gold, 1);
            update(f, best, -1);
          }
        }
        predicted.push(tags[best]!);
      }
    }
    process.stderr.write(`epoch ${epoch + 1}/${epochs}: ${errors} token errors, ${weights.size} features\n`);
  }
  // Average, prune near-zero features, and keep scaled integers.
  const out: Record<string, number[]> = {};
  for (const [f, w] of weights) {
    const total = totals.get(f)!;
    const stamp = stamps.get(f)!;
    const avg = Array.from(w, (x, k) => (total[k]! + (step - stamp[k]!) * x) / step);
    const scaled = avg.map((x) => Math.round(x * SCALE));
    if (scaled.some((x) => Math.abs(x) >= 2)) out[f] = scaled;
  }
  return { tags, weights: out };
}

function main(): void {
  const data = process.env['STORYLINE_DATA']
    ? resolve(process.env['STORYLINE_DATA'])
    : resolve(projectRoot(), '..', 'shared', 'data');
  const trainSet = parseConll(readFileSync(join(data, 'ner', 'conll2003', 'eng.train'), 'utf8'));
  const model = train(trainSet);
  const path = join(projectRoot(), MODEL_FILE);
  mkdirSync(dirname(path), { recursive: true });
  const bytes = gzipSync(JSON.stringify(model), { level: 9 });
  writeFileSync(path, bytes);
  process.stderr.write(
    `wrote ${path}: ${Object.keys(model.weights).length} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MB\n`,
  );
  const dev = parseConll(readFileSync(join(data, 'ner', 'conll2003', 'eng.testa'), 'utf8'));
  const weights = new Map(Object.entries(model.weights));
  const scores = scoreEntities(
    dev.map((s) => s.tags),
    dev.map((s) => tagWith(weights, model.tags, s.tokens)),
  );
  process.stderr.write(
    `eng.testa: P ${scores.precision.toFixed(4)} R ${scores.recall.toFixed(4)} F1 ${scores.f1.toFixed(4)}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
