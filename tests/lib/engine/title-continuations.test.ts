/**
 * What a title may go on to after its head, on sentences of our own with invented names: the area
 * an office serves after "for" ("Regional Director for Africa"), the public body it sits in after
 * "in the" ("Leader of the Opposition in the … Assembly"), and a portfolio in brackets ("Joint
 * Secretary (Disaster Management)"). None of these words joins the name after the title.
 */
import { describe, expect, it } from 'vitest';
import { entitiesIn } from './story';

/** The person's kind and roles ("official: …"), or undefined where the story has no such person. */
function read(text: string, name: string): string | undefined {
  const found = entitiesIn(text).find((e) => e.name === name);
  return found && `${found.kind}: ${found.roles.map((r) => r.title).join('; ')}`;
}

const names = (text: string) => entitiesIn(text).map((e) => e.name);

describe('the area an office serves, after "for"', () => {
  it('ends a capitalised title with a region of the world, which does not join the name', () => {
    const text = 'WHO Regional Director for Africa Kofi Asamoah said the outbreak was contained.';
    expect(read(text, 'Kofi Asamoah')).toBe('official: WHO Regional Director for Africa');
    expect(names(text)).not.toContain('Africa Kofi Asamoah');
  });

  it('ends a capitalised title with a country', () => {
    expect(read('Special Envoy for Syria Karl Brenning said talks would resume.', 'Karl Brenning')).toBe('official: Special Envoy for Syria');
  });

  it.each([
    ["The IMF's mission chief for Egypt, Ivanna Dobrova, said talks would resume.", 'official: mission chief for Egypt'],
    ["The World Bank's country director for Kenya, Ivanna Dobrova, said the loan was approved.", 'official: country director for Kenya'],
  ])('reads a lower-case office for a country, owned by a public body: %s', (text, expected) => {
    expect(read(text, 'Ivanna Dobrova')).toBe(expected);
  });

  it('reads no office where a company owns the title', () => {
    expect(read("Plumbly's sales director for Asia, Ivanna Dobrova, said orders rose.", 'Ivanna Dobrova')).toBe('person: ');
  });
});

describe('the public body an office sits in, after "in the"', () => {
  it('reads the title across "in the" to the body, and the name after it', () => {
    const text = 'Leader of the Opposition in the Marwar Legislative Assembly Debesh Sarmah said the plan had failed.';
    expect(read(text, 'Debesh Sarmah')).toBe('official: Leader of the Opposition in the Marwar Legislative Assembly');
    expect(names(text)).toContain('Marwar Legislative Assembly');
  });

  it('reads no body where the words after "in the" name none', () => {
    const text = 'Deputy Minister in the Early Hours Team Debesh Sarmah said the plan had failed.';
    const titles = entitiesIn(text).flatMap((e) => e.roles.map((r) => r.title));
    expect(titles.filter((t) => t.includes('Early Hours'))).toEqual([]);
  });
});

describe('a portfolio in brackets after the head', () => {
  it('stays in the title and names no one', () => {
    const text = 'Joint Secretary (Disaster Management) in the Home Ministry Karan Mehrotra said the teams were ready.';
    expect(read(text, 'Karan Mehrotra')).toBe('official: Joint Secretary (Disaster Management) in the Home Ministry');
    expect(names(text)).not.toContain('Disaster Management');
  });

  it('leaves an office’s name in another language, in brackets, as a name', () => {
    const text = 'The Office of the Auditor General (Vestrevisjonen) said the accounts were late.';
    expect(names(text).join(' | ')).not.toMatch(/\(Vestrevisjonen\)/);
  });
});
