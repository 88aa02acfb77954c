// Eval row for named entities: entity-level F1 (conlleval) on CoNLL-2003 eng.testa with the shipped model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, scoreEntities } from '../../analyze/ner/conll.js';
import { tagTokens } from '../../analyze/ner/tagger.js';
import type { Row } from '../scoreboard.js';

const DATASET = 'ner/conll2003/eng.testa';

export async function nerRows(dataRoot: string): Promise<Row[]> {
  const path = join(dataRoot, 'ner', 'conll2003', 'eng.testa');
  if (!existsSync(path))
    return [{ id: 'ner.conll-testa.f1', dataset: DATASET, value: null, note: `data missing: ${path}` }];
  const sentences = parseConll(readFileSync(path, 'utf8'));
  const started = performance.now();
  const predicted = sentences.map((s) => tagTokens(s.tokens));
  const seconds = (performance.now() - started) / 1000;
  const scores = scoreEntities(
    sentences.map((s) => s.tags),
    predicted,
  );
  const perType = Object.entries(scores.perType)
    .sort()
    .map(([t, s]) => `${t} ${s.f1.toFixed(3)}`)
    .join(', ');
  return [
    {
      id: 'ner.conll-testa.f1',
      dataset: DATASET,
      value: scores.f1,
      target: '>= 0.80',
      anchors: [
        { name: 'CoNLL-2003 best (test)', value: 0.888 },
        { name: 'Stanford CRF', value: 0.869 },
      ],
      note: `P ${scores.precision.toFixed(3)}, R ${scores.recall.toFixed(3)}; ${perType}; ${Math.round(sentences.length / seconds)} sentences/s`,
      details: {
        precision: scores.precision,
        recall: scores.recall,
        perType: scores.perType,
        sentences: sentences.length,
      },
    },
  ];
}
