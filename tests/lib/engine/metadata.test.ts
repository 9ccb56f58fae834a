import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../lib/engine/clean';
import { formatPublished, readMetadata } from '../../../lib/engine/metadata';
import { seedText } from '../../seeds';

const meta = (raw: string) => readMetadata(cleanArticle(raw));

describe('readMetadata', () => {
  it('reads the title past the menus and the date line', () => {
    expect(meta(seedText('001')).title).toBe('US homeland security chief talks drug crackdown with Mexican president');
    expect(meta(seedText('002')).title).toBe("Drug Gangs Are Focus of Clinton's Mexico Visit");
    expect(meta(seedText('003')).title).toBe('U.S., Mexican security officials speak despite diplomatic rift');
  });

  it('names the agency from the dateline, the byline and the source line', () => {
    expect(meta(seedText('000')).source).toBe('AFP');
    expect(meta(seedText('001')).source).toBe('AFP');
    expect(meta(seedText('003')).source).toBe('Reuters');
    expect(meta(seedText('004')).source).toBe('Reuters');
  });

  it('names the agency a credit gives as the source', () => {
    expect(meta('Court orders probe\n\nNEW DELHI: The Supreme Court on Monday ordered a probe into the bonds.\n\n(With inputs from PTI)').source).toBe('PTI');
  });

  it('names no source where the text names none', () => {
    expect(meta(seedText('002')).source).toBeNull();
  });

  it('reads full dates', () => {
    expect(formatPublished(meta(seedText('002')).published)).toBe('2011-01-25');
    expect(meta(seedText('002')).published?.weekday).toBe('Tuesday');
    expect(formatPublished(meta(seedText('003')).published)).toBe('2017-02-08');
  });

  it('keeps a date without a year as far as it goes, and invents no year', () => {
    const published = meta(seedText('000')).published;
    expect(published).toMatchObject({ weekday: 'Wednesday', month: 7, day: 5 });
    expect(published?.year).toBeUndefined();
    expect(formatPublished(published)).toBe('--07-05');
  });

  it('gives no date where the text gives none', () => {
    expect(meta(seedText('001')).published).toBeNull();
    expect(meta(seedText('004')).published).toBeNull();
  });

  it('reads the same shapes from other outlets', () => {
    const m = meta('Monday, 3 March 2014\n\nUkraine crisis deepens\n\nKIEV (AP) — Ukrainian Prime Minister Arseniy Yatsenyuk said on Monday that …');
    expect(m).toMatchObject({ title: 'Ukraine crisis deepens', source: 'AP' });
    expect(formatPublished(m.published)).toBe('2014-03-03');
  });
});
