import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/analyze.js';
import { paragraphSpans } from '../../analyze/sentences.js';
import { storyDoc } from '../test-docs.js';
import { dropWeekdays, sentenceUnits, stripDateline } from './units.js';

describe('sentence units', () => {
  it('drops weekdays, which mean nothing across articles of different days', () => {
    expect(dropWeekdays('The parties agreed on Friday to form a government.')).toBe(
      'The parties agreed to form a government.',
    );
    expect(dropWeekdays('Rebels attacked the town late Tuesday night, officials said.')).toBe(
      'Rebels attacked the town, officials said.',
    );
    expect(dropWeekdays('Sunday voting was calm.')).toBe('Sunday voting was calm.');
  });

  it('strips datelines', () => {
    expect(stripDateline('PHNOM PENH, Cambodia (AP) _ Talks resumed.')).toBe('Talks resumed.');
    expect(stripDateline('BEIJING, Nov. 3 (Xinhua) -- Trade grew.')).toBe('Trade grew.');
    expect(stripDateline('Trade grew in November.')).toBe('Trade grew in November.');
  });

  it('marks quotes, questions and short sentences as not eligible and notes opening references', () => {
    const text = [
      'Negotiators from both parties reached an agreement on the new budget after weeks of talks.',
      '"We are very pleased with the outcome of these talks," the minister told reporters afterwards.',
      'Will it last?',
      'But it still needs the approval of the parliament before the end of the month.',
    ].join(' ');
    const paragraphs = paragraphSpans(text);
    const doc = storyDoc('x', text, { analysis: analyze({ id: 'x', text, paragraphs }) });
    doc.article.paragraphs = paragraphs;
    const units = sentenceUnits([doc]);
    expect(units.map((u) => u.eligible)).toEqual([true, false, false, true]);
    expect(units[3]!.text).toBe('It still needs the approval of the parliament before the end of the month.');
    expect(units[3]!.reference.kind).toBe('pronoun');
    expect(units[3]!.rewritten).toBe(true);
  });
});
