/**
 * Officials typed from the whole sentence (issue 12, section 2): lower-case and possessive titles,
 * titles after the name, titles that name an institution, plural, coordinated, abbreviated and
 * dotless titles, "Former" and a country inside a title, honorifics, and an office against a party
 * post. Every name is invented; the shapes come from wire and newspaper copy.
 */
import { describe, expect, it } from 'vitest';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { entitiesIn } from './story';
import type { Entity } from '../../../lib/shared/types';

function official(text: string, name: string): Entity | undefined {
  return entitiesIn(text).find((e) => e.name === name && e.kind === 'official');
}

describe('officials typed from the words around the name', () => {
  it.each([
    // Lower-case and possessive titles
    ['Finance Minister Joan Reyes spoke first, and her deputy Tom Alder read the statement.', 'Tom Alder', 'Deputy Finance Minister'],
    ['The talks stalled, the country’s chief negotiator Ana Vidal said on Monday.', 'Ana Vidal', 'chief negotiator'],
    ['Fund director Eva Kors said the loan would be approved.', 'Eva Kors', 'Fund director'],
    ['The report was signed by permanent secretary Sir Ian Pole last week.', 'Ian Pole', 'permanent secretary'],
    ['The order was read out by head of public service Felix Mutua at the palace.', 'Felix Mutua', 'head of public service'],
    ['Central bank chief Roberto Freitas said inflation was high. His deputy Tomas Alder agreed.', 'Tomas Alder', 'deputy central bank chief'],
    // Titles after the name
    ['Luis Amaro, the president-elect’s economy minister, said taxes would rise.', 'Luis Amaro', 'economy minister'],
    [
      'Henry Doe, the outgoing director of the agency’s competition bureau, said the merger was cleared.',
      'Henry Doe',
      'outgoing director of the agency’s competition bureau',
    ],
    ['Ana Vidal, who is also trade minister, said the deal was close.', 'Ana Vidal', 'trade minister'],
    ['In the reshuffle, Rui Sal becomes Education Minister.', 'Rui Sal', 'Education Minister'],
    ['After the vote, Rui Sal is the new Education Minister.', 'Rui Sal', 'Education Minister'],
    // Titles naming an institution
    ['The arrests were confirmed by the Inspector General of Police, Ian Obi, on Sunday.', 'Ian Obi', 'Inspector General of Police'],
    ['Chief Justice of the Utah Supreme Court Ann Hale wrote the opinion.', 'Ann Hale', 'Chief Justice of the Utah Supreme Court'],
    ['Governor of the Bank of Japan Kazuo Tanabe raised rates.', 'Kazuo Tanabe', 'Governor of the Bank of Japan'],
    ['US Ambassador to the UN Linda Hale said Washington would give more.', 'Linda Hale', 'Ambassador to the UN'],
    // Abbreviated and dotless titles: the title is never part of the name
    ['Interior CS Tom Oduya said the curfew would be lifted.', 'Tom Oduya', 'Interior Cabinet Secretary'],
    ['On Monday, PM Ann Lee said the budget was fair.', 'Ann Lee', 'Prime Minister'],
    ['Det Supt Sarah Cole said the investigation continued.', 'Sarah Cole', 'Detective Superintendent'],
    ['Sgt Mark Bell was injured in the crash.', 'Mark Bell', 'Sergeant'],
    ['Cllr Jane Hart said the council would help.', 'Jane Hart', 'Councillor'],
    ['Gov. Tim Ross signed the bill on Friday.', 'Tim Ross', 'Governor'],
    ['Sen. Amy Ford objected to the plan.', 'Amy Ford', 'Senator'],
    ['Utah AG Derek Lund sued the company.', 'Derek Lund', 'Utah Attorney General'],
    // An office against a party post: the office wins
    ['In Pretoria, DA leader Jo Smit is now Agriculture Minister after the deal.', 'Jo Smit', 'Agriculture Minister'],
    // An initialism closing a portfolio after the verb, with nothing after it: the office, and no organisation named "Finance CS"
    ['Party chairman Kalo Mendez is now Finance CS, the president said.', 'Kalo Mendez', 'Finance Cabinet Secretary'],
  ])('%s', (text, name, title) => {
    const entity = official(text, name);
    expect(entity?.roles.map((r) => r.title)).toContain(title);
    expect(entity?.aliases.every((a) => !/^(Sgt|Cllr|Det|PM|CS|AG|Gov|Sen)\b/.test(a))).toBe(true);
    expect(profileCorpus([{ path: 'story.txt', text }]).entities.filter((e) => e.kind === 'organization' && /\b(CS|AG|PM)$/.test(e.name))).toEqual([]);
  });
});

