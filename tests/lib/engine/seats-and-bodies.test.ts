/**
 * Seats in legislatures named in their countries' own words, legislators' parties and constituencies,
 * heads of regions by their local titles, lawyers in private practice, and bodies named with their kind
 * at the end, on sentences of our own with invented names.
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn, kindOf, organizationsIn, roleOf } from './story';

/** Each entity of the story as "kind name", with its roles' titles and countries. */
const read = (text: string) => entitiesIn(text).map((e) => [e.kind, e.name, ...e.roles.map((r) => `${r.title} [${r.country}]`)].join(' | '));

describe('a seat in a legislature its country names in its own language', () => {
  it.each([
    ['Bakyt Zhunusov, a deputy of the Kenesh, criticised the budget.', 'Bakyt Zhunusov', 'deputy of the Kenesh', 'Kyrgyzstan'],
    ['Erlan Dosov, a deputy of the Mazhilis, said the bill would pass.', 'Erlan Dosov', 'deputy of the Mazhilis', 'Kazakhstan'],
    ['Janis Ozols, a member of the Saeima, called for an inquiry.', 'Janis Ozols', 'member of the Saeima', 'Latvia'],
    ['The Riigikogu voted 55 to 40. Mart Kask, a member of the Riigikogu, opposed it.', 'Mart Kask', 'member of the Riigikogu', 'Estonia'],
  ])('%s', (text, name, title, country) => {
    expect(roleOf(text, name)).toEqual([[title, country]]);
  });

  it('is read with a party named between the article and the seat', () => {
    expect(roleOf('Astrid Holm, a Labour Party member of the Storting, criticised the budget.', 'Astrid Holm')).toEqual([['member of the Storting', 'Norway']]);
  });

  it('makes the legislature an organisation, never a person', () => {
    expect(kindOf('Erlan Dosov, a deputy of the Mazhilis, said the bill would pass.', 'Mazhilis')).toBe('organization');
  });
});

describe("a legislator's party and constituency", () => {
  it('reads a legislator named by an abbreviation after "opposition"', () => {
    expect(roleOf('Oleg Barsov, an opposition MP, said the vote was rigged.', 'Oleg Barsov')).toEqual([['opposition MP', null]]);
  });

  it('reads the party before a legislator as an organisation, and the title with it', () => {
    const text = 'Ruwan Perera, a Jana Vimukthi Peramuna lawmaker, said the tax was unfair.';
    expect(roleOf(text, 'Ruwan Perera')).toEqual([['Jana Vimukthi Peramuna lawmaker', null]]);
    expect(kindOf(text, 'Jana Vimukthi Peramuna')).toBe('organization');
  });

  it('reads the constituency after "MP for" as neither a person nor an organisation', () => {
    expect(read('Kofi Ampem, chairman of the Finance Committee and MP for Brong North, said the levy would be reviewed.')).toEqual([
      'official | Kofi Ampem | chairman of the Finance Committee [null]',
      'organization | Finance Committee',
    ]);
    expect(organizationsIn('Gulnara Sadykova, chair of the Budget Committee and MP for Osh South, said the levy would be reviewed.')).toEqual([
      'Budget Committee',
    ]);
  });
});

describe('an office over a body the story spelt out with its initials', () => {
  it('reads "the chairman of" the initials as an office', () => {
    const text = 'The Coastal Ports Authority (CPA) raised its fees. Dana Velt, the chairman of the CPA, said the rise was needed.';
    expect(roleOf(text, 'Dana Velt')).toEqual([['chairman of the CPA', null]]);
  });

  it('reads "the chair of" a place and the initials as an office', () => {
    const text =
      'The Varnell District Election Commission (DEC) upheld the count.\nThe chair of the Varnell DEC, Nino Beridze, had dismissed the request for a recount.';
    expect(roleOf(text, 'Nino Beridze')).toEqual([['chair of the Varnell DEC', null]]);
  });
});

describe('heads of regions and districts by their local titles', () => {
  it.each([
    ['Almaty akim Erlan Tokayev said the roads would reopen.', 'Erlan Tokayev', 'Almaty akim'],
    ['Deputy akim Serik Omarov toured the flooded district.', 'Serik Omarov', 'deputy akim'],
    ['Karim Bensaid, the wali of the Souss region, inspected the dam.', 'Karim Bensaid', 'wali of the Souss region'],
    ["The district's kaymakam, Ahmet Yurtsever, ordered the evacuation.", 'Ahmet Yurtsever', 'kaymakam'],
  ])('%s', (text, name, title) => {
    expect(kindOf(text, name)).toBe('official');
    expect(roleOf(text, name)?.[0]?.[0]).toBe(title);
  });
});

