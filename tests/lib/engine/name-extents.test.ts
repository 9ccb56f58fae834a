/** Where a name's span ends, on sentences of our own with invented names. */
import { describe, expect, it } from 'vitest';
import { entitiesIn, expectOfficial, kindOf, organizationsIn, roleOf } from './story';

describe('a name written with a hyphen and a lower-case syllable', () => {
  it('keeps the syllable: "Foreign Minister Tsao Ming-hsien" is one official, named whole', () => {
    const official = expectOfficial('Foreign Minister Tsao Ming-hsien said on Thursday that the talks would resume in the spring.', 'Tsao Ming-hsien', [
      'Foreign Minister',
    ]);
    expect(official?.mentions.map((m) => m.text)).toEqual(['Tsao Ming-hsien']);
  });

  it('keeps it after an abbreviated title, and the family name alone later is the same person', () => {
    const text = 'Gov. Pyo Dae-woong of the central bank met lenders on Monday. Pyo said rates would hold.';
    const found = entitiesIn(text).filter((e) => e.name.startsWith('Pyo'));
    expect(found.map((e) => e.name)).toEqual(['Pyo Dae-woong']);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Pyo Dae-woong', 'Pyo']);
  });
});

describe('a name with a bracket', () => {
  it('closes the bracket it opens: a club with its town’s initial in brackets', () => {
    const text = 'Results of the league on Saturday:\nKorvat 2 Lemnik (Z) 0\nVeltar 1 Sodrak (BJ) 3\nStandings: Lemnik (Z) 4 0 1 3';
    const names = entitiesIn(text).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lemnik (Z)', 'Sodrak (BJ)']));
    const lemnik = entitiesIn(text).find((e) => e.name === 'Lemnik (Z)');
    expect(lemnik?.mentions.map((m) => m.text)).toEqual(['Lemnik (Z)', 'Lemnik (Z)']);
  });
});

describe('an organisation’s name and its initials', () => {
  it('takes the words its initials in title case spell: "(Nersa)"', () => {
    const text = 'The National Power Regulator of Lesotho (Nprl), which sets the tariff, said nothing on Monday.';
    expect(organizationsIn(text)).toEqual(['National Power Regulator of Lesotho']);
  });

  it('gives an intergovernmental body’s office the country it is in', () => {
    const names = entitiesIn('The United Nations Support Mission in Libya condemned the attack on Monday.').map((e) => e.name);
    expect(names).toContain('United Nations Support Mission in Libya');
    const more = entitiesIn('The African Union Mission in South Sudan said on Monday that patrols had resumed.').map((e) => e.name);
    expect(more).toContain('African Union Mission in South Sudan');
  });

  it('is one organisation where a headline gave the initials before the story spelled them out', () => {
    const text =
      'UNSML patrol comes under fire\n\nThe United Nations Support Mission in Libya (UNSML) said a patrol had been shot at. UNSML said no one was hurt.';
    const found = entitiesIn(text).filter((e) => e.kind === 'organization');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['UNSML', 'United Nations Support Mission in Libya', 'UNSML', 'UNSML']);
  });
});

describe('a body named "for the" something', () => {
  it('keeps the words after "for the" and a demonym that opens its own name, not a government’s', () => {
    expect(organizationsIn('The Alliance for the Free Coast won most seats, officials said.')).toEqual(['Alliance for the Free Coast']);
    expect(organizationsIn('The Malian Association for the Defence of Voters said the count was fair.')).toEqual([
      'Malian Association for the Defence of Voters',
    ]);
    expect(organizationsIn('He will vote for the Republic on Monday.')).toEqual([]);
  });
});

describe('spans that name no organisation', () => {
  it('leaves out a law and a lawmaker’s party and home town in brackets', () => {
    const text =
      'Prosecutors charged him under the Anti-Graft and Corrupt Dealings Act on Monday. The bill’s sponsor, State Sen. Dale Voss (R-Pikeville), said he would appeal.';
    expect(organizationsIn(text)).toEqual([]);
  });
});

describe('capitals that name a thing, not a body', () => {
  it('leave out a currency and a hospital ward', () => {
    const text = 'The republic borrows in XAF francs on the regional market. A mother says a fake pen sent her to the ER last week.';
    expect(organizationsIn(text)).toEqual([]);
  });
});

describe('a public body’s word alone', () => {
  it('is no one’s name, after a title set off by a comma in a headline', () => {
    const text = 'Tarvela governor, Treasury clash over late transfers\n\nThe county said the money was three months late.';
    expect(entitiesIn(text).filter((e) => e.kind !== 'organization')).toEqual([]);
  });
});

describe('a Spanish name with two surnames', () => {
  it('is the same person by its first surname alone', () => {
    const text = 'Defense Minister Tomás Arrieta Gaviria said troops would be sent to the mountains. "There will be no truce," Arrieta told reporters.';
    const found = entitiesIn(text).filter((e) => e.kind !== 'organization');
    expect(found.map((e) => e.name)).toEqual(['Tomás Arrieta Gaviria']);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Tomás Arrieta Gaviria', 'Arrieta']);
  });
});

describe("a span's type, read off the words at its edges", () => {
  it('makes a body named for its kind of private body an organisation: "Project", "Initiative", "Foundation"', () => {
    expect(organizationsIn('Rosa Trent, a staff attorney with the Harbor Consumer Justice Project, said the rule hurt renters.')).toEqual([
      'Harbor Consumer Justice Project',
    ]);
    expect(organizationsIn('A grant from the Velden Family Foundation paid for the study, the Open Rivers Initiative said.')).toEqual([
      'Open Rivers Initiative',
      'Velden Family Foundation',
    ]);
  });

  it('makes the name before "fighters" or "mercenaries" an armed group, unless it is a people', () => {
    expect(organizationsIn('The mine was guarded by Velkor mercenaries, and al-Sarim fighters attacked it on Monday.')).toEqual(['Velkor', 'al-Sarim']);
    expect(organizationsIn('Kurdish fighters and Tigrayan fighters held the hills.')).toEqual([]);
  });
});

