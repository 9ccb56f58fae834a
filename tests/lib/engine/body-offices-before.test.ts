/**
 * Offices of named public bodies, and offices new to the lexicon, as regional news writes them, on
 * sentences of our own with invented names: an office of a body set off before the name ("The
 * speaker of the … Council (DPRD), Joko Sari, said"), a modifier before the head of an apposition
 * ("deputy head of …"), a government's own title set off by commas ("The State's Revenue Minister,
 * …,"), a regency's regent, a special rapporteur; and a body the story calls a private one.
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn } from './story';

/** The person's kind and roles ("official: deputy head of …"), or undefined where the story has no such person. */
function read(text: string, name: string): string | undefined {
  const found = entitiesIn(text).find((e) => e.name === name);
  return found && `${found.kind}: ${found.roles.map((r) => r.title).join('; ')}`;
}

describe('an office of a named public body, set off before the name', () => {
  it.each([
    [
      'The speaker of the Regional Legislative Council, Joko Sari, said the council would meet.',
      'Joko Sari',
      'official: speaker of the Regional Legislative Council',
    ],
    [
      'The speaker of the Lake Toba Regional Legislative Council (DPRD), Joko Sari, said the council would meet.',
      'Joko Sari',
      'official: speaker of the Lake Toba Regional Legislative Council',
    ],
    ['The chairman of the Budget Committee, Tomas Erdi, said the talks would go on.', 'Tomas Erdi', 'official: chairman of the Budget Committee'],
    [
      "Also named were the head of the regency's Public Works Agency, Rahmat Lubis, and a contractor.",
      'Rahmat Lubis',
      "official: head of the regency's Public Works Agency",
    ],
  ])('%s', (text, name, expected) => {
    expect(read(text, name)).toBe(expected);
  });

  it('reads no office where the words before the body are no title', () => {
    expect(read('The report of the Budget Committee, Tomas Erdi said, was late.', 'Tomas Erdi')).not.toMatch(/^official/);
  });
});

describe('offices after the name', () => {
  it('reads a head after a modifier: "deputy head of …"', () => {
    expect(read('Omar Selim, deputy head of the Plan and Budget Committee, said lawmakers wanted a plan.', 'Omar Selim')).toBe(
      'official: deputy head of the Plan and Budget Committee',
    );
  });

  it('reads a body of the government named by its possessive: "head of the regency’s Public Works Agency"', () => {
    expect(read("Rahmat Lubis, head of the regency's Public Works Agency, denied the charges.", 'Rahmat Lubis')).toBe(
      "official: head of the regency's Public Works Agency",
    );
  });

  it('reads no office in a body the story calls a private one: "…, a civil society network"', () => {
    expect(
      read('Ravi Koirala, chairman of the National Election Observation Committee (NEOC), a civil society network, said the vote was fair.', 'Ravi Koirala'),
    ).toBe('person: ');
    expect(read('Ravi Koirala, chairman of the National Election Commission (NEC), said the vote was fair.', 'Ravi Koirala')).toBe(
      'official: chairman of the National Election Commission',
    );
  });
});

describe("a government's own title, set off by commas", () => {
  it.each([
    ["The State's Revenue Minister, Tomas Erdi, said the talks would go on.", 'official: Revenue Minister'],
    ["The country's Revenue Minister, Tomas Erdi, said the talks would go on.", 'official: Revenue Minister'],
  ])('%s', (text, expected) => {
    expect(read(text, 'Tomas Erdi')).toBe(expected);
  });
});

describe('offices new to the lexicon', () => {
  it('reads a regency’s regent and deputy regent, the place before the title kept in it', () => {
    expect(read('Lake Toba Regent Hendra Wijaya was questioned by investigators on Monday.', 'Hendra Wijaya')).toBe('official: Lake Toba Regent');
    expect(read('The governor asked Deputy Regent Sari Lubis to run the regency.', 'Sari Lubis')).toBe('official: Deputy Regent');
  });

  it('reads a special rapporteur of a body', () => {
    expect(read('Lucia Ferrat, the U.N. special rapporteur on the right to water, said the response was slow.', 'Lucia Ferrat')).toBe(
      'official: U.N. special rapporteur',
    );
  });
});

describe('an office of "the committee", "the commission", a body the story named before', () => {
  it.each([
    ["The Public Accounts Committee met on Monday. The committee's chair, Ana Vidal, said the audit was late.", 'official: chair'],
    ["Parliament's Standing Committee on Scrutiny met on Monday. The committee chairman, Ana Vidal, said the audit was late.", 'official: committee chairman'],
    ["The General Elections Commission (KPE) defended the count. The KPE's chairman, Ana Vidal, told the court the count was fair.", 'official: chairman'],
  ])('is a public office: %s', (text, expected) => {
    expect(read(text, 'Ana Vidal')).toBe(expected);
  });

  it.each([
    // No committee named before: whose committee is unknown.
    "The committee's chair, Ana Vidal, said the audit was late.",
    // A company's committee, and a private body's initials.
    'The Audit Committee of Kalomir Holdings met on Monday. The committee chairman, Ana Vidal, said the audit was late.',
    "The Kalomir Workers Union (KWU) defended the count. The KWU's chairman, Ana Vidal, told the court the count was fair.",
  ])('is none where the body is unnamed or private: %s', (text) => {
    expect(read(text, 'Ana Vidal')).toBe('person: ');
  });
});

describe('an office of "its", a public body the sentence named before', () => {
  it('is a public office: the committee named, its chairman', () => {
    expect(read('The Seimas Committee on National Defence (NSGK) will hear the minister on Monday, its chairman Tomas Kiela said.', 'Tomas Kiela')).toBe(
      'official: chairman',
    );
  });

  it.each([
    // "its" is the company's, named between.
    'The Senate Committee fined Kalomir Holdings on Monday, its chairman Tomas Kiela said.',
    // A company's committee.
    'The Audit Committee of Kalomir Holdings met on Monday, its chairman Tomas Kiela said.',
  ])('is none where the body is a private one: %s', (text) => {
    expect(read(text, 'Tomas Kiela')).toBe('person: ');
  });
});
