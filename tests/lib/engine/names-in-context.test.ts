/**
 * Nothing drops the article, and a place is never a person (issue 12, section 4): a surname alone
 * joins a person only where its own words do not make it something else; parties named bare and
 * newspapers after "the" are organisations; a title stuck to an organisation is split from it; a
 * river's side and "Bank" ("West Bank") is a place; no person's name runs across a comma or a bracket.
 * Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { profileCorpus, type SourceText } from '../../../lib/engine/profile-corpus';
import type { Entity } from '../../../lib/shared/types';
import { entitiesIn, organizationsIn } from './story';

function entitiesOf(inputs: SourceText[]): Entity[] {
  return profileCorpus(inputs).entities;
}

describe('a surname alone', () => {
  it('does not join a person to a city of the same name in another story', () => {
    const entities = entitiesOf([
      { path: 'a.txt', text: 'WASHINGTON (Reuters) - Defense Secretary Lloyd Austin said the troops would stay.' },
      { path: 'b.txt', text: 'AUSTIN, Texas (AP) - Floods hit Austin on Monday, and the mayor said Austin would rebuild.' },
      { path: 'c.txt', text: 'TOKYO (Reuters) - Austin met his Japanese counterpart on Tuesday.' },
    ]);
    const austin = entities.find((e) => e.name === 'Lloyd Austin');
    expect(austin?.mentions.map((m) => m.documentId)).toEqual(['a', 'c']);
  });

  it('does not take "Austin, Texas" or "in Austin" for Lloyd Austin, in his own story', () => {
    const entities = entitiesIn('Defense Secretary Lloyd Austin visited troops in Austin, Texas, on Monday. Austin said morale was high.');
    const austin = entities.find((e) => e.name === 'Lloyd Austin');
    expect(austin?.mentions.map((m) => m.sentence)).toEqual([
      'Defense Secretary Lloyd Austin visited troops in Austin, Texas, on Monday.',
      'Austin said morale was high.',
    ]);
  });

  it('joins the one of two people with a surname who holds the office its apposition states', () => {
    const entities = entitiesIn(
      'Health Minister Alex Smith and Finance Minister John Smith were sworn in on Monday. Smith, the health minister, said hospitals came first.',
    );
    expect(entities.find((e) => e.name === 'Alex Smith')?.mentions.map((m) => m.text)).toEqual(['Alex Smith', 'Smith']);
    expect(entities.find((e) => e.name === 'John Smith')?.mentions.map((m) => m.text)).toEqual(['John Smith']);
  });
});

describe('organisations named bare', () => {
  it.each([
    ['The Greens, who hold 53 seats, said they would decide next week.', 'Greens'],
    ['In Berlin, the Free Democrats said the plan was too costly.', 'Free Democrats'],
    ['The Conservatives called for an urgent statement.', 'Conservatives'],
    ['"I have accepted," he told the Sunday Nation.', 'Sunday Nation'],
    ['The changes were first reported by the Standard.', 'Standard'],
  ])('%s', (text, name) => {
    expect(entitiesIn(text).find((e) => e.name === name)?.kind).toBe('organization');
  });

  it('leaves "the nation" and a party’s members without "the" alone', () => {
    expect(entitiesIn('The nation mourned on Sunday. Democrats said no.').filter((e) => e.kind === 'organization')).toEqual([]);
  });
});

describe('a title stuck to an organisation', () => {
  it('is a role in the organisation, which is an organisation of its own', () => {
    const entities = entitiesIn('Ana Ruiz, Deputy Director of the Western Hemisphere Department, said growth would slow.');
    expect(entities.find((e) => e.name === 'Western Hemisphere Department')?.kind).toBe('organization');
    expect(entities.find((e) => e.name === 'Ana Ruiz')?.roles[0]?.title).toBe('Deputy Director of the Western Hemisphere Department');
    expect(entities.map((e) => e.name)).not.toContain('Deputy Director of the Western Hemisphere Department');
  });
});

describe('credits and bylines', () => {
  it('are the source, never people or organisations', () => {
    const text = [
      'Court strikes down map',
      '',
      'By Lena Ortiz',
      '',
      'SALT LAKE CITY (AP) — The Utah Supreme Court on Thursday struck down the map, Gov. Mark Soren said.',
      '',
      'The judges at a hearing on Tuesday.Credit...Kiyoshi Mori for The New York Times',
      '',
      '(AP Photo/Dan Kiley, File)',
      '',
      'Associated Press writer Sam Metzler contributed to this report.',
    ].join('\n');
    const { documents, entities } = profileCorpus([{ path: 'story.txt', text }]);
    expect(documents[0]?.source).toBe('AP');
    for (const name of ['Lena Ortiz', 'Kiyoshi Mori', 'Dan Kiley', 'Sam Metzler', 'New York Times']) expect(entities.map((e) => e.name)).not.toContain(name);
  });
});

describe('datelines, postal codes and party names after a name', () => {
  it('takes no dateline without an agency, nor a state’s postal code, for an organisation', () => {
    const names = entitiesIn('NAIROBI — President Samuel Kiprop moved three ministers.\n\nNC lawmakers approve new map.\n\nTOKYO — The yen fell.').map(
      (e) => e.name,
    );
    expect(names).toEqual(['Samuel Kiprop']);
  });

  it('reads a party named before "party", and a place after "around" as no organisation', () => {
    const entities = entitiesIn('Mary Atieno, who heads the Wiper party, said no. Fighting around El Fasher drove thousands out.');
    expect(entities.find((e) => e.name === 'Wiper party')?.kind).toBe('organization');
    expect(entities.map((e) => e.name)).not.toContain('El Fasher');
  });
});

describe('a side of a river and "Bank"', () => {
  it('is a place, while a bank by name stays an organisation', () => {
    const organizations = organizationsIn(
      'Soldiers entered the West Bank town of Dura on Monday. Cafes on the Left Bank reopened, and the Kestrel Bank and the Northern Bank of Varo cut their rates.',
    );
    expect(organizations).toEqual(['Kestrel Bank', 'Northern Bank of Varo']);
  });
});

describe('a comma or a bracket between names', () => {
  it('ends a person: a line-up of surnames is so many people', () => {
    const people = entitiesIn("Team: Kilbride, McAllin, Harrow, O'Dwyer, Quenby, McTavin.")
      .filter((e) => e.kind === 'person')
      .map((e) => e.mentions.map((m) => m.text).join('|'))
      .sort();
    expect(people.every((mention) => !/[,()]/.test(mention))).toBe(true);
    expect(people).toEqual(expect.arrayContaining(['Kilbride', 'McAllin']));
  });

  it('never falls inside a mark', () => {
    const mentions = entitiesIn('The final pitted (Dana) Orwell against Kellan Voss (Veldoria), and Marta (Ines) Calder won.')
      .flatMap((e) => e.mentions)
      .map((m) => m.text);
    expect(mentions.filter((m) => /[,()]/.test(m))).toEqual([]);
  });
});
