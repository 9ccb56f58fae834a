/**
 * Titles over an area named by its kind ("the Souss region"), portfolios for any kind of affairs, and an
 * owner before a capitalised title in apposition, on sentences of our own with invented names.
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn } from './story';

const roleOf = (text: string, name: string) =>
  entitiesIn(text)
    .find((e) => e.name === name)
    ?.roles.map((r) => [r.title, r.country]);

describe('a title over an area named by its kind', () => {
  it.each([
    ['On Monday the governor of the Draa-Tafilalet region, Karim Bensaid, inspected the dam.', 'governor of the Draa-Tafilalet region'],
    ['The Wali of the Draa-Tafilalet region, Karim Bensaid, inspected the dam.', 'Wali of the Draa-Tafilalet region'],
    ['Karim Bensaid, the Governor of the Souss region, inspected the dam.', 'Governor of the Souss region'],
    ['Governor of the Souss region Karim Bensaid inspected the dam.', 'Governor of the Souss region'],
  ])('%s', (text, title) => {
    expect(roleOf(text, 'Karim Bensaid')).toEqual([[title, null]]);
  });

  it("gives the area's country where the gazetteer knows the area", () => {
    expect(roleOf('The governor of the Kirov region, Pavel Lunin, said the roads were closed.', 'Pavel Lunin')).toEqual([
      ['governor of the Kirov region', 'Russia'],
    ]);
  });
});

describe('a portfolio for any kind of affairs', () => {
  it('reads the word before "Affairs" into the title, and the body opening it as its owner', () => {
    expect(roleOf('AU Commissioner for Political Affairs Tendai Moyo said the vote was fair.', 'Tendai Moyo')).toEqual([
      ['AU Commissioner for Political Affairs', 'African Union'],
    ]);
    expect(roleOf('Minister of Veterans Affairs Dale Orrin said the clinics would stay open.', 'Dale Orrin')?.[0]?.[0]).toBe('Minister of Veterans Affairs');
  });
});

describe('an owner before a capitalised title in apposition', () => {
  it("gives the title the owner's country or body", () => {
    expect(roleOf("Brenna Voss, the EU's Commissioner for Home Affairs, said the rules would change.", 'Brenna Voss')).toEqual([
      ['Commissioner for Home Affairs', 'EU'],
    ]);
    expect(roleOf("Olga Petrenko, Ukraine's Minister of Energy, said the grid had held.", 'Olga Petrenko')).toEqual([['Minister of Energy', 'Ukraine']]);
  });
});
