/**
 * Offices and public bodies as news from Africa, Australia and Latin America writes them, on sentences
 * of our own with invented names: a central bank "of" a country before its
 * governor's title, a country's name opening a body's name, a body named again without its country,
 * a treasurer, two offices held together, the words of an office that are no organisation, and a
 * body named by its head and two portfolios ("Ministry of Science and Technology").
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn, organizationsIn } from './story';
import type { Entity } from '../../../lib/shared/types';

const seen = (e: Entity) => `${e.kind}: ${e.name}${e.roles.length ? ` (${e.roles.map((r) => `${r.title}, ${r.country ?? '?'}`).join('; ')})` : ''}`;
const described = (text: string) => entitiesIn(text).map(seen).sort();

describe('a body "of" a country before an office', () => {
  it.each([
    [
      'Central Bank of Ghana Governor Kofi Asante told lawmakers the bank would keep tightening.',
      ['official: Kofi Asante (Central Bank of Ghana Governor, Ghana)', 'organization: Central Bank of Ghana'],
    ],
    [
      'Bank of Kenya Governor Ruth Wambui said on Tuesday that inflation had eased.',
      ['official: Ruth Wambui (Bank of Kenya Governor, Kenya)', 'organization: Bank of Kenya'],
    ],
  ])("is an organisation, and the office is its holder's: %s", (text, expected) => {
    expect(described(text)).toEqual(expected);
  });
});

describe("a country's name opening a body's name", () => {
  it('is part of the name, where initials are not', () => {
    const names = organizationsIn('The Ghana Teachers Union threatened a strike, and the U.S. Supreme Court ruled against the plan.');
    expect(names).toEqual(['Ghana Teachers Union', 'Supreme Court']);
  });
});

describe('a body named again without its country', () => {
  it('is the same organisation, and its mark leaves out the article', () => {
    const [bank, ...others] = entitiesIn('The Reserve Bank of Fiji left rates on hold. The Reserve Bank said inflation was easing.');
    expect(others).toEqual([]);
    expect(bank!.name).toBe('Reserve Bank of Fiji');
    expect(bank!.mentions.map((m) => m.text)).toEqual(['Reserve Bank of Fiji', 'Reserve Bank']);
  });
});

describe('offices', () => {
  it.each([
    ['CANBERRA - Treasurer Jim Alder has defended his budget.', ['official: Jim Alder (Treasurer, Australia)']],
    [
      'ABUJA - The plan was announced by the Minister of Finance and Coordinating Minister of the Economy, Wale Adeyemi, after a meeting.',
      ['official: Wale Adeyemi (Minister of Finance and Coordinating Minister of the Economy, Nigeria)'],
    ],
    ['LIMA - The Minister of Energy and Mines, Rosa Quintana, resigned on Friday.', ['official: Rosa Quintana (Minister of Energy and Mines, Peru)']],
  ])('%s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });
});

describe('the country of a cabinet title many countries use', () => {
  it("is the story's, and the US only where the story names no other", () => {
    expect(described('MANILA, Philippines – Maria Santos, who was education secretary until June, said the audit was unfair.')).toEqual([
      'official: Maria Santos (education secretary, Philippines)',
    ]);
    expect(described('Education Secretary Maria Santos said the new rules would take effect next year.')).toEqual([
      'official: Maria Santos (Education Secretary, US)',
    ]);
  });
});

describe("a title one country's news uses", () => {
  it("names that country's office where the story names no other, and places the story's other offices there", () => {
    expect(described('Home Secretary Jane Marlow said the new rules would cut crossings. Prime Minister Tom Quill backed her on Tuesday.')).toEqual([
      'official: Jane Marlow (Home Secretary, UK)',
      'official: Tom Quill (Prime Minister, UK)',
    ]);
  });

  it("is the story's country's office where the story names one", () => {
    expect(described('NEW DELHI - Home Secretary Ajay Varma said the new rules would take effect.')).toEqual(['official: Ajay Varma (Home Secretary, India)']);
  });
});

describe('an organisation after a dateline', () => {
  it('is marked without its article', () => {
    const [house] = entitiesIn('MANILA, Philippines – The House of Representatives on Wednesday passed the budget.');
    expect(house!.mentions.map((m) => m.text)).toEqual(['House of Representatives']);
  });
});

describe('lists, peoples and plural heads', () => {
  it('reads each name of a list as its own, at its commas and at its last "and"', () => {
    expect(organizationsIn('The exit poll for broadcasters Kanal Nord, Radio Vesta Info and Baltic Star News showed a close race.')).toEqual([
      'Baltic Star News',
      'Kanal Nord',
      'Radio Vesta Info',
    ]);
  });

  it('keeps a country’s people out of the organisations', () => {
    expect(organizationsIn('Kaminski said the result showed that Poles wanted change, and that Kenyans and Germans agreed.')).toEqual([]);
  });

  it('ends a name at a plural head', () => {
    expect(organizationsIn('The Asia Centres for Water Research said the drought would last.')).toEqual(['Asia Centres for Water Research']);
  });
});

describe('a body named by its head and two portfolios', () => {
  it.each([
    ['The Organization for Economic Renewal and Development cut its growth forecast on Tuesday.', ['Organization for Economic Renewal and Development']],
    ['Officials from the Ministry of Science and Technology visited the Kestrel plant.', ['Ministry of Science and Technology']],
    ['The Northern Bank for Reconstruction and Development lent the city more.', ['Northern Bank for Reconstruction and Development']],
    ['The Chamber of Commerce and Industry backed the plan.', ['Chamber of Commerce and Industry']],
  ])('is one organisation: %s', (text, expected) => {
    expect(organizationsIn(text).filter((name) => name !== 'Kestrel')).toEqual(expected);
  });

  it('ends before a person or an office after "and"', () => {
    expect(described('The Ministry of Defence and Tomas Rell disagreed on the budget.')).toEqual(['organization: Ministry of Defence', 'person: Tomas Rell']);
    expect(organizationsIn('Officials at the Ministry of Finance and Foreign Minister Ana Vidal met on Monday.')).toEqual(['Ministry of Finance']);
  });
});
