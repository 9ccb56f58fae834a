/** Offices in bodies no state runs are no public office, on sentences of our own with invented names. */
import { describe, expect, it } from 'vitest';
import { privateBodyName } from '../../../lib/engine/recognize/private-bodies';
import { entitiesIn, kindOf } from './story';

describe('a title that opens with a private body’s name', () => {
  it('holds no office where the body is a federation of its members, named by its initials', () => {
    const text =
      'The Zamora Federation of Midwives (ZFM) has called a strike. "We cannot work unpaid," said ZFM Kisumu branch secretary Ada Kiprop. The Health Secretary, Tom Oduya, said the money was coming.';
    expect(kindOf(text, 'Ada Kiprop')).toBe('person');
    expect(kindOf(text, 'Tom Oduya')).toBe('official');
  });

  it('holds none where the initials come in brackets between the name and the title', () => {
    const text = 'Riverland Teachers and Tutors Association (RTTA) general secretary Mia Orrin said the talks had failed.';
    expect(kindOf(text, 'Mia Orrin')).toBe('person');
  });

  it('holds none where a company goes by the first words of its name', () => {
    const text =
      'The contract went to Silver Harbour Builders Corp. last year. Silver Harbour president Leo Tanco did not attend the hearing. Governor Rosa Ilagan did.';
    expect(kindOf(text, 'Leo Tanco')).toBe('person');
    expect(kindOf(text, 'Rosa Ilagan')).toBe('official');
  });

  it('holds none where the story introduced the company by its kind', () => {
    const text = 'The online lender Plumbly said it would cut jobs. Plumbly President Tom Vale said so.';
    expect(kindOf(text, 'Tom Vale')).toBe('person');
  });

  it('leaves an office after a private body’s name and other words: "… of Ruch and French President X"', () => {
    const text = 'The news-stand chain Lirak is for sale. A group is seeking 50 percent of Lirak and French President Paul Marceau is likely to back it.';
    expect(kindOf(text, 'Paul Marceau')).toBe('official');
  });

  it('leaves a public office whose place also opens a private body’s name', () => {
    const text = 'The Kaluga Growers Association (KGA) protested. Kaluga Governor Ivan Sorin said the law stood.';
    expect(kindOf(text, 'Ivan Sorin')).toBe('official');
  });
});

describe('the names of bodies no state runs', () => {
  it.each([
    ['Kenya National Union of Nurses', true],
    ['Kestrel Foods', true],
    ['Silver Harbour Builders Corp.', true],
    ['Apparel Workers’ Federation', true],
    ['European Union', false],
    ['League of Arab States', false],
    ['Patriotic Union of Kurdistan', false],
    ['Ministry of Health', false],
  ])('%s: %s', (name, expected) => {
    expect(privateBodyName(name)).toBe(expected);
  });
});
