/** One entity per real person or organisation, across the whole corpus. */
import { describe, expect, it } from 'vitest';
import { profileCorpus, type SourceText } from '../../../lib/engine/profile-corpus';
import type { Entity } from '../../../lib/shared/types';
import { seedTexts } from '../../seeds';

function entitiesOf(inputs: SourceText[]): Entity[] {
  return profileCorpus(inputs).entities;
}

const seedEntities = entitiesOf(seedTexts());
const named = (name: string) => seedEntities.find((e) => e.name === name);

describe('aliases on the seed corpus', () => {
  it('makes John F. Kelly, John Kelly, Kelly, Mr Kelly and Kelly’s one official in three documents', () => {
    const kelly = named('John F. Kelly');
    expect(kelly?.aliases).toEqual(expect.arrayContaining(['John F. Kelly', 'John Kelly', 'Kelly', 'Mr Kelly']));
    expect(new Set(kelly?.mentions.map((m) => m.documentId.slice(0, 3)))).toEqual(new Set(['000', '001', '003']));
    expect(kelly?.mentions.some((m) => m.sentence.includes("This is Mr Kelly's second official trip"))).toBe(true);
    expect(seedEntities.filter((e) => e.aliases.includes('Kelly'))).toHaveLength(1);
  });

  it('makes Enrique Pena Nieto, Pena Nieto and Mr Pena Nieto one official', () => {
    const pena = named('Enrique Pena Nieto');
    expect(pena?.aliases).toEqual(expect.arrayContaining(['Pena Nieto', 'Mr Pena Nieto']));
    expect(seedEntities.filter((e) => e.aliases.some((a) => a.includes('Pena Nieto')))).toHaveLength(1);
  });

  it('makes the State Department and the US State Department one organisation, and the G-20 and Group of 20 another', () => {
    expect(named('State Department')?.aliases).toContain('US State Department');
    const g20 = seedEntities.find((e) => e.aliases.includes('G-20'));
    expect(g20?.aliases).toEqual(expect.arrayContaining(['Group of 20', 'G20']));
  });

  it('keeps roles per document, with the document that stated them', () => {
    const trump = named('Donald Trump');
    expect(trump?.roles.map((r) => r.documentId.slice(0, 3))).toEqual(['000', '001', '003', '004']);
    expect(trump?.roles.every((r) => r.title === 'President' && r.country === 'US')).toBe(true);
  });
});

describe('aliases across documents the seeds never saw', () => {
  const entities = entitiesOf([
    { path: 'a.txt', text: 'Mexican President Andrés Manuel López Obrador met the press. López Obrador said he would travel.' },
    { path: 'b.txt', text: 'Lopez Obrador told a news conference that the talks would focus on trade.' },
    { path: 'c.txt', text: 'Former President Bill Clinton spoke on Monday. Secretary of State Hillary Clinton listened. Mrs. Clinton later left.' },
    { path: 'd.txt', text: 'US Attorney General William P. Barr arrived. Bill Barr said little.' },
  ]);

  it('resolves a surname alone in another document to the one person named in full', () => {
    const amlo = entities.filter((e) => e.aliases.some((a) => /L[oó]pez Obrador/.test(a)));
    expect(amlo).toHaveLength(1);
    expect(amlo[0]?.name).toBe('Andrés Manuel López Obrador');
    expect(amlo[0]?.mentions.map((m) => m.documentId)).toContain('b');
  });

  it('never merges two people who share a surname, and gives "Mrs. Clinton" to the one named last', () => {
    const hillary = entities.find((e) => e.name === 'Hillary Clinton');
    const bill = entities.find((e) => e.name === 'Bill Clinton');
    expect(hillary).toBeDefined();
    expect(bill).toBeDefined();
    expect(hillary?.id).not.toBe(bill?.id);
    expect(hillary?.mentions.map((m) => m.text)).toContain('Mrs. Clinton');
  });

  it('joins a short form of a first name in the same document', () => {
    const barr = entities.filter((e) => e.aliases.some((a) => a.includes('Barr')));
    expect(barr).toHaveLength(1);
    expect(barr[0]?.aliases).toEqual(expect.arrayContaining(['William P. Barr', 'Bill Barr']));
  });

  it('keeps two people apart when their roles name different countries', () => {
    const twins = entitiesOf([
      { path: 'x.txt', text: 'Mexican Foreign Minister Carlos Ruiz spoke.' },
      { path: 'y.txt', text: 'Chilean Finance Minister Carlos Ruiz resigned.' },
    ]);
    expect(twins.filter((e) => e.name === 'Carlos Ruiz')).toHaveLength(2);
  });
});
