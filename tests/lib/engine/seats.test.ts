/** Seats in a legislature and titles in other languages' words, on sentences of our own with invented names. */
import { describe, expect, it } from 'vitest';
import { entitiesIn, expectOfficial, roleOf } from './story';

describe('a seat in a legislature after a name', () => {
  it('is read from "a member of" a legislature, with the country its owner or its own name gives', () => {
    expect(roleOf('Dara Pell, a member of parliament, blamed both sides.', 'Dara Pell')).toEqual([['member of parliament', null]]);
    expect(roleOf("Lina Qadri, a member of Jordan's House of Representatives from the Islamic Action Front, blamed both sides.", 'Lina Qadri')).toEqual([
      ["member of Jordan's House of Representatives", 'Jordan'],
    ]);
    expect(roleOf('Hanne Roth, a member of the Bundestag, called on the minister to resign.', 'Hanne Roth')).toEqual([['member of the Bundestag', 'Germany']]);
  });

  it('is read after a first apposition joined by "and"', () => {
    expect(roleOf('Hanne Roth, the co-leader of the Green Alliance and a member of the Bundestag, called on the minister to resign.', 'Hanne Roth')).toEqual([
      ['member of the Bundestag', 'Germany'],
    ]);
  });

  it('is no seat where the body is no legislature', () => {
    const found = entitiesIn('Omar Tazi, a member of the Rotary Club, said the fair would go ahead.').find((e) => e.name === 'Omar Tazi');
    expect(found?.kind).toBe('person');
  });

  it('ends a legislator’s title before the constituency it names after "for", which may place it', () => {
    expect(roleOf('Ruth Calder, the Labour MP for Leeds North, said the plan was late.', 'Ruth Calder')).toEqual([['Labour MP', 'UK']]);
  });

  it('reads a party named with its initials in brackets before a legislator’s head', () => {
    expect(roleOf('Jonas Feld, a Free Citizens Party (FCP) lawmaker, said the committee would meet.', 'Jonas Feld')?.[0]?.[0]).toMatch(/lawmaker$/);
  });
});

describe('titles in the words of the country that has them', () => {
  it('reads the Irish deputy prime minister’s title as written, with its accent', () => {
    expectOfficial('Tánaiste Colm Brannigan said the Government would act.', 'Colm Brannigan', ['Tánaiste']);
  });

  it("reads a Polish province's governor", () => {
    expectOfficial("Lubelskie's voivode, Ola Mrozek, said her office would review the projects.", 'Ola Mrozek', ['voivode']);
  });
});

describe('a word no lexicon knows before a head only public office has', () => {
  it('is the office’s province or force', () => {
    expectOfficial('Manila officials met. Tarvela Gov. Rosa Ilagan on Tuesday denied any role in the contract.', 'Rosa Ilagan', ['Tarvela Governor']);
    expectOfficial('Officials met. Gardia Commissioner Sean Kerrigan said officers would be redeployed.', 'Sean Kerrigan', ['Gardia Commissioner']);
  });

  it('makes no office of a head a company has too', () => {
    const found = entitiesIn('Officials met. Zentrix Chairman Tom Lavelle said the deal was off.').find((e) => e.name === 'Tom Lavelle');
    expect(found?.kind).toBe('person');
  });
});

describe('a capitalised title set off before a name', () => {
  it('may open with a lower-case word of office after "the"', () => {
    expectOfficial('The federal Health Minister, Nadia Pryce, rejected the claim on Monday.', 'Nadia Pryce', ['federal Health Minister']);
  });
});

describe('an intergovernmental body or a public body’s initials before a head', () => {
  it('makes an office of an apposition: "the ECOWAS commissioner"', () => {
    expect(roleOf('"It matters," Kofi Mensah-Darko, the ECOWAS commissioner for trade, told reporters on Monday.', 'Kofi Mensah-Darko')).toEqual([
      ['ECOWAS commissioner', 'ECOWAS'],
    ]);
  });

  it('makes an office of a title after the initials a public body gives in brackets', () => {
    expectOfficial('The meeting was attended by Securities Oversight Commission (SOC) Chairman Ryu Jin-ho and others.', 'Ryu Jin-ho', ['SOC Chairman']);
  });

  it('makes none after the initials of a union of members', () => {
    const found = entitiesIn('The Kisumu Union of Teachers (KUT) Chairman Ali Omondi spoke on Monday.').find((e) => e.name === 'Ali Omondi');
    expect(found?.kind).toBe('person');
  });
});

describe('the chair of a legislature’s committee', () => {
  it('holds an office, titled with the committee named in lower case after its body', () => {
    expectOfficial('Ruth Avery, chair of the Treasury select committee, also signed the letter.', 'Ruth Avery', ['chair of the Treasury select committee']);
  });
});

describe('a lower-case title of two portfolios joined by "and"', () => {
  it('is read where it opens the sentence with a capital', () => {
    expectOfficial('Officials met on Monday. Police and crime commissioner Nora Pell said the scheme would work.', 'Nora Pell', [
      'police and crime commissioner',
    ]);
  });
});

describe('a portfolio the lexicon lacks, read by its shape', () => {
  it('is read after "of" and across "and", before or after the head', () => {
    expectOfficial('Tana wrote to the Minister of Sanitation and Energy, Lulu Dube, demanding a meeting.', 'Lulu Dube', ['Minister of Sanitation and Energy']);
    expectOfficial('She met Sanitation and Energy Minister Lulu Dube on Monday.', 'Lulu Dube', ['Sanitation and Energy Minister']);
  });

  it('is no public body’s word, which stays the body of the office: "Speaker of Parliament"', () => {
    expectOfficial('Speaker of Parliament Rita Okello presides over the sitting.', 'Rita Okello', ['Speaker of Parliament']);
  });
});

describe('a public body the story named by a short name after its kind', () => {
  it('makes an office of its name before a capitalised head', () => {
    expectOfficial('The environment agency Verdana said it had placed embargoes. Verdana President Lia Moura said agents had faced threats.', 'Lia Moura', [
      'Verdana President',
    ]);
  });
});