describe('the country a title states', () => {
  it.each([
    ['HONOLULU (AP) - Former U.S. President Ann Lee visited the island on Tuesday.', 'Ann Lee', 'Former President', 'US'],
    ['Switzerland’s Permanent Representative to the UN, Eva Roth, called for calm.', 'Eva Roth', 'Permanent Representative to the UN', 'Switzerland'],
    ['Chief Justice of the Utah Supreme Court Ann Hale wrote the opinion.', 'Ann Hale', 'Chief Justice of the Utah Supreme Court', 'US'],
    ['Secretary of State Tom Gale met his Ukrainian counterpart, Ivan Hora, in Kyiv.', 'Ivan Hora', 'Foreign Minister', 'Ukraine'],
    ['Bogota Mayor Camilo Ruiz said the capital was calm.', 'Camilo Ruiz', 'Bogota Mayor', 'Colombia'],
  ])('%s', (text, name, title, country) => {
    expect(official(text, name)?.roles).toContainEqual(expect.objectContaining({ title, country }));
  });

  it('makes the organisation a title names an organisation too', () => {
    const names = entitiesIn('Chief Justice of the Utah Supreme Court Ann Hale wrote the opinion.').map((e) => `${e.kind}: ${e.name}`);
    expect(names).toContain('organization: Utah Supreme Court');
  });
});

describe('plural and coordinated titles', () => {
  it('gives a plural title to every name listed after it', () => {
    const text = 'The vote was split. Commissioners Ann Lee and Bo Park voted against the rule.';
    expect(official(text, 'Ann Lee')?.roles[0]?.title).toBe('Commissioner');
    expect(official(text, 'Bo Park')?.roles[0]?.title).toBe('Commissioner');
  });

  it('reads every name of a list of possessive countries, and their roles stated later', () => {
    const text =
      "Leaders agreed. Estonia's Eva Kask, Portugal's Rui Sal and Germany's Greta Holm took the top jobs. Sal becomes President of the European Council. Kask, a former prime minister, will serve as the bloc's foreign policy chief.";
    const entities = entitiesIn(text);
    expect(entities.find((e) => e.name === 'Greta Holm')?.kind).toBe('person');
    expect(entities.find((e) => e.name === 'Rui Sal')?.roles[0]).toMatchObject({ title: 'President of the European Council', country: 'EU' });
    expect(entities.find((e) => e.name === 'Eva Kask')?.kind).toBe('official');
  });
});

describe('honorifics in many languages', () => {
  it('keeps them out of the name and the role, and a given name after one is the same man', () => {
    const entities = entitiesIn(
      'KUALA LUMPUR (Reuters) - Prime Minister Tun Dr Ali Omar said on Monday the economy would grow. Dr Ali said exports were strong.',
    );
    const ali = entities.find((e) => e.name === 'Ali Omar');
    expect(ali?.roles[0]?.title).toBe('Prime Minister');
    expect(ali?.mentions.map((m) => m.text)).toEqual(['Ali Omar', 'Dr Ali']);
    expect(entities.filter((e) => e.kind !== 'organization')).toHaveLength(1);
  });

  it.each([
    ['Datuk Seri Anwar Bakar spoke first at the rally.', 'Anwar Bakar'],
    ['Later, Sheikh Khalid Hamad met the delegation.', 'Khalid Hamad'],
    ['The guests included His Excellency Omar Said.', 'Omar Said'],
    ['The visit was hosted by Prince Faisal Nayef on Sunday.', 'Faisal Nayef'],
  ])('%s', (text, name) => {
    expect(entitiesIn(text).map((e) => e.name)).toContain(name);
  });

  it('reads the apposition after an honorific and a name', () => {
    expect(official('Sheikh Khalid Hamad, the Qatari ambassador, attended the speech.', 'Khalid Hamad')?.roles[0]).toMatchObject({
      title: 'ambassador',
      country: 'Qatar',
    });
  });
});
