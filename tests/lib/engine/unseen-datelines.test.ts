/**
 * Articles and sentences in none of the seeds' shapes: datelines with unlisted outlets, state
 * abbreviations or a year; officials named through their institution ("United Nations
 * Secretary-General"), a public body ("European Central Bank President"), a jurisdiction ("Mayor of
 * London"), an apposition on either side of the name, "as" ("confirmed X as secretary of defense") or a
 * lower-case title ("national security adviser"); and the people and organisations of business and sport
 * stories, which hold no office.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { corpusToJson, profileCorpus } from '../../../lib/engine/profile-corpus';
import { entitiesIn } from './story';

function read(name: string) {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8');
  const json = corpusToJson(profileCorpus([{ path: name, text }]));
  return { json, byName: Object.fromEntries(json.entities.map((e) => [e.name, e])) };
}

describe('datelines', () => {
  it('takes the place in capitals for a place, and the outlet in brackets for an organisation', () => {
    const aj = read('aljazeera-iran-saudi.txt');
    expect(aj.byName['BEIJING']).toBeUndefined();
    expect(aj.byName['Al Jazeera']?.kind).toBe('organization');
    expect(aj.json.documents[0]).toMatchObject({ source: 'Al Jazeera', published: '2023-03-10' });
    const ap = read('ap-kansas-police.txt');
    expect(ap.byName['TOPEKA']).toBeUndefined();
    expect(ap.byName['AP']?.kind).toBe('organization');
  });

  it("reads the Reuters archive's dateline, a line of its own under the headline and a byline, for the story's country and title", () => {
    const text =
      'Top Belarus politician blasts president.\nJane Roe\nMINSK 1996-08-30\nA senior Belarus politician accused President Ivan Dorosh on Friday of attempting to set up a dictatorship.\nDorosh denied it.';
    expect(analyzeDocument(text).meta).toMatchObject({ title: 'Top Belarus politician blasts president', dateline: 'MINSK' });
    expect(
      entitiesIn(text)
        .find((e) => e.name === 'Ivan Dorosh')
        ?.roles.map((r) => r.country),
    ).toEqual(['Belarus']);
  });

  it("reads AFP's dateline in title case with the agency, for the story's place and source", () => {
    const text =
      'Astana (AFP) – Kazakhstan on Tuesday demanded that a consortium repay $3.1 billion.\n\nEnergy Minister Yerik Sadykov told reporters the audit was clear.';
    expect(analyzeDocument(text).meta).toMatchObject({ source: 'AFP', dateline: 'Astana' });
    expect(
      entitiesIn(text)
        .find((e) => e.name === 'Yerik Sadykov')
        ?.roles.map((r) => r.country),
    ).toEqual(['Kazakhstan']);
    expect(analyzeDocument('Sources (in brackets) – none of this is a dateline.').meta.dateline).toBeNull();
  });

  it('reads a title-case dateline with the day before the agency and no dash, for the place and the source', () => {
    const text =
      'Minister says ties are solid\n\nTaichung, Oct. 2 (KNA) Foreign Minister Lo Wen-pin on Thursday dismissed talk of a switch.\n\nLo said the visit had gone well.';
    expect(analyzeDocument(text).meta).toMatchObject({ source: 'KNA', dateline: 'Taichung' });
    expect(analyzeDocument('Lyon, 4 (PS) none of this is a dateline.').meta.dateline).toBeNull();
  });

  it('prefers that dateline to a headline with dashes above it', () => {
    const text = 'PRESS DIGEST - Norway - Aug 31.\nOSLO 1996-08-31\nThese are the leading stories in the Norwegian press on Saturday.';
    expect(analyzeDocument(text).meta).toMatchObject({ title: 'PRESS DIGEST - Norway - Aug 31', dateline: 'OSLO' });
  });
});

describe('officials named through institutions, councils and lower-case titles', () => {
  const { byName } = read('aljazeera-iran-saudi.txt');
  const role = (name: string) => byName[name]?.roles.map((r) => [r.title, r.country]);

  it('reads "The United Nations Secretary-General Antonio Guterres"', () => {
    expect(byName['Antonio Guterres']?.kind).toBe('official');
    expect(role('Antonio Guterres')).toEqual([['United Nations Secretary-General', 'UN']]);
  });

  it('reads "John Kirby, the National Security Council spokesman"', () => {
    expect(byName['John Kirby']?.kind).toBe('official');
    expect(role('John Kirby')).toEqual([['National Security Council spokesman', null]]);
    expect(byName['National Security Council']?.kind).toBe('organization');
  });

  it('reads "Saudi national security adviser Musaed bin Mohammed Al-Aiban", and keeps "Al" no one’s surname', () => {
    expect(role('Musaed bin Mohammed Al-Aiban')).toEqual([['national security adviser', 'Saudi Arabia']]);
    expect(byName['Al Jazeera']).toBeDefined();
  });

  it('keeps a charity’s chief executive a person, and reads British and French titles', () => {
    const { byName: other } = read('bbc-channel-deal.txt');
    expect(other['Enver Solomon']?.kind).toBe('person');
    expect(other['Suella Braverman']?.roles[0]?.title).toBe('Home Secretary');
    expect(other['Gérald Darmanin']?.roles[0]).toMatchObject({ title: 'Interior Minister', country: 'France' });
  });
});

describe('state officials, coordinated portfolios and Romance names', () => {
  it('reads "Texas Attorney General Ken Paxton" as a US official', () => {
    const { byName } = read('ap-texas-court.txt');
    expect(byName['Ken Paxton']).toMatchObject({ kind: 'official', roles: [{ title: 'Texas Attorney General', country: 'US' }] });
    expect(byName['Robert Pitman']?.roles[0]).toMatchObject({ title: 'District Judge', country: 'US' });
    expect(byName['Chris Marchese']?.kind).toBe('person');
  });

  it('reads "Norway\'s Climate and Environment Minister Espen Barth Eide" whole, with the country', () => {
    const { byName } = read('reuters-brazil-amazon.txt');
    expect(byName['Espen Barth Eide']?.roles[0]).toMatchObject({ title: 'Climate and Environment Minister', country: 'Norway' });
  });

  it('resolves "Lula" to Luiz Inacio Lula da Silva, and "Silva" to Marina Silva, named last', () => {
    const { byName } = read('reuters-brazil-amazon.txt');
    expect(byName['Luiz Inacio Lula da Silva']?.mentions.map((m) => m.text)).toEqual(['Lula', 'Luiz Inacio Lula da Silva', 'Lula']); // the headline's "Brazil's Lula" too
    expect(byName['Marina Silva']?.mentions.map((m) => m.text)).toEqual(['Marina Silva', 'Silva']);
    expect(byName['Luiz Inacio Lula da Silva']?.roles[0]).toMatchObject({ title: 'President', country: 'Brazil' });
  });
});

describe('sentences from other outlets', () => {
  const read1 = (sentence: string) => profileCorpus([{ path: 'x.txt', text: `A headline for the story\n\n${sentence}` }]).entities;
  const official = (sentence: string, name: string) => read1(sentence).find((e) => e.name === name);

  it.each([
    ['Kremlin spokesman Dmitry Peskov told reporters the proposal was unacceptable.', 'Dmitry Peskov', 'Kremlin spokesman', 'Russia'],
    ['Chinese foreign ministry spokesperson Mao Ning said Beijing opposed the sanctions.', 'Mao Ning', 'foreign ministry spokesperson', 'China'],
    [
      'Rafael Grossi, the head of the International Atomic Energy Agency, said inspectors would return.',
      'Rafael Grossi',
      'head of the International Atomic Energy Agency',
      'IAEA',
    ],
    ['Defense Secretary Lloyd Austin met his Japanese counterpart Yasukazu Hamada in Tokyo.', 'Yasukazu Hamada', 'Defense Minister', 'Japan'],
    ['The Federal Reserve raised interest rates, Fed Chair Jerome Powell said.', 'Jerome Powell', 'Fed Chair', null],
    ['Pope Francis called for a ceasefire.', 'Francis', 'Pope', null],
    ['Chief Justice John Roberts wrote for the majority.', 'John Roberts', 'Chief Justice', null],
    ['Deputy Prime Minister Chrystia Freeland said Ottawa would respond.', 'Chrystia Freeland', 'Deputy Prime Minister', null],
    ['Senate Majority Leader Chuck Schumer said a vote would come next week.', 'Chuck Schumer', 'Senate Majority Leader', null],
    ['House Speaker Kevin McCarthy rejected the plan.', 'Kevin McCarthy', 'House Speaker', null],
    ['Justice Department spokesman Anthony Coley declined to comment.', 'Anthony Coley', 'Justice Department spokesman', null],
    ['Vice President JD Vance cast the tie-breaking vote.', 'JD Vance', 'Vice President', null],
    ['The Senate voted to confirm Pete Hegseth as secretary of defense.', 'Pete Hegseth', 'secretary of defense', 'US'],
    ['The Senate confirmed Pete Hegseth as Secretary of Defense on Friday.', 'Pete Hegseth', 'Secretary of Defense', 'US'],
    ['Special Counsel Jack Smith had asked for an earlier date.', 'Jack Smith', 'Special Counsel', null],
    ["Ukrainian President Volodymyr Zelenskiy's chief of staff, Andriy Yermak, said the swap was large.", 'Andriy Yermak', 'chief of staff', 'Ukraine'],
    ['White House chief of staff Susie Wiles said no.', 'Susie Wiles', 'White House chief of staff', 'US'],
    ['Mauritanian President Mohamed Ould Ghazouani attended.', 'Mohamed Ould Ghazouani', 'President', 'Mauritania'],
    ['So did Gambian President Adama Barrow.', 'Adama Barrow', 'President', 'Gambia'],
    ['Scottish First Minister John Swinney said the vote was close.', 'John Swinney', 'First Minister', 'UK'],
    [
      'Allies stood ready. WHO Director-General Tedros Adhanom Ghebreyesus called for a ceasefire.',
      'Tedros Adhanom Ghebreyesus',
      'WHO Director-General',
      'WHO',
    ],
    ['Tedros called for a ceasefire, and IAEA chief Rafael Grossi said inspectors were on site.', 'Rafael Grossi', 'IAEA chief', 'IAEA'],
    ['Parliament approved Rachel Reeves as finance minister on Friday.', 'Rachel Reeves', 'finance minister', null],
    ['In Geneva, the UN High Commissioner for Human Rights, Volker Turk, urged restraint.', 'Volker Turk', 'UN High Commissioner for Human Rights', 'UN'],
    [
      'Rights groups welcomed the move, said Volker Turk, the UN High Commissioner for Human Rights.',
      'Volker Turk',
      'UN High Commissioner for Human Rights',
      'UN',
    ],
    ['Rep. Alexandria Ocasio-Cortez, D-N.Y., criticised the vote.', 'Alexandria Ocasio-Cortez', 'Representative', null],
    ['Labour MP Rachael Maskell, who organised the amendment, said the cuts were wrong.', 'Rachael Maskell', 'Labour MP', null],
    [
      'Ursula von der Leyen, president of the European Commission, said the EU was ready.',
      'Ursula von der Leyen',
      'president of the European Commission',
      'EU',
    ],
    ['The Mayor of London, Sadiq Khan, urged ministers to think again.', 'Sadiq Khan', 'Mayor of London', 'UK'],
    ['Governor of New York Kathy Hochul signed the bill.', 'Kathy Hochul', 'Governor of New York', 'US'],
    ['He met the President of Mexico, Claudia Sheinbaum, on Monday.', 'Claudia Sheinbaum', 'President of Mexico', 'Mexico'],
    ['European Central Bank President Christine Lagarde said growth was picking up.', 'Christine Lagarde', 'European Central Bank President', 'EU'],
    ['US Federal Election Commission Chairman Sean Cooksey resigned.', 'Sean Cooksey', 'Federal Election Commission Chairman', 'US'],
    ['The work and pensions secretary, Liz Kendall, said the government would listen.', 'Liz Kendall', 'work and pensions secretary', null],
    ['North Korean leader Kim Jong-un fired missiles.', 'Kim Jong-un', 'leader', 'North Korea'],
    ['Acting President Choi Sang-mok convened a meeting.', 'Choi Sang-mok', 'Acting President', null],
    ['Los Angeles Mayor Karen Bass said the city was ready.', 'Karen Bass', 'Los Angeles Mayor', 'US'],
    ['Iran’s foreign minister met Saudi Crown Prince Mohammed bin Salman in Riyadh.', 'Mohammed bin Salman', 'Crown Prince', 'Saudi Arabia'],
    [
      '"This is a catastrophe," said Lindsey Horvath, chair of the Los Angeles County Board of Supervisors. State Sen. Scott Wiener agreed.',
      'Lindsey Horvath',
      'chair of the Los Angeles County Board of Supervisors',
      null,
    ],
  ])('%s', (sentence, name, title, country) => {
    const entity = official(sentence, name);
    expect(entity?.kind).toBe('official');
    expect(entity?.roles[0]).toMatchObject({ title, country });
  });

  it('keeps a group named with a lower-case "group" an organisation, and a company head without office a person', () => {
    expect(read1('The Islamic State group claimed responsibility for the attack.').map((e) => [e.name, e.kind])).toEqual([
      ['Islamic State group', 'organization'],
    ]);
    expect(official('Tim Cook, the head of Apple, said sales rose.', 'Tim Cook')?.kind).toBe('person');
    expect(official('Cartel leader Ismael Zambada was arrested.', 'Ismael Zambada')?.kind).toBe('person');
    expect(official('Vice President Kamala Harris and first lady Jill Biden visited the school.', 'Jill Biden')?.kind).toBe('person');
  });

  it('splits two organisations joined by "and", and reads a sentence-first word into an organisation’s name', () => {
    const names = (sentence: string) => read1(sentence).map((e) => [e.name, e.kind]);
    expect(names('Human Rights Watch and Amnesty International called for an independent inquiry.')).toEqual([
      ['Human Rights Watch', 'organization'],
      ['Amnesty International', 'organization'],
    ]);
    expect(names('Carnegie Endowment for International Peace analyst Jane Smith said the deal was fragile.')).toEqual(
      expect.arrayContaining([
        ['Carnegie Endowment for International Peace', 'organization'],
        ['Jane Smith', 'person'],
      ]),
    );
    // Not a person called "Without Borders".
    expect(names('Doctors Without Borders said its clinic had been hit.').some(([, kind]) => kind === 'person')).toBe(false);
  });

  it('reads people behind a capitalised descriptor, holding no office', () => {
    expect(official('Apple CEO Tim Cook said the company would invest $1 billion.', 'Tim Cook')?.kind).toBe('person');
    expect(official('Professor Jane Goodall, a primatologist, spoke at the event.', 'Jane Goodall')?.kind).toBe('person');
  });

  it('gives a demonym to the title it stands before, not to the next official in the sentence', () => {
    const kelly = official('Mexican President Enrique Pena Nieto met Homeland Security Secretary John Kelly.', 'John Kelly');
    expect(kelly?.roles[0]).toMatchObject({ title: 'Homeland Security Secretary', country: 'US' });
    const cienfuegos = official(
      'A Mexican government communique showed Secretary of Defense Salvador Cienfuegos spoke with his counterpart.',
      'Salvador Cienfuegos',
    );
    expect(cienfuegos?.roles[0]).toMatchObject({ title: 'Secretary of Defense', country: 'Mexico' });
  });

  it('joins an undefined acronym to the organisation its initials spell, and keeps a descriptor out of a name', () => {
    const { byName } = read('reuters-tesla-business.txt');
    expect(byName['Securities and Exchange Commission']?.aliases).toEqual(['SEC', 'Securities and Exchange Commission']);
    expect(byName['SEC']).toBeUndefined();
    expect(byName['Elon Musk']).toMatchObject({ kind: 'person' });
    expect(byName['Gary Gensler']?.roles[0]).toMatchObject({ title: 'SEC Chair' });
  });

  it('takes the country of a story datelined NAIROBI about Kenya, not the one named just before the title: "… to Haiti, President William Ruto said"', () => {
    const { byName } = read('afp-kenya-haiti.txt');
    expect(byName['William Ruto']?.roles[0]).toMatchObject({ title: 'President', country: 'Kenya' });
    expect(byName['Garry Conille']?.roles[0]).toMatchObject({ title: 'Prime Minister', country: 'Haiti' });
  });

  it('reads organisations with "on" in their names, national branches and blocs, and ends a name at a new sentence', () => {
    const names = (sentence: string) => read1(sentence).map((e) => [e.name, e.kind]);
    expect(names('The Kenya National Commission on Human Rights said 39 people had died.')).toEqual([['National Commission on Human Rights', 'organization']]);
    expect(names('Amnesty International Kenya called for an inquiry.')).toEqual([['Amnesty International Kenya', 'organization']]);
    expect(names('European Central Bank President Christine Lagarde spoke.')).toContainEqual(['European Central Bank', 'organization']);
    const afd = read1('Alice Weidel of the far-right Alternative for Germany (AfD) called it a betrayal. The AfD has grown.');
    expect(afd.find((e) => e.aliases.includes('Alternative for Germany'))).toMatchObject({ kind: 'organization', aliases: expect.arrayContaining(['AfD']) });
    expect(names('Talks with the Mercosur bloc stalled, as they had in the days of the Soviet bloc.')).toEqual([['Mercosur bloc', 'organization']]);
    expect(names('She criticised it in a post on X. The American Civil Liberties Union called for hearings.')).toEqual(
      expect.arrayContaining([['American Civil Liberties Union', 'organization']]),
    );
    expect(names('She criticised it in a post on X. The American Civil Liberties Union called for hearings.').map(([name]) => name)).not.toContain(
      'X. The American Civil Liberties Union',
    );
  });

  it('gives no office to a title that belongs to another name, a company post, or a comparison', () => {
    expect(official('In Geneva, the UN High Commissioner for Human Rights, Volker Turk, urged restraint.', 'Geneva')).toBeUndefined();
    expect(official("Kristalina Georgieva, the fund's managing director, said progress was impressive.", 'Kristalina Georgieva')?.kind).not.toBe('official');
    expect(official('Tim Cook, the Chief Executive of Apple, said sales rose.', 'Tim Cook')?.kind).toBe('person');
    expect(official('Mary Smith as a candidate drew large crowds.', 'Mary Smith')?.kind).not.toBe('official');
    expect(official('The board named John Smith as president of Acme Corp on Monday.', 'John Smith')?.kind).toBe('person');
    expect(official('Deutsche Bank President John Smith spoke.', 'John Smith')?.kind).not.toBe('official');
    expect(official('Senator Ted Cruz (R-Texas) objected.', 'Ted Cruz')?.kind).toBe('official');
    expect(official('Prince Harry said he was sad.', 'Harry')?.kind).toBe('person');
    expect(official("The company's general counsel, Jane Roe, resigned.", 'Jane Roe')?.kind).toBe('person');
    expect(official('After meeting the Prime Minister, Volodymyr Zelensky flew home.', 'Volodymyr Zelensky')?.kind).toBe('person');
    expect(official('He spoke to the Attorney General, Pam Bondi, on Friday.', 'Pam Bondi')?.roles[0]).toMatchObject({
      title: 'Attorney General',
      country: 'US',
    });
    expect(official('Hezbollah leader Naim Qassem spoke.', 'Naim Qassem')?.kind).toBe('person');
    // A region's name opens a company's, not a person's.
    expect(read1('Southern California Edison said it was cooperating with investigators.').map((e) => [e.name, e.kind])).toEqual([
      ['Southern California Edison', 'organization'],
    ]);
    expect(read1('The Iran-backed Houthis fired at a Soviet-era ship.').map((e) => e.name)).toEqual([]);
  });

  it('reads a business story: company officers are people, a company is named again without its suffix, two companies stay two', () => {
    const entities = read1(
      'Nvidia Corp shares rose as AI demand soared. Chief Financial Officer Colette Kress said supply was tight. Shares of Advanced Micro Devices and Intel Corp also rose, and Major League Soccer commissioner Don Garber said nothing. Nvidia said its customers were waiting.',
    );
    const byName = Object.fromEntries(entities.map((e) => [e.name, e]));
    expect(byName['Nvidia Corp']?.mentions.map((m) => m.text)).toEqual(['Nvidia Corp', 'Nvidia']);
    expect(byName['Colette Kress']?.kind).toBe('person');
    expect(byName['Don Garber']?.kind).toBe('person');
    expect(byName['Intel Corp']?.kind).toBe('organization');
    expect(entities.map((e) => e.name)).not.toContain('AI');
    expect(entities.map((e) => e.name)).not.toContain('Advanced Micro Devices and Intel Corp');
  });
});
