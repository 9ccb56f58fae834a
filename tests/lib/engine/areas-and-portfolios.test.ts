/**
 * Titles over an area named by its kind ("the Souss region"), portfolios for any kind of affairs, and an
 * owner before a capitalised title in apposition, on sentences of our own with invented names.
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn, kindOf, roleOf } from './story';

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

describe('an office of local government or of a public owner, set off by commas', () => {
  it.each([
    ['The regional council chair, Mere Tawhiri, said costs had risen.', 'Mere Tawhiri', 'regional council chair'],
    ['District council leader Tom Ashby said costs had risen.', 'Tom Ashby', 'district council leader'],
    ['The head of the Varna Police Directorate, Petar Ivanov, said officers had acted.', 'Petar Ivanov', 'head of the Varna Police Directorate'],
    ["Rahel Bekele, the ministry's deputy director, urged the authorities to act.", 'Rahel Bekele', 'deputy director'],
    ['Tesfaye Girma, chief administrator of Keffa zone, acknowledged delays.', 'Tesfaye Girma', 'chief administrator of Keffa zone'],
    ['The current mayor of Valdoura, Filipa Antunes, told reporters the council respects the courts.', 'Filipa Antunes', 'mayor of Valdoura'],
    ['Ana Reis, the mayor of Valdoura, said the tram would reopen.', 'Ana Reis', 'mayor of Valdoura'],
  ])('%s', (text, name, title) => {
    expect(roleOf(text, name)?.[0]?.[0]).toBe(title);
  });

  it("makes no office of a bank's or a union's director", () => {
    expect(entitiesIn("Rahel Bekele, the bank's deputy director, urged investors to wait.").find((e) => e.name === 'Rahel Bekele')?.kind).toBe('person');
  });
});

describe("a title's last portfolio word the tagger reads into the name", () => {
  it.each([
    'Members pressed Minister of Water and Irrigation Khaled Obeidat over the cuts.',
    'Minister of Water and Irrigation Khaled Obeidat said the cuts would end.',
  ])('is left out of the name and kept in the title: %s', (text) => {
    expect(entitiesIn(text).map((e) => [e.kind, e.name, e.roles[0]?.title])).toEqual([['official', 'Khaled Obeidat', 'Minister of Water and Irrigation']]);
  });

  it('leaves a given name after "and" alone', () => {
    expect(entitiesIn('Minister of Water Khaled Obeidat and Rania Saleh met farmers.').map((e) => e.name)).toEqual(['Khaled Obeidat', 'Rania Saleh']);
  });
});

describe('a story without a dateline placed by places named in two or three words', () => {
  it('gives a bare title the country of the regions and towns it names ("Hawke\'s Bay", "Palmerston North")', () => {
    const text = [
      'Water scheme paused',
      '',
      'Mayor Tane Rowley said on Wednesday the council would pause the water scheme.',
      "The vote in Palmerston North came a week after a similar pause in Hawke's Bay, where costs had risen.",
      'Growers in the Bay of Plenty said they would wait for the minister.',
    ].join('\n');
    expect(roleOf(text, 'Tane Rowley')).toEqual([['Mayor', 'New Zealand']]);
  });
});

describe('a dateline in title case before a spaced dash', () => {
  it('is no name, and the title after it goes to the name it sets off', () => {
    const text =
      "Payments nearly complete\n\nAddis Abeba – The president of the Sidama Peoples' Region, Tesfaye Girma, said on Monday that payments were nearly complete.\n";
    const found = entitiesIn(text);
    expect(found.filter((e) => /Abeba/.test(e.name))).toEqual([]);
    expect(roleOf(text, 'Tesfaye Girma')).toEqual([["president of the Sidama Peoples' Region", null]]);
  });

  it('leaves a sentence\'s "The" out of the title after a dateline', () => {
    const text = 'Payments complete\n\nNairobi – The governor of Kisumu, Otieno Wambua, said on Monday that payments were complete.\n';
    expect(roleOf(text, 'Otieno Wambua')).toEqual([['governor of Kisumu', 'Kenya']]);
  });
});

describe('a headline set in title case', () => {
  it('gives no name the story does not name again', () => {
    const text = [
      'Regulator Rejects Opposition Bid to Annul Varnell Mayoral Result',
      '',
      'The Central Election Commission rejected on Monday a request by the opposition to annul the result of the mayoral vote in Varnell.',
      'Its chairman, Giorgi Beradze, said the complaint had been filed too late.',
    ].join('\n');
    const names = entitiesIn(text).map((e) => e.name);
    expect(names).toContain('Central Election Commission');
    expect(names.filter((n) => /Rejects|Annul|Mayoral/.test(n))).toEqual([]);
  });

  it('keeps the names the story names again, with their headline mention', () => {
    const text = 'Halvorsen Shipping Cuts Jobs After Profit Warning\n\nHalvorsen Shipping said on Monday it would cut 400 jobs.\n';
    const found = entitiesIn(text).find((e) => e.name === 'Halvorsen Shipping');
    expect(found?.mentions).toHaveLength(2);
  });
});

describe("a company's or an association's president or chairman, named by its name before the title", () => {
  it.each([
    ['Shares rose after Velkora president Tomas Rell said sales would rise.', 'Tomas Rell'],
    ['Federated Growers president Jock Ardle said growers were frustrated.', 'Jock Ardle'],
  ])('holds no office: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });

  it.each([
    ['Kenyan president Amos Kiprop said the vote was fair.', 'Amos Kiprop'],
    ['Senate president Lara Quint said the vote was fair.', 'Lara Quint'],
    ['NPF chairman Gohar Daud said the vote was rigged.', 'Gohar Daud'],
  ])('leaves a people, a public body and initials their office: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('official');
  });
});
