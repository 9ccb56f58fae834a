/**
 * An article of a shape the seeds share but with none of their names: another conflict, other
 * countries, other bodies. What a reader would expect highlighted, and how.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusToJson, profileCorpus } from '../../lib/profile-corpus';

const text = readFileSync(join(__dirname, '..', 'fixtures', 'reuters-ukraine.txt'), 'utf8');
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
    for (const name of ['United Nations', 'Kremlin', 'European Union', 'State Department', 'International Institute for Strategic Studies', 'Wagner Group', 'Defence Ministry']) {
      expect(byName[name]?.kind, name).toBe('organization');
    }
    expect(Object.keys(byName).some((n) => /Kyiv|Moscow|Bakhmut|South Carolina|Ukraine|Russia/.test(n))).toBe(false);
  });
});