describe('lawyers', () => {
  it.each([
    ['Dana Lutz, an attorney, said her client was innocent.', 'Dana Lutz'],
    ['Defence lawyer Tomas Ekberg said his client would appeal.', 'Tomas Ekberg'],
    ['Defense attorney Marko Pell said his client would appeal.', 'Marko Pell'],
    ['Nadia Fenn, an immigration attorney, said the rule was unlawful.', 'Nadia Fenn'],
    ['Rosa Trent, a staff attorney with the Harbor Consumer Justice Project, said the rule hurt renters.', 'Rosa Trent'],
  ])('in private practice or on a group’s staff hold no office: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });

  it('with a public portfolio hold an office', () => {
    expect(roleOf('State Attorney Carl Dwyer said the charges would stand.', 'Carl Dwyer')).toEqual([['State Attorney', null]]);
  });
});

describe("a body's name with its kind at the end", () => {
  it('keeps the last word the tagger left off', () => {
    expect(organizationsIn('Rosa Trent, a staff attorney with the Harbor Consumer Justice Project, said the rule hurt renters.')).toEqual([
      'Harbor Consumer Justice Project',
    ]);
  });

  it('takes no word in brackets or after a possessive into the name', () => {
    expect(organizationsIn("The airline failed an audit under the Federal Boating Administration's International Safety program.")).toEqual([
      'Federal Boating Administration',
    ]);
  });
});

describe("a body's portfolios listed with commas", () => {
  it('are one name, up to the initials in brackets after it', () => {
    const text = 'Loans came through the Ministry of Trails, Rivers and Coastal Works (MTRCW), officials said. MTRCW said the fund was open.';
    const found = entitiesIn(text).filter((e) => e.kind === 'organization');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Ministry of Trails, Rivers and Coastal Works', 'MTRCW', 'MTRCW']);
  });

  it('stop before people or countries listed after the body', () => {
    expect(organizationsIn('The Ministry of Health, Ann Lee and Tom Fox attended the talks.')).toEqual(['Ministry of Health']);
    expect(organizationsIn('The Ministry of Finance, Kenya and Uganda signed the deal.')).toEqual(['Ministry of Finance']);
  });
});

describe('a spokesperson', () => {
  it.each([
    ['Mereana Hapuku, a spokeswoman for the company, said the firm had concerns.', 'Mereana Hapuku'],
    ['Mereana Hapuku, a spokesperson for Tasman Fisheries Ltd, said the firm had concerns.', 'Mereana Hapuku'],
    ['Mereana Hapuku, a spokesperson for the Tasman Growers Association, said the growers had concerns.', 'Mereana Hapuku'],
  ])('for a company or an association holds no office: %s', (text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });

  it('for a ministry holds one', () => {
    expect(roleOf('Mereana Hapuku, a spokesperson for the ministry, said the plan had changed.', 'Mereana Hapuku')).toEqual([['spokesperson', null]]);
  });
});

describe('a seat a relative clause states', () => {
  it('is read from "who represents … in" a legislature', () => {
    expect(roleOf('Lena Moss, who represents Kelby West in parliament, said the plan was late.', 'Lena Moss')).toEqual([['member of parliament', null]]);
    expect(
      roleOf("Abeba Tulu, who represents a Keffa constituency in the House of Peoples' Representatives, raised the complaints.", 'Abeba Tulu')?.[0]?.[0],
    ).toBe("member of the House of Peoples' Representatives");
  });

  it('is none where the person represents someone in a court', () => {
    expect(kindOf('Lena Moss, who represents the firm in court, said the ruling was wrong.', 'Lena Moss')).toBe('person');
  });
});

describe('an office written alone, "Speaker of Parliament"', () => {
  it('is no organisation: the body after "of" is, where the title names one', () => {
    const text =
      'The Speaker of Parliament, Wendo Marasi, said on Tuesday that the vote would be held. ' +
      'The Chairman of the Senate Committee on Fisheries disagreed, and the Chief of Staff declined to comment. ' +
      'The Governor of the Bank of Tavoria said rates would stay where they are.';
    expect(organizationsIn(text).sort()).toEqual(['Bank of Tavoria', 'Parliament', 'Senate Committee on Fisheries']);
  });

  it("leaves a name that opens with a sovereign's title as it was: a club in a league table", () => {
    const text =
      'SOCCER - LEAGUE STANDINGS.\nDivision two\nCorran Rovers 3 3 0 0 6 2 9\nQueen of North 3 2 0 1 5 4 6\nBallydown 3 1 2 0 8 2 5\nKilbrae 3 1 1 1 6 1 4';
    expect(organizationsIn(text)).toContain('Queen of North');
  });
});

describe('portfolios listed with commas and a last "and"', () => {
  it.each([
    [
      'Minister of Lands, Agriculture and Rural Resettlement Tomas Hove toured the farms.',
      'Tomas Hove',
      'Minister of Lands, Agriculture and Rural Resettlement',
    ],
    [
      'The Minister of Finance, Economic Development and Investment Promotion, Farai Chidzikwe, said the levy would go.',
      'Farai Chidzikwe',
      'Minister of Finance, Economic Development and Investment Promotion',
    ],
  ])('are one title before a name: %s', (text, name, title) => {
    expect(roleOf(text, name)?.map(([t]) => t)).toEqual([title]);
    expect(organizationsIn(text)).toEqual([]);
  });

  it('are one body after a committee’s "on", whatever the topics’ last words', () => {
    const text = 'The Committee on Licences, Statutory Authorities and State Enterprises met on Monday.';
    expect(organizationsIn(text)).toEqual(['Committee on Licences, Statutory Authorities and State Enterprises']);
  });

  it('are never other organisations listed after a ministry', () => {
    expect(organizationsIn('The Ministry of Health, Amnesty International and Oxfam disagreed.').sort()).toEqual([
      'Amnesty International',
      'Ministry of Health',
      'Oxfam',
    ]);
  });

  it('are one body after a committee’s head', () => {
    const text = 'The chairwoman of the Portfolio Committee on Trade, Industry and Tourism said the rules were unclear.';
    expect(organizationsIn(text)).toEqual(['Portfolio Committee on Trade, Industry and Tourism']);
  });

  it('end where the list does: people after the title, a sentence’s opening word before it', () => {
    expect(roleOf('After meeting the Minister of Finance, Tendai Moyo and Rudo Banda flew home.', 'Tendai Moyo')).toEqual([]);
    const text = 'Responding, Deputy Minister of Trade and Planning Kamal Perera said costs had to fall.';
    expect(roleOf(text, 'Kamal Perera')?.map(([t]) => t)).toEqual(['Deputy Minister of Trade and Planning']);
  });
});
