/**
 * The name tagger on sentences of news with invented names (none from CoNLL-2003 or the fixtures):
 * the names a reader would mark, of the type a reader would give them.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../lib/engine/nlp';
import { spansOfLabels, iob1ToBio, LABELS } from '../../../lib/engine/tagger/labels';
import { tagNames, tokenLabels } from '../../../lib/engine/tagger/tag-names';
import { viterbi } from '../../../lib/engine/tagger/viterbi';

/** The names the tagger finds in a text, as "TYPE text". */
function names(text: string): string[] {
  return tagNames(tagText(text)).map((n) => `${n.type} ${text.slice(n.start, n.end)}`);
}

describe('tagging names in news sentences', () => {
  it('finds a person and a place', () => {
    expect(names('Ministers met Tomas Ferreira in Lisbon.')).toEqual(['PER Tomas Ferreira', 'LOC Lisbon']);
  });

  it('gives token and character extents that agree with the text', () => {
    const tagged = tagText('Ministers met Tomas Ferreira in Lisbon.');
    const [person] = tagNames(tagged);
    expect(person).toEqual({ type: 'PER', from: 2, to: 4, start: 14, end: 28 });
    expect(tokenLabels(tagged)).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('takes a company named in one unknown word for an organisation', () => {
    expect(names('Shares of Veltrona rose 5 percent on Tuesday.')).toEqual(['ORG Veltrona']);
  });

  it('keeps "of" inside an organisation', () => {
    expect(names('The Bank of Norvania cut interest rates.')).toEqual(['ORG Bank of Norvania']);
  });

  it('marks a demonym as MISC, apart from the person beside it', () => {
    expect(names('The Kenyan runner Pauline Wanjiru won the race.')).toEqual(['MISC Kenyan', 'PER Pauline Wanjiru']);
  });

  it('leaves an honorific out of the name and a possessive out of its extent', () => {
    expect(names("Mr Ostrander's lawyers said he would appeal.")).toEqual(['PER Ostrander']);
  });

  it('ends an organisation at its corporate suffix and finds a party', () => {
    expect(names('Analysts at Dravik Holdings Inc expect the Kelmar Party to win.')).toEqual(['ORG Dravik Holdings Inc', 'ORG Kelmar Party']);
  });

  it('splits a list of people at its commas', () => {
    expect(names('Did not bat: Arvid Solberg, Tomasz Kedzior, Neville Oduya.')).toEqual(['PER Arvid Solberg', 'PER Tomasz Kedzior', 'PER Neville Oduya']);
  });

  it('reads a surname alone as the person the story named in full', () => {
    expect(names('Prime Minister Anselm Korrigan arrived on Sunday.\nKorrigan said talks would resume.')).toEqual(['PER Anselm Korrigan', 'PER Korrigan']);
  });

  it('types a word in a headline set in capitals as the story under it does', () => {
    const story = 'VELTRONA SHARES SLUMP AFTER PROFIT WARNING\nVeltrona said on Monday its profit fell. Shares in Veltrona fell 4 percent.';
    expect(names(story)).toEqual(['ORG VELTRONA', 'ORG Veltrona', 'ORG Veltrona']);
  });

  it('finds nothing in a sentence without names', () => {
    expect(names('the committee said on Tuesday it would meet again next week.')).toEqual([]);
  });

  it('gives the same spans when a text is tagged twice', () => {
    const text = 'Striker Dario Fenwick left Sporting Brelin for a club in Oporto.';
    expect(tagNames(tagText(text))).toEqual(tagNames(tagText(text)));
  });
});

describe('the BIO machinery', () => {
  it('reads CoNLL IOB1 tags as BIO, starting a new name where two of one type touch', () => {
    const bio = iob1ToBio(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']).map((l) => LABELS[l]);
    expect(bio).toEqual(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']);
  });

  it('reads spans off labels', () => {
    expect(spansOfLabels([1, 2, 1, 0, 5])).toEqual([
      { type: 'PER', from: 0, to: 2 },
      { type: 'PER', from: 2, to: 3 },
      { type: 'LOC', from: 4, to: 5 },
    ]);
  });

  it('never decodes an I- label that continues nothing', () => {
    // Scores that favour I-ORG everywhere: decoding must open the organisation with B-ORG.
    const emissions = new Float64Array(3 * LABELS.length);
    for (let i = 0; i < 3; i++) emissions[i * LABELS.length + LABELS.indexOf('I-ORG')] = 10;
    const labels = Array.from(viterbi(emissions, 3, new Float64Array((LABELS.length + 1) * LABELS.length)), (l) => LABELS[l]);
    expect(labels[0]).not.toBe('I-ORG');
    expect(labels.slice(1)).toEqual(['I-ORG', 'I-ORG']);
  });
});

describe('the model file', () => {
  it('is at most 2 MB, so it ships in the extension', () => {
    const size = statSync(join(import.meta.dirname, '..', '..', '..', 'lib', 'engine', 'tagger', 'model.json')).size;
    expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
