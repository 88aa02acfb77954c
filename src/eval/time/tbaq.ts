// Eval rows for time expressions on TimeBank + AQUAINT (TimeML, TempEval-3 training data), DCT as reference.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../../analyze/time/find-times.js';
import type { Row } from '../scoreboard.js';
import { parseTimeml } from './timeml.js';
import { type Counts, emptyCounts, f1, scoreTimexes } from './tempeval.js';

const DATASET = 'time/tbaq';
const ANCHORS = [
  { name: 'HeidelTime', value: 0.776 },
  { name: 'SUTime', value: 0.67 },
];

function runCorpus(folder: string, errors: string[]): Counts {
  const counts = emptyCounts();
  if (!existsSync(folder)) return counts;
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.tml'))
    .sort()) {
    const doc = parseTimeml(file, readFileSync(join(folder, file), 'utf8'));
    const system = findTimes(doc.text, { reference: doc.dct });
    scoreTimexes(doc.timexes, system, counts);
    for (const g of doc.timexes) {
      const s = system.find((x) => x.start < g.end && g.start < x.end);
      if (!s) errors.push(`MISS\t${file}\t${g.text}\t${g.value}`);
      else if (s.value.toUpperCase() !== g.value.toUpperCase())
        errors.push(`VALUE\t${file}\t${g.text}\t${g.value}\t${s.text}\t${s.value}`);
    }
    for (const s of system)
      if (!doc.timexes.some((g) => s.start < g.end && g.start < s.end))
        errors.push(`EXTRA\t${file}\t${s.text}\t${s.value}`);
  }
  return counts;
}

function detail(c: Counts): string {
  const v = f1(c.value, c.system, c.gold);
  const r = f1(c.relaxed, c.system, c.gold);
  return `value P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)}; extent P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}; ${c.gold} gold, ${c.system} found`;
}

export async function tbaqRows(dataRoot: string, options: { verbose?: boolean } = {}): Promise<Row[]> {
  const root = join(dataRoot, 'time', 'tbaq');
  if (!existsSync(root))
    return [
      'time.tbaq.value_f1',
      'time.tbaq.extent_f1',
      'time.tbaq.strict_extent_f1',
      'time.aquaint.value_f1',
    ].map((id) => ({ id, dataset: DATASET, value: null, note: `data missing: ${root}` }));
  const errors: string[] = [];
  const started = performance.now();
  const timebank = runCorpus(join(root, 'TimeBank'), errors);
  const aquaint = runCorpus(join(root, 'AQUAINT'), errors);
  const seconds = (performance.now() - started) / 1000;
  if (options.verbose) writeFileSync('time-tbaq-errors.tsv', `${errors.join('\n')}\n`);
  const all: Counts = {
    system: timebank.system + aquaint.system,
    gold: timebank.gold + aquaint.gold,
    relaxed: timebank.relaxed + aquaint.relaxed,
    strict: timebank.strict + aquaint.strict,
    value: timebank.value + aquaint.value,
  };
  const tb = f1(timebank.value, timebank.system, timebank.gold).f1;
  return [
    {
      id: 'time.tbaq.value_f1',
      dataset: DATASET,
      value: f1(all.value, all.system, all.gold).f1,
      target: '>= 0.75',
      anchors: ANCHORS,
      note: `${detail(all)}; TimeBank value F1 ${tb.toFixed(3)}; ${seconds.toFixed(1)} s`,
    },
    {
      id: 'time.tbaq.extent_f1',
      dataset: DATASET,
      value: f1(all.relaxed, all.system, all.gold).f1,
      note: 'relaxed: overlap',
    },
    {
      id: 'time.tbaq.strict_extent_f1',
      dataset: DATASET,
      value: f1(all.strict, all.system, all.gold).f1,
      note: 'exact extent',
    },
    {
      id: 'time.aquaint.value_f1',
      dataset: `${DATASET}/AQUAINT`,
      value: f1(aquaint.value, aquaint.system, aquaint.gold).f1,
      target: '>= 0.75',
      note: `held out from tuning; ${detail(aquaint)}`,
    },
  ];
}
