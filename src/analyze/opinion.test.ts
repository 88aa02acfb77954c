import { describe, expect, it } from 'vitest';
import { scoreOpinion } from './opinion.js';
import { segment } from './sentences.js';

function run(text: string) {
  return scoreOpinion(text, segment(text).sentences);
}

describe('scoreOpinion', () => {
  it('flags the outlet’s own loaded language with its triggers', () => {
    const [s] = run(
      'The alliance was sealed with the visit of the communist dictator Ivan Petrov to the capital.',
    );
    expect(s?.opinion).toBe(true);
    expect(s?.triggers.map((t) => t.text)).toEqual(['communist', 'dictator']);
    const [w] = run('The country now has one of the weakest presidents in its history.');
    expect(w?.opinion).toBe(true);
  });

  it('does not read names as loaded words', () => {
    expect(
      run('The International Criminal Court and the Communist Party issued statements.')[0]?.opinion,
    ).toBe(false);
  });

  it('leaves neutral reporting alone', () => {
    const out = run('The two leaders met in the capital on Monday. Talks lasted four hours, officials said.');
    expect(out.map((s) => s.opinion)).toEqual([false, false]);
  });

  it('gives opinion inside quotes to the speaker, not the outlet', () => {
    const [s] = run('"This is a disgraceful and cowardly act," the minister said.');
    expect(s?.opinion).toBe(false);
    expect(s?.quotedTriggers.map((t) => t.text)).toEqual(['disgraceful', 'cowardly']);
  });
});
