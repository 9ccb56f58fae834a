/**
 * Companies on the business pages, on sentences of our own with invented names: stock codes name a
 * company's shares and are no organisations ("truncated codes" of issue 12, section 4); a trade
 * opening a sentence is no part of the name after it; a company named by its trade ("Kestrel Foods")
 * is an organisation, and the same company later named without it is one entity.
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn, organizationsIn } from './story';

describe('stock codes are no organisations', () => {
  it.each([
    ['Brightwell Corp (NASDAQ: BRWL) and Osterfeld AG (XETRA: OSF) agreed to merge, the companies said.', ['Brightwell Corp', 'Osterfeld AG']],
    ['Shares of Vantor Group (NYSE:VTG, TSX: VTG) slipped after the results.', ['Vantor Group']],
    ['Corvana Inc (CRVN.O) rose 4% while Tokyo-listed Hanari Motors (7211.T) was flat.', ['Corvana Inc', 'Hanari Motors']],
    ['Brightwell shares (BRWL) jumped 9% on Friday after the company raised its forecast.', ['Brightwell']],
  ])('%s', (text, names) => {
    expect(organizationsIn(text)).toEqual(names);
  });

  it('leaves an acronym in brackets after a full name as its alias', () => {
    const parties = entitiesIn('The Union for Renewal (UFR) won the vote, and UFR leaders celebrated in the capital.').filter((e) => e.kind === 'organization');
    expect(parties).toHaveLength(1);
    expect([parties[0]!.name, ...parties[0]!.aliases]).toEqual(expect.arrayContaining(['Union for Renewal', 'UFR']));
  });
});

describe('a trade opening a sentence is no part of the name', () => {
  it.each([
    ['Rival Pellar Systems fell 2% on the news.', 'Pellar Systems'],
    ['Chipmaker Corvana Inc said demand for its processors had doubled.', 'Corvana Inc'],
    ['Automaker Hanari Motors will build a plant in the north, the company said.', 'Hanari Motors'],
  ])('%s', (text, name) => {
    expect(organizationsIn(text)).toEqual([name]);
  });

  it('keeps a person after a sporting trade', () => {
    const people = entitiesIn('Striker Tomas Verhoek scored twice as the visitors won 3-1.').filter((e) => e.kind !== 'organization');
    expect(people.map((e) => e.name)).toEqual(['Tomas Verhoek']);
  });
});

describe('companies named by their trade', () => {
  it('are organisations, and the story naming them again without it names the same company', () => {
    const text =
      'The deal values Kestrel Foods at $4 billion, according to a filing. Kestrel declined to comment, and Osprey Technologies said it would not bid.';
    const found = entitiesIn(text);
    const kestrel = found.find((e) => e.name === 'Kestrel Foods');
    expect(kestrel?.kind).toBe('organization');
    expect(kestrel!.mentions.map((m) => m.text)).toEqual(['Kestrel Foods', 'Kestrel']);
    expect(found.find((e) => e.name === 'Osprey Technologies')?.kind).toBe('organization');
    expect(found.filter((e) => e.name === 'Kestrel')).toEqual([]);
  });
});