describe('one sense per discourse, from the person to the word', () => {
  it('makes a word the tagger read alone as an organisation the official whose full name holds it', () => {
    const text =
      "Also named as suspects were the head of the regency's Roads and Bridges Agency (RBA), Rahmat Wiradana Siregar, and Budi Santoso Halim, " +
      'president director of contractor PT Karya Velmo. Budi is suspected of giving the bribe, while Herman and Rahmat are suspected of receiving it.';
    expect(organizationsIn(text)).not.toContain('Rahmat');
    expect(entitiesIn(text).some((e) => e.kind !== 'organization' && e.mentions.some((m) => m.text === 'Rahmat'))).toBe(true);
  });
});

describe('a word set off by what it is', () => {
  it('makes a word the apposition names as a body an organisation: "Velmi, the Clean Water Alliance,"', () => {
    expect(organizationsIn('The money came from Velmi, the Clean Water Alliance, which said it would fund the wells.')).toContain('Velmi');
    expect(kindOf('Jones, the team captain, said it was over.', 'Jones')).toBe('person');
  });

  it('reads a participle that opens a sentence before an office as no name: "Impeached President …"', () => {
    const text =
      "Velmora fires missiles as Ruritania grapples with crisis\n\nRuritania's acting President Anton Tarsi convened an emergency meeting of the " +
      'National Security Council. Impeached President Ivo Brant remains holed up in his residence, defying an arrest warrant.';
    expect(organizationsIn(text)).not.toContain('Impeached');
    expect(roleOf(text, 'Ivo Brant')).toEqual([['President', null]]);
  });

  it('splits the last two of a list begun with commas: "TVN24, TVP Info and Polsat News"', () => {
    for (const text of [
      'The exit poll for broadcasters KTV24, KTP Info and Velsat News showed a close race.',
      'The exit poll for broadcasters Kanal 9, Vesta Info and Velsat News showed a close race.',
    ]) {
      expect(organizationsIn(text)).toEqual(expect.arrayContaining(['Velsat News']));
      expect(organizationsIn(text).filter((name) => name.includes(' and '))).toEqual([]);
    }
  });
});

describe('a date alone', () => {
  it('is no name, though a name pattern took it for a person: "In January, Libyan militants …"', () => {
    const text = 'In January, Libyan militants loyal to the Red Hand attacked the coast.';
    expect(entitiesIn(text).map((e) => e.name)).toEqual(['Red Hand']);
    expect(kindOf('Prosecutors said June Marlow would testify.', 'June Marlow')).toBe('person');
  });
});

describe("a place's name with a club's last word", () => {
  it('is the club: "a trip to face Atlanta Athletic"', () => {
    expect(organizationsIn('Next up for Miami is a trip to face Atlanta Athletic on Wednesday.')).toEqual(['Atlanta Athletic']);
    expect(organizationsIn('The mayor of Mexico City met the governor of Kansas on Monday.')).toEqual([]);
  });
});

describe('initials in the possessive', () => {
  it('are the body that owns what follows: "The VCLU\'s Harbor County chapter"', () => {
    const text = "Lawmaker Rosa Trent said the map diluted the votes of Black residents. The VCLU's Harbor County chapter said it would sue.";
    expect(organizationsIn(text)).toContain('VCLU');
    expect(organizationsIn("The CEO's plan worried the UK's envoy.")).toEqual([]);
  });

  it('are an office where they stand for one: "Manhattan DA Alan Brigg" is a district attorney', () => {
    expectOfficial('Manhattan DA Alan Brigg said the case would go on.', 'Alan Brigg', ['Manhattan District Attorney']);
  });
});

describe("a party's name before a title", () => {
  it('is part of the title, and an organisation: "Communist Party General Secretary Ann Lee"', () => {
    const text = 'Lawmakers voted on Tuesday.\n\nCommunist Party General Secretary Ann Lee, the most powerful politician, spoke.';
    expect(roleOf(text, 'Ann Lee')).toEqual([['Communist Party General Secretary', null]]);
    expect(organizationsIn(text)).toEqual(['Communist Party']);
  });
});

describe('a name at the end of a sentence', () => {
  it('never runs into the next sentence', () => {
    const text = 'The mayor narrowly avoided a runoff against Ivars Kalnins. Kalnins, a former schoolteacher, told reporters he would appeal.';
    const names = entitiesIn(text).map((e) => e.name);
    expect(names).toContain('Ivars Kalnins');
    expect(names.filter((n) => /Kalnins\.? Kalnins/.test(n))).toEqual([]);
  });

  it('keeps an initial’s full stop inside a name, where compromise ends a sentence at it', () => {
    const text =
      'CRICKET - COUNTY SCORES.\nLONDON 1996-08-30\nChester-le-Street: Glamorgan 259 and 207 (A. Delmore 69, H. Morran 69; D. Blenkin 4-43), Durham 114.\n' +
      'Hove: Sussex 363 (W. Ashby 111, V. Drake 52; I. Austen 4-37), Lancashire 197-8 (W. Hegge 54)';
    expect(entitiesIn(text).map((e) => e.name)).toEqual(expect.arrayContaining(['A. Delmore', 'W. Ashby', 'H. Morran']));
  });
});
