/**
 * Issue 12, sections 4 and 5, on sentences of our own with invented names: companies named in one
 * word, all-caps words that name nothing, organisations kept whole, an acronym and its full name as one
 * organisation, and roles read as one office, never as a fragment.
 */
import { describe, expect, it } from 'vitest';
import { profileCorpus } from '@/lib/engine/profile-corpus';
import { entitiesIn, expectOfficial, kindOf, organizationsIn } from './story';

describe('companies named in one word', () => {
  it.each([
    ['Shares of Zentrix fell 4% after the company said its chip sales had slowed.', 'Zentrix'],
    ['The phone maker Corvane will cut 2,000 jobs, a spokesman for Corvane said on Monday.', 'Corvane'],
    ['Regulators said the online lender Plumbly was fined $40 million for misleading customers.', 'Plumbly'],
    ['Shares in the carmaker Velkor fell 3 percent after it cut its forecast.', 'Velkor'],
    ['The tech giant Zorvane said on Monday it would cut 2,000 jobs.', 'Zorvane'],
    ['Fares rose after the budget airline Skylark added a fee for bags.', 'Skylark'],
  ])('%s', (text, name) => {
    expect(organizationsIn(text)).toContain(name);
  });

  it('is the organisation the story named by its kind, wherever else the story names it bare', () => {
    const text = 'Regulators fined the online lender Kalomir $40 million on Monday.\nKalomir said it would appeal, and Kalomir shares fell.';
    const kalomir = entitiesIn(text).filter((e) => e.name === 'Kalomir');
    expect(kalomir.map((e) => e.kind)).toEqual(['organization']);
    expect(kalomir[0]!.mentions).toHaveLength(3);
  });

  it('keeps a company whose name opens with a possessive whole, and its short form is the same company', () => {
    const found = entitiesIn("Kellner's Foods Inc. agreed to buy the chain on Monday.\nKellner's said the deal would close in May.");
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(["organization Kellner's Foods Inc"]);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('goes by its possessive alone later, and each mention keeps the company\'s "\'s"', () => {
    const found = entitiesIn(
      "Harlan's Bancshares Inc. agreed to buy a rival on Monday.\nHarlan's shares rose 4 percent, and Harlan's said the deal would close in May.",
    );
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(["organization Harlan's Bancshares Inc"]);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(["Harlan's Bancshares Inc", "Harlan's", "Harlan's"]);
  });

  it("leaves a person's possessive out of the person's mention", () => {
    const found = entitiesIn("Mara Quill's lawyers appealed on Monday. Quill's case returns to court in May.");
    expect(found.find((e) => e.name === 'Mara Quill')?.mentions.map((m) => m.text)).toEqual(['Mara Quill', 'Quill']);
  });

  it('keeps an office named for its holder whole, and two such offices apart', () => {
    const text = "The Ombudsman's Office reported that 45 leaders had been killed.\nThe Attorney General's Office said it had suspended 18 warrants.";
    expect(organizationsIn(text)).toEqual(["Attorney General's Office", "Ombudsman's Office"]);
  });

  it('keeps such an office whole with its remit after it, and its owner before it apart', () => {
    const text = "Tomas Rell, head of the NPA's Special Prosecutor's Office for Public Contracts, told reporters the case was open.";
    expect(organizationsIn(text)).toEqual(['NPA', "Special Prosecutor's Office for Public Contracts"]);
  });

  it.each([
    ["Alphabet's Google said on Monday it would appeal the fine.", ['Alphabet', 'Google']],
    ["Mexico's Foreign Ministry said on Monday it had protested.", ['Foreign Ministry']],
  ])('reads a possessive before any other name as its owner: %s', (text, names) => {
    expect(organizationsIn(text)).toEqual(names);
  });

  it.each([
    ["Officials at Vardell's Justice Department said on Monday the inquiry would go on.", ['Justice Department'], 'Vardell'],
    ["Later, Ostrova's Commerce Ministry issued a statement on the tariffs.", ['Commerce Ministry'], 'Ostrova'],
    ["The Marlow County's Department of Public Safety closed the road.", ['Department of Public Safety'], 'Marlow County'],
    ["The UNMO's Security Council met on Tuesday.", ['Security Council', 'UNMO'], null],
  ])('takes a leader or a place that owns a government body for no organisation: %s', (text, names, owner) => {
    expect(organizationsIn(text)).toEqual(names);
    if (owner) expect(entitiesIn(text).find((e) => e.name === owner)?.kind).not.toBe('organization');
  });

  it.each([
    ['The company Ana Vidal founded in 2001 was sold last year.', 'Ana Vidal'],
    ['The former playmaker Corentin Maresse scored twice on Sunday.', 'Corentin Maresse'],
    ['The lawmaker Tom Alder said the bill would pass.', 'Tom Alder'],
  ])('leaves a person a person, whatever noun stands before: %s', (text, name) => {
    expect(entitiesIn(text).find((e) => e.name === name)?.kind).toMatch(/^(person|official)$/);
  });
});

describe('ranks of the clergy', () => {
  it('are no part of the name, and the rank with a surname is the same person', () => {
    const found = entitiesIn('Cardinal Emil Kessander said he was ill. Archbishop Tomas Reddel visited him, and Cardinal Kessander died on Sunday.');
    expect(found.map((e) => e.name).sort()).toEqual(['Emil Kessander', 'Tomas Reddel']);
    expect(found.find((e) => e.name === 'Emil Kessander')!.mentions.map((m) => m.text)).toEqual(['Emil Kessander', 'Kessander']);
  });

  it('leave the place before them out of the name: Chicago Cardinal Emil Kessander', () => {
    const people = entitiesIn('Chicago Cardinal Emil Kessander said he was ill.').filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(['Emil Kessander']);
  });

  it.each(['Boston Archbishop Sean Maltby met the pope on Monday.', 'Lisbon Cardinal Emil Kessander prayed for peace.'])(
    'make the place before them the see, no organisation: %s',
    (text) => {
      expect(entitiesIn(text).map((e) => `${e.kind} ${e.name}`)).toEqual([`person ${text.split(' ').slice(2, 4).join(' ')}`]);
    },
  );

  it('leave a surname that is a rank alone: Foreign Minister Jolie Bishop', () => {
    expect(entitiesIn('Foreign Minister Jolie Bishop spoke on Monday.').map((e) => e.name)).toEqual(['Jolie Bishop']);
  });
});

describe('all-caps words', () => {
  it.each([
    'MONTHLY SAVINGS Rates on deposits rose again in May, the central bank said.',
    'Temperatures will be HIGH across the region this week, forecasters said.',
    'The LEAN plan was dropped by the council after a long debate.',
  ])('name nothing unless the text or the tagger says so: %s', (text) => {
    expect(organizationsIn(text).filter((n) => /^(MONTHLY|HIGH|LEAN)\b/.test(n))).toEqual([]);
  });
});

describe('organisations keep their full names', () => {
  it.each([
    ['Lawmakers from the Farmers and Traders group voted against the budget.', 'Farmers and Traders group'],
    ['Leaders met at the Silk and Salt Forum in the capital on Tuesday.', 'Silk and Salt Forum'],
    ['The loan comes from the Growth and Stability Fund, the lender said.', 'Growth and Stability Fund'],
    // The place is the name's own, as in "the Organization for Security and Co-operation in Europe".
    ['Observers from the Council for Trade and Cooperation in Asia said the vote was fair.', 'Council for Trade and Cooperation in Asia'],
    ['The Democratic Action Committee and Planned Futures sued the state.', 'Democratic Action Committee'],
  ])('%s', (text, name) => {
    expect(organizationsIn(text)).toContain(name);
  });

  it('keeps two organisations joined by "and" apart, and both', () => {
    expect(organizationsIn('The Green National Committee and Safe Streets Now sued the state.')).toEqual(['Green National Committee', 'Safe Streets Now']);
  });

  it('reads an acronym in brackets after a name, and the acronym alone later, as one organisation', () => {
    const text =
      'Fighters of the People’s Mountain Front (PMF) attacked a convoy on Sunday. The PMF said it held two soldiers, and the army said PMF units had fled.';
    const pmf = entitiesIn(text).filter((e) => e.kind === 'organization' && /PMF|Mountain Front/.test(e.name));
    expect(pmf).toHaveLength(1);
    // The full name, and the initials three times.
    expect(pmf[0]!.mentions).toHaveLength(4);
    expect(pmf[0]!.aliases).toEqual(expect.arrayContaining(['PMF', 'People’s Mountain Front']));
  });

  it('reads a body with and without its owner’s initials as one organisation', () => {
    const text = 'The UN Trusteeship Board met on Monday. Diplomats said the Trusteeship Board would vote on Friday.';
    const boards = entitiesIn(text).filter((e) => e.kind === 'organization' && /Trusteeship Board/.test(e.name));
    expect(boards).toHaveLength(1);
    expect(boards[0]!.mentions).toHaveLength(2);
  });
});

describe('roles read as one office', () => {
  it('joins "Secretary of Fisheries" and "Fisheries Secretary" into one role', () => {
    const entity = entitiesIn('Secretary of Fisheries Alma Treve said the quota would stay. Later, Fisheries Secretary Alma Treve said it might change.').find(
      (e) => e.name === 'Alma Treve',
    );
    expect(entity?.kind).toBe('official');
    expect(new Set(entity?.roles.map((r) => r.title.toLowerCase().replace(/^secretary of (\w+)$/, '$1 secretary')))).toEqual(new Set(['fisheries secretary']));
  });

  it.each([
    ['Jon Brack met his counterpart of the Secretary at the talks.', /counterpart/i],
    ['Senate President Pro Tempore Lia Moss adjourned the session.', /^Pro Tempore$/],
    ["Raul Ibarra, a spokesman for the state prosecutor's office, said the case was open.", /^prosecutor['’]s office$/i],
  ])('never takes a fragment for a role: %s', (text, fragment) => {
    const roles = entitiesIn(text).flatMap((e) => e.roles.map((r) => r.title));
    expect(roles.filter((t) => fragment.test(t))).toEqual([]);
  });
});

describe('technical acronyms', () => {
  it('are no organisations, alone or after a company’s name', () => {
    const names = organizationsIn(
      'The console runs on a custom Vantor Helix GPU with 12GB of RAM, has two USB ports and IR out, and takes AA batteries. Vantor said the Helix VR headset ships in May.',
    );
    expect(names.filter((n) => /\b(GPU|RAM|USB|IR|AA|VR)\b/.test(n))).toEqual([]);
  });
});

describe('a party member before a name', () => {
  it.each([
    ['Former Vice President and Democrat Walter Mondlin spoke at the rally.', 'Walter Mondlin'],
    ['The bill was backed by Conservative Ana Vidal and two others.', 'Ana Vidal'],
  ])('is no part of the name: %s', (text, name) => {
    expect(entitiesIn(text).map((e) => e.name)).toContain(name);
  });
});

describe('a surname that is also an office', () => {
  it('ends a full name, and the surname alone is the same person', () => {
    const found = entitiesIn('The prize honours Marion Luther King, Jr. and his work.\nDr. King spoke in Velkograd in 1965.');
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(['person Marion Luther King']);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it("is not another story's person where it stands as a title before a name", () => {
    const { entities } = profileCorpus([
      { path: 'final.txt', text: 'Billie Jo Kingsley King won the final on Sunday. King said she was tired.' },
      { path: 'pardon.txt', text: "Velkonia's King Norodom Savath on Friday pardoned an editor." },
    ]);
    const player = entities.find((e) => e.name === 'Billie Jo Kingsley King');
    expect(player?.mentions.map((m) => m.documentId)).toEqual(['final', 'final']);
  });
});

describe('a qualifier before an office', () => {
  it('is part of the title: "Coordinating Minister for Economic Affairs"', () => {
    const found = entitiesIn("Indonesia's Coordinating Minister for Economic Affairs Arlan Hartono said growth would slow.");
    expect(found.map((e) => `${e.kind} ${e.name} (${e.roles.at(-1)?.title}, ${e.roles.at(-1)?.country})`)).toEqual([
      'official Arlan Hartono (Coordinating Minister for Economic Affairs, Indonesia)',
    ]);
  });
});

describe('a known acronym', () => {
  it('is looked for in capitals, never in a word of grammar that opens a quote or a line', () => {
    const { entities } = profileCorpus([
      { path: 'network.txt', text: 'The order included Velkor Network (IN) switches, and IN sales rose 4 percent.' },
      {
        path: 'quote.txt',
        text:
          "\"I'm sure there won't be a problem, I'm sure Tomas is the man for the job,\" Velder said.\n" +
          '" There were three or four people who could have done it but when I spoke to Tomas he was up for it and really wanted it.\n' +
          '" In four days it\'s very difficult to come to a 100 percent conclusion about something like this...',
      },
    ]);
    const network = entities.find((e) => e.name === 'IN' || e.name === 'Velkor Network');
    expect(network?.mentions.every((m) => m.documentId === 'network')).toBe(true);
  });
});

describe('regions, peoples and faiths', () => {
  it.each([
    ["Talia Verne, the network's North America editor, said the vote was close.", 'North America'],
    ["The agency's Southeast Asia director, Mira Olund, said aid would arrive on Monday.", 'Southeast Asia'],
    ['The plan still draws protests from some New Zealanders and visitors.', 'New Zealanders'],
    ['Sunni and Shiite clerics called for calm after the attack.', 'Shiite'],
  ])('are no organisations: %s', (text, name) => {
    expect(organizationsIn(text)).not.toContain(name);
  });

  it('leave the organisations and people beside them', () => {
    const text = 'Mira Olund, the Southeast Asia director of the Harlow Relief Fund, said Sunni leaders had asked for aid.';
    expect(entitiesIn(text).map((e) => `${e.kind} ${e.name}`)).toEqual(expect.arrayContaining(['organization Harlow Relief Fund']));
    expect(organizationsIn(text)).toEqual(['Harlow Relief Fund']);
  });
});

describe("Arabic's article and particles in names", () => {
  const mentions = (text: string) => entitiesIn(text).map((e) => `${e.kind} ${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);

  it.each([
    [
      'President Kamal Fadil el-Nouri met the envoys on Monday. Nouri said the talks had gone well.',
      'official Kamal Fadil el-Nouri: Kamal Fadil el-Nouri, Nouri',
    ],
    [
      'Defence Minister Samir al-Haddadi flew to the border on Tuesday. Haddadi said troops would stay.',
      'official Samir al-Haddadi: Samir al-Haddadi, Haddadi',
    ],
    ['Crown Prince Tariq ibn Mansour opened the fair. The prince spoke for an hour.', 'official Tariq ibn Mansour: Tariq ibn Mansour'],
  ])('keep a person whole, and the surname without its article is the same person: %s', (text, expected) => {
    expect(mentions(text)).toEqual([expected]);
  });

  it('keep the article of an organisation’s name, wherever the story names it again', () => {
    const text = 'In 2019, al-Nasrin fighters attacked a convoy. The group behind it, the Saqr Brigade, is an al-Nasrin-linked organization.';
    expect(mentions(text)).toContain('organization al-Nasrin: al-Nasrin, al-Nasrin');
  });
});

describe('a body named for two subjects', () => {
  it('is one organisation, not its first subject and the second', () => {
    expect(organizationsIn("A report released on Monday by Velmont University's Institute on Hunger and Displacement questions that.")).toEqual([
      'Institute on Hunger and Displacement',
      'Velmont University',
    ]);
  });

  it('is one organisation where the second subject would pass for a name of its own, and its initials follow', () => {
    expect(organizationsIn('Edda Ruud, an analyst at the Oslo-based Centre for Strategic and Maritime Studies (CSMS), said the vote was close.')).toEqual([
      'Centre for Strategic and Maritime Studies',
    ]);
    expect(organizationsIn('The Standing Committee on Scrutiny and Constitutional Affairs met on Monday.')).toEqual([
      'Standing Committee on Scrutiny and Constitutional Affairs',
    ]);
  });

  it('leaves two organisations two: "Amnesty International and Human Rights Watch"', () => {
    expect(organizationsIn('The Velmont Institute and Amnesty International said the law was unjust.')).toEqual(
      expect.arrayContaining(['Velmont Institute', 'Amnesty International']),
    );
  });

  it('is one organisation where a hyphenated given name opens it', () => {
    expect(organizationsIn('A study by the Pierre-Henri Vautrin Center for Health and Human Rights found the rate rose.')).toEqual([
      'Pierre-Henri Vautrin Center for Health and Human Rights',
    ]);
  });
});

describe('an office in the plural before a name', () => {
  it('is the office of each of the names it lists', () => {
    const officials = entitiesIn('Commissioners Ann Lee and Bo Park voted no. Presidents Alan Dorr, Ivo Brant and Luc Marin met on Monday.');
    expect(officials.map((e) => `${e.name} ${e.roles.map((r) => r.title).join()}`)).toEqual([
      'Ann Lee Commissioner',
      'Bo Park Commissioner',
      'Alan Dorr President',
      'Ivo Brant President',
      'Luc Marin President',
    ]);
  });

  it('is no office before one name: a club’s "Queens Ferry Rovers"', () => {
    expect(entitiesIn('Queens Ferry Rovers beat Harlow Town 2-1 on Saturday.').map((e) => `${e.kind} ${e.name}`)).toContain('organization Queens Ferry Rovers');
  });
});

describe('a kind of organisation in lower case after a name', () => {
  it('makes the name an organisation wherever the story repeats it alone', () => {
    const text =
      'In 2011, voters elected a government led by the Tamzir party. But the party failed to draft a constitution. Tamzir came under fire for its record, and Tamzir leaders resigned. "Tamzir is responsible," said Omar Haddou.';
    expect(entitiesIn(text).map((e) => `${e.kind} ${e.name}: ${e.mentions.length}`)).toEqual(['person Omar Haddou: 1', 'organization Tamzir: 4']);
  });

  it('gives no shorter name to a people or a creed and its kind', () => {
    const names = entitiesIn('Gunmen from the Kurdish party attacked the post. Kurdish fighters fled, and the Communist party protested.').map((e) => e.name);
    expect(names).not.toContain('Kurdish');
    expect(names).not.toContain('Communist');
  });
});

describe('an apposition with a compound modifier', () => {
  it('says what the name is: "Ansar Tawhid, a Qaeda-linked organization"', () => {
    expect(entitiesIn('The government outlawed Ansar Tawhid, a Qaeda-linked organization, after the attack.').map((e) => `${e.kind} ${e.name}`)).toContain(
      'organization Ansar Tawhid',
    );
  });

  it('gives the office without the modifier: "Dana Voss, a Moscow-based lawmaker"', () => {
    const voss = entitiesIn('Reporters met Dana Voss, a Moscow-based lawmaker, on Monday.').find((e) => e.name === 'Dana Voss');
    expect(voss?.kind).toBe('official');
    expect(voss?.roles.map((r) => r.title)).toEqual(['lawmaker']);
  });
});

describe('a word of grammar that opens a sentence', () => {
  it('is no name alone: "Then, in 2012, …"', () => {
    const text = 'Hard-line Muslims known as Salafists attacked bars. Then, in 2012, hundreds of rioters stormed the Velmari Embassy in Tunis.';
    expect(entitiesIn(text).map((e) => e.name)).not.toContain('Then');
  });
});

describe('a clause or a source after a name', () => {
  it('is no apposition where a speaker follows the comma: "…, a police spokesman said"', () => {
    expect(entitiesIn('He was caught trying to force his way into a home in the rural Kowloon Hills, a police spokesman said.')).toEqual([]);
  });

  it('keeps an apposition between commas: "Ann Dorr, a police spokeswoman, said"', () => {
    expect(entitiesIn('Ann Dorr, a police spokeswoman, said no one was hurt.').map((e) => `${e.kind} ${e.name}`)).toEqual(['official Ann Dorr']);
  });

  it('is no apposition where a dash ends a headline with its source: "… on Chechnya - Polish minister."', () => {
    const text =
      'Lebed likely to fail on Chechnya - Polish minister.\nWARSAW 1996-08-28\nRussian security chief Alexander Lebed faces an almost impossible task, Polish Foreign Minister Dariusz Rosati said.';
    expect(entitiesIn(text).map((e) => e.name)).not.toContain('Chechnya');
  });
});

describe('a venue', () => {
  it('is no person: "Dale Hollow Golf Course"', () => {
    const text = 'Leading scores after the first round on Thursday at the 6,739-yard Dale Hollow Golf Course (players U.S. unless stated):\n62 Nolan Hale';
    expect(entitiesIn(text).map((e) => e.name)).not.toContain('Dale Hollow Golf Course');
  });
});

describe('a rank in lower case before a capitalised title', () => {
  it.each([
    ['Kenyan deputy President Ali Moro spoke on Monday.', 'Ali Moro', 'deputy President', 'Kenya'],
    ['Talks were held between South Korean deputy Foreign Minister Lee Ki-soo and the envoys.', 'Lee Ki-soo', 'deputy Foreign Minister', 'South Korea'],
    ['The assistant Secretary Bo Lind left on Friday.', 'Bo Lind', 'assistant Secretary', null],
  ])('is part of the title: %s', (text, name, title, country) => {
    const person = entitiesIn(text).find((e) => e.name === name);
    expect(person?.roles.map((r) => [r.title, r.country])).toEqual([[title, country]]);
  });
});

describe('a lower-case title before a name', () => {
  it.each([
    ['The famine followed collectivisation under Soviet dictator Josef Varga.', 'Josef Varga', 'Soviet dictator'],
    ['Officials counted the results and former prime minister Omar Karel won.', 'Omar Karel', 'former prime minister'],
    ['The work and pensions secretary, Liz Kendrick, said the government would listen.', 'Liz Kendrick', 'work and pensions secretary'],
  ])('starts where the title does: %s', (text, name, title) => {
    expect(
      entitiesIn(text)
        .find((e) => e.name === name)
        ?.roles.map((r) => r.title),
    ).toEqual([title]);
  });
});

describe('a hyphen inside a title', () => {
  it('is no apposition: "Vice-President Ali Moro" is one official, not also a "Vice"', () => {
    const text = 'Vice-president Karim Dali was sentenced last July. Vice-President Ali Moro spoke.';
    expect(entitiesIn(text).map((e) => `${e.name} ${e.roles.map((r) => r.title).join()}`)).toEqual(['Karim Dali vice-president', 'Ali Moro Vice-President']);
  });
});

describe('an event', () => {
  it('is no person, even after a word that can describe one: "the Singer World Series"', () => {
    const text = 'Ruritania beat Velmora by four wickets in the third match of the Singer World Series one-day cricket tournament on Friday.';
    // (The tagger reads "Velmora", alone after "beat", as a person, as it would a tennis player.)
    expect(entitiesIn(text).filter((e) => e.kind !== 'organization' && /Singer|Series/.test(e.name))).toEqual([]);
  });
});

describe('a vessel', () => {
  it('is no person, wherever the story names it again: "the aircraft carrier Dale Morrow"', () => {
    const text =
      'Some 200 fighter planes, including 79 on the aircraft carrier Dale Morrow, were already in the Gulf.\nPlanes on the aircraft carriers Morrow and Intrepid flew on Monday.\nThe Dale Morrow leads a battle group of seven ships.';
    expect(entitiesIn(text).filter((e) => e.kind !== 'organization')).toEqual([]);
  });
});

describe("a people's or a creed's adjective with a kind of organisation after it", () => {
  it.each([
    'Sweden beat Latvia 2-1 in their World Cup soccer European group six qualifying match on Saturday.',
    'Leaders of the Moslem party met on Monday.',
    'The Opposition group walked out of the assembly.',
  ])('names no organisation: %s', (text) => {
    expect(entitiesIn(text).filter((e) => e.kind === 'organization')).toEqual([]);
  });
});

describe('a surname the tagger reads as an organisation', () => {
  it('is the person the story names in full', () => {
    const text =
      'Jesper Brightwell of Sweden fired a course record-tying 63 on Saturday to take a one-shot lead.\nBrightwell, who is seeking his first tour victory, moved to 19-under for the tournament.\nBrightwell tied the record.';
    expect(entitiesIn(text).map((e) => `${e.kind} ${e.name}: ${e.mentions.length}`)).toEqual(['person Jesper Brightwell: 3']);
  });

  it('is not where the story names no one in full by it', () => {
    expect(entitiesIn('Brightwell shares rose 4% on Monday. Brightwell said sales grew.').filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('the name before "administration"', () => {
  it('is the leader, a person: "Under the Varnell administration"', () => {
    const found = entitiesIn('Under the Varnell administration, trade has grown. The Kenyan administration denied it.');
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(['person Varnell']);
  });
});

describe("a creed's adjective before an organisation's name", () => {
  it('is no part of the name: "Egypt’s Islamist Velmar Brotherhood"', () => {
    const text = 'Voters elected a government led by the Tamzir party, a movement similar to Egypt’s Islamist Velmar Brotherhood.';
    expect(entitiesIn(text).map((e) => e.name)).toContain('Velmar Brotherhood');
  });
});

describe('a Korean name', () => {
  it('keeps the lower-case half of its given name, and goes by its surname alone', () => {
    const text = 'South Korean official Kang Young-hoon said talks went well on Monday. Kang said the next round would be in Seoul.';
    expect(entitiesIn(text).map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`)).toEqual(['Kang Young-hoon: Kang Young-hoon, Kang']);
  });

  it('is told from a double-barrelled surname, whose halves are both capitalised', () => {
    const names = entitiesIn('Catherine Zeta-Marlow smiled at the crowd on Monday. Catherine waved.').map((e) => e.name);
    expect(names).toContain('Catherine Zeta-Marlow');
    expect(names).toContain('Catherine');
  });
});

describe('an institution in lower case after its name, in British style', () => {
  it('makes a police force or a hospital of a name that is no known place', () => {
    const text = 'Officers from Dunmore Vale police were called to the house, and the woman was taken to the Royal Kestrel hospital, where she died.';
    expect(organizationsIn(text)).toEqual(expect.arrayContaining(['Dunmore Vale police', 'Royal Kestrel hospital']));
  });

  it('leaves a place and its service alone: a city, a people, one word, or "a … hospital"', () => {
    const found = organizationsIn(
      'The Paris police closed the road. Kenyan police fired tear gas, Tarnow police said, and the man was taken to a Kestrel Bay hospital.',
    );
    expect(found.filter((name) => /police|hospital/.test(name))).toEqual([]);
  });
});

describe('an office held towards a country, set off by commas before the name', () => {
  it.each([
    ["Canada's ambassador to Peru, Lise Moreau, met the minister.", 'Lise Moreau', 'ambassador to Peru'],
    ['The Kenyan envoy to the United Nations, Amos Kiprono, spoke first.', 'Amos Kiprono', 'envoy to the United Nations'],
    ["Brazil's special envoy for the Horn of Africa, Ana Lobo, welcomed the deal.", 'Ana Lobo', 'special envoy for the Horn of Africa'],
    ['The bloc, whose high representative for the Sahel, Idriss Kone, spoke first, agreed.', 'Idriss Kone', 'high representative for the Sahel'],
    ['The president of Puglia, Tonio Ferrante, said he would not resign.', 'Tonio Ferrante', 'president of Puglia'],
  ])('%s', (text, name, title) => {
    expectOfficial(text, name, [title]);
  });

  it('takes the country of the place an office is "of", not of the one an ambassador is sent "to"', () => {
    const roles = (text: string, name: string) =>
      entitiesIn(text)
        .find((e) => e.name === name)
        ?.roles.map((r) => r.country);
    expect(roles('The president of Puglia, Tonio Ferrante, said he would not resign.', 'Tonio Ferrante')).toEqual(['Italy']);
    expect(roles("Canada's ambassador to Peru, Lise Moreau, met the minister.", 'Lise Moreau')).toEqual(['Canada']);
  });

  it('reads no place in an owner\'s possessive: "leader of France\'s Communist-led union, Louis Verny,"', () => {
    const found = entitiesIn("Louis Verny, leader of France's Communist-led union, criticised the plan.");
    expect(found.filter((e) => e.kind === 'official').map((e) => e.name)).not.toContain('Communist');
  });

  it('is no title where the phrase stands in a clause of its own: "… sent as envoy to Mali, Lise Moreau said"', () => {
    expect(entitiesIn('He was sent as envoy to Mali, Lise Moreau said.').find((e) => e.name === 'Lise Moreau')?.kind).toBe('person');
  });
});

describe('a name that opens with a particle or a letter English lacks', () => {
  it.each([
    ['Deputy Minister Le Van Thinh, a career diplomat, is expected to be named.', 'Le Van Thinh'],
    ['Deputy Minister Lê Văn Thịnh, a career police officer, is expected to be named.', 'Lê Văn Thịnh'],
  ])('%s', (text, name) => {
    expectOfficial(text, name, ['Deputy Minister']);
  });
});

describe('the head of a body no state runs', () => {
  it.each([
    ["Nadia Rahman, president of the Dhaka Apparel Workers' Federation, said the offer fell short.", 'Nadia Rahman'],
    ["Lucia Ferro, the regional secretary of the patients' rights group Salus, said the claims were true.", 'Lucia Ferro'],
    ['Tom Pell, president of Corvane Data Inc., said sales rose.', 'Tom Pell'],
    ['Karin Olaf, president of the United Nurses of Brandvik (UNB), said posts were vacant.', 'Karin Olaf'],
    ['Dr. Lena Hovde, president and CEO of Covenant Care, which runs two hospitals, said so.', 'Lena Hovde'],
  ])('%s', (text, name) => {
    expect(entitiesIn(text).find((e) => e.name === name)?.kind).toBe('person');
  });

  it('leaves the head of a public body an official', () => {
    const found = entitiesIn('Ana Lima, president of the European Commission, said the fine would stand.').find((e) => e.name === 'Ana Lima');
    expect(found?.kind).toBe('official');
  });
});

describe('an apposition whose head needs a portfolio', () => {
  it.each([
    ["Katrien Dumont, the EU's competition commissioner, said the fine would stand.", 'Katrien Dumont', 'competition commissioner', 'EU'],
    ["Tom Hale, the province's police chief, said the road was closed.", 'Tom Hale', 'police chief', null],
    ["Gerrit Lamb, Canada's high commissioner in Hong Kong, said the cases were reviewed.", 'Gerrit Lamb', 'high commissioner', 'Canada'],
  ])('%s', (text, name, title, country) => {
    const found = expectOfficial(text, name, [title]);
    if (country) expect(found?.roles.map((r) => r.country)).toEqual([country]);
  });

  it('is no office where the country only describes the person: "the U.S. black leader"', () => {
    expect(entitiesIn('Jon Farr, the U.S. black leader, was given the prize.').find((e) => e.name === 'Jon Farr')?.kind).toBe('person');
  });
});

describe("a clock's time and words with digits", () => {
  it('reads no Prime Minister in "PM" after a time, and no name in a word with digits', () => {
    const found = entitiesIn(
      'March 3, 2025 4:12 PM GMT+5 Updated 2 hours ago\n\nKARSHI (Reuters) - Prime Minister Oydin Tursunova opened the bridge on Monday.',
    );
    expect(found.filter((e) => e.kind === 'official').map((e) => e.name)).toEqual(['Oydin Tursunova']);
    expect(found.map((e) => e.name).join(' ')).not.toMatch(/GMT/);
  });
});

describe('a lower-case office with its portfolio after "of" or "for", set off before the name', () => {
  it.each([
    ['The speaker of the provincial assembly, Rukhsana Mirza, adjourned the session.', 'Rukhsana Mirza', 'speaker of the provincial assembly'],
    ['The commissioner for internal affairs and migration, Henrik Dahl, said so.', 'Henrik Dahl', 'commissioner for internal affairs and migration'],
    [
      'The chairperson of the Parliamentary Committee on Fisheries, Honourable Ruth Banda-Mlenga, said the committee would meet.',
      'Ruth Banda-Mlenga',
      'chairperson of the Parliamentary Committee on Fisheries',
    ],
    [
      'The chairman of the Senate Committee for Ports and Harbours, Ivo Marsk, disagreed.',
      'Ivo Marsk',
      'chairman of the Senate Committee for Ports and Harbours',
    ],
  ])('%s', (text, name, title) => {
    expectOfficial(text, name, [title]);
  });

  it("is no office for a trade, a family or a private body's post", () => {
    const found = entitiesIn(
      "The director for sales, Tom Hale, left. The head of the family, Ana Bell, spoke. The secretary of the patients' rights group Salus, Eva Roe, agreed. Shares rose after the president of the Nasdaq, Ed Moss, rang the bell.",
    );
    expect(found.filter((e) => e.kind === 'official').map((e) => e.name)).toEqual([]);
  });
});

describe('a portfolio the lexicon lacks: by its shape, or as any word right before "Minister"', () => {
  it.each([
    ['Greek Shipping Minister Nikos Stavrou met the canal chief on Monday.', 'Nikos Stavrou', 'Shipping Minister'],
    ['Labour and Employment Minister Rezaul Karim said the wage was final.', 'Rezaul Karim', 'Labour and Employment Minister'],
    ['Privatisation Minister Wiktor Kalina said the sale would go ahead.', 'Wiktor Kalina', 'Privatisation Minister'],
    ['The coast guard said Asylum Minister Petra Valaki would visit the island.', 'Petra Valaki', 'Asylum Minister'],
    ['Survivors will move to the mainland, Migration and Asylum Minister Toma Rusev said on Friday.', 'Toma Rusev', 'Migration and Asylum Minister'],
    ['On Monday Preparedness Minister Ida Korvel opened the depot.', 'Ida Korvel', 'Preparedness Minister'],
    ['Officials said Coastal Policy Minister Ivo Marsk had left.', 'Ivo Marsk', 'Coastal Policy Minister'],
    ['Harbour Affairs and Insular Policy Minister Ivo Marsk said the ferries would run.', 'Ivo Marsk', 'Harbour Affairs and Insular Policy Minister'],
  ])('%s', (text, name, title) => {
    expectOfficial(text, name, [title]);
  });

  it('names no organisation with the words before "and"', () => {
    const found = entitiesIn('Officials said Migration and Asylum Minister Toma Rusev would visit.');
    expect(found.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual([]);
    expect(found.find((e) => e.name === 'Toma Rusev')?.roles.map((r) => r.title)).toEqual(['Migration and Asylum Minister']);
  });

  it("takes a country, by its name or adjective, before the portfolios for the office's", () => {
    const found = entitiesIn('Thai Transport and Logistics Minister Somsak Wattana spoke. Greek Foreign and Defence Minister Nikos Stavrou agreed.');
    expect(found.find((e) => e.name === 'Somsak Wattana')?.roles[0]).toMatchObject({ title: 'Transport and Logistics Minister', country: 'Thailand' });
    expect(found.find((e) => e.name === 'Nikos Stavrou')?.roles[0]).toMatchObject({ title: 'Foreign and Defence Minister', country: 'Greece' });
  });

  it("reads a royal style after the title as the person's, not a second office", () => {
    const found = entitiesIn('"The market needs calm," Saudi Energy Minister Prince Faisal bin Turki said after the meeting.');
    expect(found.find((e) => e.name === 'Faisal bin Turki')?.roles[0]).toMatchObject({ title: 'Energy Minister', country: 'Saudi Arabia' });
  });

  it('reads a seat "in" a legislature, a capitalised "Deputy" before a name and "Eng." as an honorific', () => {
    const found = entitiesIn(
      'Paulo Mendes, a deputy in the National Assembly, voted no. Deputy Omar Haddad, of the Green Front, agreed. Water Secretary General Eng. Samir Nour said the pipes were fixed.',
    );
    expect(found.find((e) => e.name === 'Paulo Mendes')?.roles.map((r) => r.title)).toEqual(['deputy in the National Assembly']);
    expect(found.find((e) => e.name === 'Omar Haddad')?.kind).toBe('official');
    expect(found.find((e) => e.name === 'Samir Nour')?.roles.map((r) => r.title)).toEqual(['Water Secretary General']);
    expect(found.map((e) => e.name)).not.toContain('Eng');
  });

  it("holds no office for a newspaper's deputy editor", () => {
    expect(entitiesIn('Deputy Editor Omar Haddad wrote the piece.').find((e) => e.name === 'Omar Haddad')?.kind).toBe('person');
  });

  it('keeps a country before "Prime Minister" the office\'s, and a name\'s "wa" in the name', () => {
    const found = entitiesIn('Zairean Prime Minister Mbala wa Kitenge said the border would open.');
    expect(found.find((e) => e.name === 'Mbala wa Kitenge')?.roles[0]).toMatchObject({ title: 'Prime Minister', country: 'Democratic Republic of Congo' });
  });

  it("not a person's name before it", () => {
    const found = entitiesIn('Officials said Reyes Minister Ana Pavel had gone.');
    expect(found.find((e) => e.name === 'Ana Pavel')?.roles.map((r) => r.title) ?? []).not.toContain('Reyes Minister');
  });
});

describe("a legislator's party before the title", () => {
  it('makes an office of "MP" or "lawmaker" after any party, and the party an organisation', () => {
    const found = entitiesIn('"The minister speaks first about smugglers," said the Pasok MP Eleni Stathi.');
    expect(found.find((e) => e.name === 'Eleni Stathi')?.roles.map((r) => r.title)).toEqual(['Pasok MP']);
    expect(found.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual(['Pasok']);
  });

  it("takes a place before the title for the office's place, not an organisation", () => {
    const found = entitiesIn('Texas lawmaker Dan Meir said the bill would pass.');
    expect(found.find((e) => e.name === 'Dan Meir')?.roles.map((r) => r.country)).toEqual(['US']);
    expect(found.filter((e) => e.kind === 'organization')).toEqual([]);
  });
});

describe("an official's deputy named by the official's possessive", () => {
  it('holds the deputy post of the office of the official it names, and of no other', () => {
    const found = entitiesIn(
      "Governor Lucky Adeyemi declared victory on Sunday. Adeyemi's deputy, Tola Fashola, said the state would not be distracted. Bello's deputy, Ada Eze, disagreed.",
    );
    expect(found.find((e) => e.name === 'Tola Fashola')?.roles.map((r) => r.title)).toEqual(['Deputy Governor']);
    expect(found.find((e) => e.name === 'Ada Eze')?.kind).toBe('person');
  });
});

describe('an organisation whose initials follow it in brackets', () => {
  it.each([
    ['The Ethiopian National Defense Force (ENDF) pulled back from the town.', 'Ethiopian National Defense Force'],
    ['The UN Office for the Coordination of Humanitarian Affairs (OCHA) said aid was blocked.', 'UN Office for the Coordination of Humanitarian Affairs'],
    ['The order came from the Velmor Post and Telecommunications Administration (VPTA).', 'Velmor Post and Telecommunications Administration'],
  ])('%s', (text, name) => {
    const found = entitiesIn(text).filter((e) => e.kind === 'organization');
    expect(found.map((e) => e.name)).toEqual([name]);
    expect(found[0]!.mentions).toHaveLength(2);
  });
});

describe("a country's name written out in an organisation's name", () => {
  it("keeps it where the organisation's head stands before a hyphened word", () => {
    expect(organizationsIn('Members of the Kenya Democratic League-Odhiambo (KDL-O) walked out.')).toContain('Kenya Democratic League-Odhiambo');
  });
});

describe('a title opening with the name or initials of a body no state runs', () => {
  it('states no office where the story names that body a company, an association or a federation', () => {
    const found = entitiesIn(
      'The operator, Kalmar Petroleum Operating Company (KPOC), disagreed. KPOC general director Marco Bellini said the audit was wrong. ' +
        'The Confederation of Velmor Industries (CVI) backed him, and CVI president Tendai Gumbo said members needed help. ' +
        'Energy Minister Yerik Sadykov rejected that.',
    );
    expect(found.filter((e) => e.kind === 'official').map((e) => e.name)).toEqual(['Yerik Sadykov']);
  });
});

describe("an apposition that names a public body's kind", () => {
  it('makes an organisation of a name set off by "the country\'s financial police,"', () => {
    const found = entitiesIn("Officers from the Guardia Fiscale, Velmora's financial police, searched the offices on Wednesday.");
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(['organization Guardia Fiscale']);
  });

  it('reads no body in "a police officer", nor in a clause after a place', () => {
    const found = entitiesIn('John Harker, a police officer, said so. In Europe, the service is available in three countries.');
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(['person John Harker']);
  });

  it('makes an organisation of a consultancy named after its kind', () => {
    expect(organizationsIn('Flora Gatti, chief economist at Lima consultancy Andes Research, said the clash was costly.')).toEqual(['Andes Research']);
  });
});

describe("a caption's position marker and a place inside an apposition", () => {
  it('reads the title after "(right)" as the named person\'s', () => {
    const found = entitiesIn('With him are Dr Kofi Asare (left), Director-General of the GHS, and Dr Ama Owusu (right), WHO Representative in Ghana.');
    expect(found.filter((e) => e.kind === 'official').map((e) => e.name)).toEqual(['Kofi Asare', 'Ama Owusu']);
  });

  it('takes a city before the head for the office and its country', () => {
    const found = entitiesIn('Baran Kaya, an Istanbul lawmaker for the opposition, said households were paying.').find((e) => e.name === 'Baran Kaya');
    expect(found?.roles.map((r) => `${r.title}/${r.country}`)).toEqual(['Istanbul lawmaker/Turkey']);
  });
});

describe("a title's initials in brackets", () => {
  it('give the name after them the title, and name no organisation', () => {
    const found = entitiesIn('The Inspector General of Police (IGP), Mr Kojo Boateng, said the roads would be patrolled.');
    expect(found.map((e) => `${e.kind} ${e.name}`)).toEqual(['official Kojo Boateng']);
    expect(found[0]!.roles.map((r) => r.title)).toEqual(['Inspector General of Police']);
  });

  it("leave an organisation's initials an organisation's", () => {
    expect(organizationsIn('The Electoral Commission (EC) said the vote was fair.')).toEqual(['Electoral Commission']);
  });
});

describe("a nation's air force, and its formal adjective", () => {
  it('keeps the demonym in the name of an air force, and reads "Hellenic" as Greek', () => {
    const found = entitiesIn(
      'A helicopter of the Hellenic Air Force flew them to Chania, and Vice Admiral Petros Lianos of the Hellenic Coast Guard said more would come.',
    );
    expect(found.filter((e) => e.kind === 'organization').map((e) => e.name)).toContain('Hellenic Air Force');
    expect(found.find((e) => e.name === 'Petros Lianos')?.roles[0]?.country).toBe('Greece');
  });

  it('names no organisation with a mass noun opening a sentence after one', () => {
    const found = entitiesIn('Relief came with the help of the Bharati Air Force. "Politics should not be done over floods," Mr. Kumar Dev wrote.');
    expect(found.map((e) => e.name)).not.toContain('Politics');
  });
});

describe("the story's first word after a dateline's dash", () => {
  it('is no part of a name: "A" opens the sentence', () => {
    const found = entitiesIn('KARVELA, May 14 (Reuters) - A Zembrian Supreme Court justice on Wednesday ordered the state to act.');
    expect(found.map((e) => e.name)).not.toContain('A Zembrian Supreme Court');
    expect(found.filter((e) => e.kind === 'organization').map((e) => e.name)).toContain('Zembrian Supreme Court');
  });
});

describe("an office named for its holder's title", () => {
  it('is one organisation, not a title and a lone "Office"', () => {
    const found = entitiesIn(
      "The Attorney General's Office, known locally as the Fiscalía, opened a case. Prime Minister's Secretariat staff said the Ombudsman's Office would be told.",
    );
    const organizations = found.filter((e) => e.kind === 'organization').map((e) => e.name);
    expect(organizations).toEqual(expect.arrayContaining(["Attorney General's Office", "Prime Minister's Secretariat", "Ombudsman's Office"]));
    expect(organizations).not.toContain('Office');
  });
});

describe('seats in a legislature, however they are written', () => {
  it('reads the abbreviations of provincial and state assemblies after a party: MNA, MHA, MLC', () => {
    expectOfficial('QUEBEC CITY — Liberal MNA Nadine Forget-Arcand said on Thursday the party would table a motion.', 'Nadine Forget-Arcand', ['Liberal MNA']);
    expectOfficial('HOBART — Greens MLC Tavis Rundle said the bill was rushed.', 'Tavis Rundle', ['Greens MLC']);
  });

  it('reads initials before a legislator\'s head as the party, not as a title of their own ("PC MHA", "DA MP")', () => {
    expectOfficial("ST. JOHN'S — PC MHA Darrel Pikeman said the budget failed rural towns.", 'Darrel Pikeman', ['PC MHA']);
    expectOfficial('CAPE TOWN — DA MP Thandeka Morowe said the budget failed rural towns.', 'Thandeka Morowe', ['DA MP']);
    // Before a name, the initials are still the title they spell.
    expectOfficial('PC Marten Hollis was hurt in the crash, police said.', 'Marten Hollis', ['Police Constable']);
  });

  it('makes a seat of "deputy" after a party\'s name, and not of a lone "deputy"', () => {
    expectOfficial('Dorian Vasilache, a PSD deputy from Prahova, called the sum a bandage.', 'Dorian Vasilache', ['PSD deputy']);
    expectOfficial('Dorian Vasilache, a Social Democratic deputy, called the sum a bandage.', 'Dorian Vasilache', ['Social Democratic deputy']);
    expect(kindOf('Dorian Vasilache, a deputy, called the sum a bandage.', 'Dorian Vasilache')).not.toBe('official');
  });

  it('reads a capitalised "Member of" a legislature as a title, and a member of anything else not', () => {
    expectOfficial('Member of Parliament Yohanes Bandera Phiri said the scandal was the tip of the iceberg.', 'Yohanes Bandera Phiri', [
      'Member of Parliament',
    ]);
    expectOfficial('Member of the National Assembly Anika Kellberg said the bill would pass.', 'Anika Kellberg', ['Member of the National Assembly']);
    expect(kindOf('Member of the Board Anika Kellberg said the bank would grow.', 'Anika Kellberg')).not.toBe('official');
  });

  it('reads "the Member of Parliament for" a constituency after a name, once held too, and the title with its constituency names no organisation', () => {
    expectOfficial('Tapiwa Ncubane, the Member of Parliament for Bulawayo Central, said the bank had failed.', 'Tapiwa Ncubane', ['Member of Parliament']);
    expectOfficial('Its chairman, Mr Gabriel Mwanzia, a former Member of Parliament for Mbeya Urban, accused the ruling party of neglect.', 'Gabriel Mwanzia', [
      'Member of Parliament',
    ]);
    const organizations = organizationsIn('The Member of Parliament for Bulawayo Central said the budget failed. A PASOK MP for Heraklion agreed.');
    expect(organizations).toContain('PASOK');
    expect(organizations.filter((name) => /Bulawayo|Heraklion|Member/.test(name))).toEqual([]);
  });
});

describe('an office stated in a relative clause after a name', () => {
  it('reads "who served as" and "who was sworn in as", with a "first" rank before the title', () => {
    expectOfficial(
      'Choi Min-gwan, who served as first vice minister of land and transport from 2023 to 2024, was charged with bribery, prosecutors said.',
      'Choi Min-gwan',
      ['first vice minister of land'],
    );
    expectOfficial('Anabel Lorcas, who was sworn in as interior minister in May, said the police would be reformed.', 'Anabel Lorcas', ['interior minister']);
    expect(kindOf('Tomasz Brandel, who served as a director of the bank, was charged.', 'Tomasz Brandel')).not.toBe('official');
  });
});

describe('offices named for what their holder does', () => {
  it('reads "Government" and a doer\'s noun as a title ("Government Statistician", "Chief Government Valuer"), and names no one by it', () => {
    expectOfficial('The Government Statistician, Dr Amara Owusu-Bekoe, said inflation fell.', 'Amara Owusu-Bekoe', ['Government Statistician']);
    const found = entitiesIn('The Chief Government Valuer, Mr Isaac Lubanga Ojuk, told the committee that the list was wrong.');
    expect(found.find((e) => e.name === 'Isaac Lubanga Ojuk')?.roles.map((r) => r.title)).toEqual(['Chief Government Valuer']);
    expect(found.map((e) => e.name)).not.toContain('Government Valuer');
    expect(kindOf('Government Buildings stood empty on Friday.', 'Government Buildings')).not.toBe('official');
  });

  it('reads "Public" and a doer\'s noun as a title too, and "Advocate" after it as the holder\'s style', () => {
    expectOfficial('Separately, Public Protector Advocate Thandi Mokwena-Dube confirmed that her office had opened an investigation.', 'Thandi Mokwena-Dube', [
      'Public Protector',
    ]);
    expect(organizationsIn('Separately, Public Protector Advocate Thandi Mokwena-Dube confirmed the inquiry.')).not.toContain('Public Protector Advocate');
  });

  it("reads a parliament's whips as offices", () => {
    expectOfficial('Government Whip Tobiah Reinholz said the vote would be close.', 'Tobiah Reinholz', ['Government Whip']);
    expectOfficial('Chief Whip Anika Dorrel said the party would vote against the bill.', 'Anika Dorrel', ['Chief Whip']);
  });
});

describe('a seat won from a party list', () => {
  it('reads "list MP" after a party\'s name as a seat, the party an organisation', () => {
    const found = entitiesIn('Chanai Thepwong, a Pheu Thai list MP, said the dispute showed a lack of coordination.');
    expect(found.find((e) => e.name === 'Chanai Thepwong')?.kind).toBe('official');
    expect(found.filter((e) => e.kind === 'organization').map((e) => e.name)).toContain('Pheu Thai');
  });
});

describe('a title of portfolios joined by "and", set off before a name', () => {
  it('is the office of the name after the comma', () => {
    expectOfficial('The Revenue and Disaster Management Minister, Bijan Kalitra, said 2,340 houses were damaged.', 'Bijan Kalitra', [
      'Revenue and Disaster Management Minister',
    ]);
    expectOfficial('The Trade and Industry Minister, Tomasz Wielgo, said exports rose.', 'Tomasz Wielgo', ['Trade and Industry Minister']);
    expect(kindOf('After meeting Anka Leewen and the Finance Minister, Bijan Kalitra flew home.', 'Bijan Kalitra')).not.toBe('official');
  });
});

describe('a title with its portfolio in brackets after a name', () => {
  it("is the name's office, the bracket closed in the title", () => {
    expectOfficial(
      'Responding, Anupa Menoth, Joint Secretary (Disaster Management) in the Home Ministry, told reporters the report was examined.',
      'Anupa Menoth',
      ['Joint Secretary (Disaster Management)'],
    );
  });
});

describe("a private body's office written in lower case before a name", () => {
  it.each([
    'His campaign spokesman, Andi Nasrun, said the programmes had been budgeted long before.',
    'A company spokesman, Andi Nasrun, said the plant would reopen.',
    'The team spokesman Andi Nasrun said the coach had resigned.',
  ])('is no public office: %s', (text) => {
    expect(kindOf(text, 'Andi Nasrun')).toBe('person');
  });

  it('leaves a public one an office', () => {
    expectOfficial('A police spokesman, Andi Nasrun, said the suspects fled.', 'Andi Nasrun', ['police spokesman']);
  });

  it('reads "president and chief executive of" a company as a company\'s officer', () => {
    expect(kindOf('Gregor Hollis, president and chief executive of Northwest Coast Pipelines, said the company had held meetings.', 'Gregor Hollis')).toBe(
      'person',
    );
  });
});

describe('local offices', () => {
  it('reads "Council member" before a name as a seat on a council, and "Team member" not', () => {
    expectOfficial('Council member Priyanka Ramen, who chairs the finance committee, said the budget grew.', 'Priyanka Ramen', ['Council member']);
    expectOfficial('City Council member Priyanka Ramen said the budget grew.', 'Priyanka Ramen', ['City Council member']);
    expect(kindOf('Team member Priyanka Ramen scored twice.', 'Priyanka Ramen')).not.toBe('official');
  });

  it("reads a county no gazetteer knows before its office as the title's own", () => {
    expectOfficial('Delmar County Commissioner Gloriana Washby, who attended the meeting, said the county would cap the rate.', 'Gloriana Washby', [
      'Delmar County Commissioner',
    ]);
  });
});
