/** Where a name's span ends, on sentences of our own with invented names. */
import { describe, expect, it } from 'vitest';
import { entitiesIn, expectOfficial } from './story';

describe('a name written with a hyphen and a lower-case syllable', () => {
  it('keeps the syllable: "Foreign Minister Tsao Ming-hsien" is one official, named whole', () => {
    const official = expectOfficial('Foreign Minister Tsao Ming-hsien said on Thursday that the talks would resume in the spring.', 'Tsao Ming-hsien', [
      'Foreign Minister',
    ]);
    expect(official?.mentions.map((m) => m.text)).toEqual(['Tsao Ming-hsien']);
  });

  it('keeps it after an abbreviated title, and the family name alone later is the same person', () => {
    const text = 'Gov. Pyo Dae-woong of the central bank met lenders on Monday. Pyo said rates would hold.';
    const found = entitiesIn(text).filter((e) => e.name.startsWith('Pyo'));
    expect(found.map((e) => e.name)).toEqual(['Pyo Dae-woong']);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Pyo Dae-woong', 'Pyo']);
  });
});

describe('a name with a bracket', () => {
  it('closes the bracket it opens: a club with its town’s initial in brackets', () => {
    const text = 'Results of the league on Saturday:\nKorvat 2 Lemnik (Z) 0\nVeltar 1 Sodrak (BJ) 3\nStandings: Lemnik (Z) 4 0 1 3';
    const names = entitiesIn(text).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lemnik (Z)', 'Sodrak (BJ)']));
    const lemnik = entitiesIn(text).find((e) => e.name === 'Lemnik (Z)');
    expect(lemnik?.mentions.map((m) => m.text)).toEqual(['Lemnik (Z)', 'Lemnik (Z)']);
  });
});
