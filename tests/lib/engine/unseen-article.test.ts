/**
 * An article of a shape the seeds share but with none of their names: another conflict, other
 * countries, other bodies. What a reader would expect highlighted, and how.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusToJson, profileCorpus } from '../../../lib/engine/profile-corpus';

const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'reuters-ukraine.txt'), 'utf8');
const json = corpusToJson(profileCorpus([{ path: 'reuters-ukraine.txt', text }]));
const byName = Object.fromEntries(json.entities.map((e) => [e.name, e]));

describe('an unseen Reuters article', () => {
  it('reads the dateline for source and day, and keeps the bylines out', () => {
    expect(json.documents[0]).toMatchObject({ source: 'Reuters', published: '--03-03', title: 'Ukraine and Russia trade blame after talks collapse' });
    expect(Object.keys(byName)).not.toEqual(expect.arrayContaining(['Maria Tsvetkova']));
    expect(Object.keys(byName).some((n) => /Polityuk|Richardson|Tsvetkova|Antonov/.test(n))).toBe(false);
  });

  it('types the officials with the roles the text states', () => {
    const roles = (name: string) => byName[name]?.roles.map((r) => [r.title, r.country]);
    expect(roles('Volodymyr Zelenskiy')).toEqual([['President', 'Ukraine']]);
    expect(roles('Sergei Lavrov')).toEqual([['Foreign Minister', 'Russia']]);
    expect(roles('Antony Blinken')).toEqual([['Secretary of State', 'US']]);
    expect(roles('Antonio Guterres')?.[0]?.[0]).toBe('U.N. Secretary-General');
    expect(roles('Jens Stoltenberg')?.[0]?.[0]).toBe('NATO Secretary General');
    expect(roles('Josep Borrell')?.[0]?.[0]).toBe('foreign policy chief');
    expect(roles('Lindsey Graham')?.[0]?.[0]).toBe('Senator');
    for (const name of ['Volodymyr Zelenskiy', 'Sergei Lavrov', 'Antonio Guterres', 'Jens Stoltenberg', 'Josep Borrell', 'Antony Blinken', 'Lindsey Graham']) {
      expect(byName[name]?.kind, name).toBe('official');
    }
  });

  it('keeps analysts as people and resolves surnames to the full name', () => {
    expect(byName['Ben Barry']?.kind).toBe('person');
    expect(byName['Volodymyr Zelenskiy']?.aliases).toContain('Zelenskiy');
    expect(byName['Sergei Lavrov']?.mentions).toHaveLength(2);
  });

  it('finds the organisations and no places', () => {
    for (const name of [
      'United Nations',
      'Kremlin',
      'European Union',
      'State Department',
      'International Institute for Strategic Studies',
      'Wagner Group',
      'Ukrainian Defence Ministry',
    ]) {
      expect(byName[name]?.kind, name).toBe('organization');
    }
    expect(Object.keys(byName).some((n) => /Kyiv|Moscow|Bakhmut|South Carolina|Ukraine|Russia/.test(n))).toBe(false);
  });
});

describe('an unseen AP article on US state politics', () => {
  const ap = corpusToJson(profileCorpus([{ path: 'ap-texas.txt', text: readFileSync(join(__dirname, '..', '..', 'fixtures', 'ap-texas.txt'), 'utf8') }]));
  const named = Object.fromEntries(ap.entities.map((e) => [e.name, e]));
  const role = (name: string) => named[name]?.roles[0]?.title;

  it('reads the dateline with a state, the full date in it, and leaves the copyright line out', () => {
    expect(ap.documents[0]).toMatchObject({ source: 'AP', published: '2021-06-08' });
    expect(named['Associated Press']?.mentions.every((m) => !m.sentence.startsWith('Copyright'))).toBe(true);
  });

  it('reads abbreviated titles, jurisdictions, and titles that end in a place', () => {
    expect(role('Greg Abbott')).toBe('Texas Governor');
    expect(role('Ted Cruz')).toBe('Senator');
    expect(role('Joaquin Castro')).toBe('Representative');
    expect(role('Ron Nirenberg')).toBe('Mayor');
    expect(named['Alejandro Mayorkas']?.roles[0]).toMatchObject({ title: 'Homeland Security Secretary', country: 'US' });
    expect(named['Steven McCraw']?.roles[0]).toMatchObject({ title: 'Texas Department of Public Safety director', country: 'US' });
    expect(named['Greg Abbott']?.mentions.map((m) => m.text)).toEqual(['Greg Abbott', 'Abbott', 'Abbott']);
  });

  it('keeps a demonym that is part of an organisation’s name', () => {
    expect(named['American Civil Liberties Union']?.kind).toBe('organization');
    expect(named['Adriana Pinon']?.kind).toBe('person');
  });
});
