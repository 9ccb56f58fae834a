/** The words and dates every view shares: offices folded into one line, dates placed, acronyms spelt out, sources named. */
import { describe, expect, it } from 'vitest';
import { isPhotoCaption } from '../../../lib/shared/captions';
import { dateLabel, monthRangeLabel } from '../../../lib/shared/date-label';
import { documentHref, parseReaderFragment, readerFragment } from '../../../lib/shared/document-links';
import { placeDate } from '../../../lib/shared/date-place';
import { officeKey, rolesOverTime } from '../../../lib/shared/offices';
import { pageSource, titleSuffixSource, withoutTitleSuffix } from '../../../lib/shared/source-name';
import { count, fullName } from '../../../lib/shared/words';
import type { DocumentId } from '../../../lib/shared/types';

describe('offices', () => {
  it('knows one office by its head and portfolio words, whatever their order and case', () => {
    expect(officeKey('Secretary of Homeland Security')).toBe(officeKey('Homeland Security Secretary'));
    expect(officeKey('homeland security secretary')).toBe(officeKey('SECRETARY OF HOMELAND SECURITY'));
    expect(officeKey('Defence Secretary')).toBe(officeKey('Secretary of Defense'));
    expect(officeKey('Secretary of State')).not.toBe(officeKey('Secretary of Homeland Security'));
    expect(officeKey('Foreign Minister')).not.toBe(officeKey('Interior Minister'));
  });

  it('gives one line per office and country, oldest first (the one stated last after), an office stated without a country joining its one country', () => {
    const at = (documentId: string, iso: string | null) => ({ documentId: documentId as DocumentId, date: { iso, inferred: false } });
    const lines = rolesOverTime([
      { title: 'Homeland Security Secretary', country: 'US', ...at('c', '2017-07-05') },
      { title: 'Secretary of Homeland Security', country: 'US', ...at('a', '2017-02-08') },
      { title: 'secretary of homeland security', country: null, ...at('b', null) },
      { title: 'President', country: 'Mexico', ...at('d', '2011-01-25') },
      { title: 'President', country: 'US', ...at('e', '2017-02-08') },
    ]);
    expect(lines.map((l) => [l.title, l.country, l.from, l.to, l.documents, l.undated])).toEqual([
      ['President', 'Mexico', '2011-01-25', '2011-01-25', 1, 0],
      ['President', 'US', '2017-02-08', '2017-02-08', 1, 0],
      ['Secretary of Homeland Security', 'US', '2017-02-08', '2017-07-05', 3, 1],
    ]);
  });
});

describe('dates', () => {
  const wednesdayJuly5 = { month: 7, day: 5, weekday: 'Wednesday', text: 'Wednesday (July 5)' };

  it('places a date without a year in the year near its context whose day falls on its weekday', () => {
    expect(placeDate(wednesdayJuly5, ['2017-02-08'])).toEqual({ iso: '2017-07-05', inferred: true });
    expect(placeDate(wednesdayJuly5, ['2023-03-01'])).toEqual({ iso: '2023-07-05', inferred: true });
    // No context, or no year near it with a Wednesday 5 July: not placed, so it sorts last.
    expect(placeDate(wednesdayJuly5, [])).toEqual({ iso: null, inferred: false });
    expect(placeDate(wednesdayJuly5, ['2020-01-01'])).toEqual({ iso: null, inferred: false });
    expect(placeDate({ month: 7, day: 5, text: 'July 5' }, ['2017-02-08'])).toEqual({ iso: null, inferred: false });
    expect(placeDate({ year: 2011, month: 1, day: 25, text: '' }, [])).toEqual({ iso: '2011-01-25', inferred: false });
  });

  it('writes dates and spans of months the same way everywhere', () => {
    expect(dateLabel('2017-02-08')).toBe('8 Feb 2017');
    expect(dateLabel('--07-05')).toBe('5 Jul (year not given)');
    expect(dateLabel('2017-07-05', { inferred: true })).toBe('5 Jul 2017 (year inferred)');
    expect(dateLabel(null)).toBe('undated');
    expect(monthRangeLabel('2017-02-08', '2017-07-05')).toBe('Feb–Jul 2017');
    expect(monthRangeLabel('2016-12-01', '2017-02-08')).toBe('Dec 2016–Feb 2017');
    expect(monthRangeLabel('2017-02-01', '2017-02-28')).toBe('Feb 2017');
  });
});

describe('words', () => {
  it('spells out an acronym where the profile knows its full name', () => {
    expect(fullName('Group of 20', ['G-20', 'G20', 'Group of 20'])).toBe('Group of 20 (G-20)');
    expect(fullName('ECB', ['European Central Bank'])).toBe('European Central Bank (ECB)');
    expect(fullName('Alternative für Deutschland', ['AfD'])).toBe('Alternative für Deutschland (AfD)');
    expect(fullName('AFP', [])).toBe('AFP');
    expect(fullName('John F. Kelly', ['Kelly', 'Mr Kelly'])).toBe('John F. Kelly');
  });

  it('fits plurals to their number', () => {
    expect(count(1, 'mention')).toBe('1 mention');
    expect(count(13, 'mention')).toBe('13 mentions');
    expect(count(1, 'document')).toBe('1 document');
    expect(count(2, 'person', 'people')).toBe('2 people');
  });
});

describe('sources', () => {
  it('names a page’s source from its site name, then its title’s suffix, then its text', () => {
    expect(titleSuffixSource('Governor signs border bill as lawmakers clash | Continental Ledger')).toBe('Continental Ledger');
    expect(titleSuffixSource('Markets rally as oil prices fall - The Daily Courier')).toBe('The Daily Courier');
    expect(titleSuffixSource('Drug Gangs Are Focus of Clinton’s Mexico Visit')).toBeNull();
    expect(titleSuffixSource('Ukraine - what we know about the talks in Istanbul so far')).toBeNull();
    expect(withoutTitleSuffix('Governor signs border bill | Continental Ledger')).toBe('Governor signs border bill');
    expect(pageSource({ siteName: 'The Ledger', title: 'A | B' }, 'Reuters')).toBe('The Ledger');
    expect(pageSource({ siteName: null, title: 'Governor signs border bill | Continental Ledger' }, 'AP')).toBe('Continental Ledger');
    expect(pageSource({ title: 'Governor signs border bill' }, 'AP')).toBe('AP');
    expect(pageSource({}, null)).toBeNull();
  });
});

describe('links and captions', () => {
  it('opens a saved page at the mention’s sentence, and the reader page at the mention’s offsets', () => {
    const sentence =
      'In a telephone call, Mexican Interior Minister Miguel Angel Osorio Chong and U.S. Homeland Security Secretary John Kelly discussed security issues.';
    expect(documentHref('d', 'https://news.example/story', () => 'unused', { start: 5, end: 15, sentence })).toBe(
      'https://news.example/story#:~:text=In%20a%20telephone%20call%2C,Kelly%20discussed%20security%20issues.',
    );
    expect(documentHref('003_8ad13fabbb44149f', 'seeds/003.txt', (id, at) => `reader.html${readerFragment(id, at)}`, { start: 606, end: 616, sentence })).toBe(
      'reader.html#003_8ad13fabbb44149f@606-616',
    );
    expect(parseReaderFragment('#003_8ad13fabbb44149f@606-616')).toEqual({ documentId: '003_8ad13fabbb44149f', mention: { start: 606, end: 616 } });
    expect(parseReaderFragment('#web-apnews-com-x')).toEqual({ documentId: 'web-apnews-com-x', mention: null });
  });

  it('tells a photo caption from the story', () => {
    expect(isPhotoCaption('Mexican President Enrique Pena Nieto (left) talking with US Homeland Security Secretary John F. Kelly at Los Pinos.')).toBe(true);
    expect(isPhotoCaption('FILE PHOTO: U.S. Attorney General William Barr speaks in Washington.')).toBe(true);
    expect(isPhotoCaption('Mr Kelly arrived in Mexico on Wednesday for three days of high-level talks on trade and security.')).toBe(false);
    expect(isPhotoCaption('The vote was 52-48 (with two senators absent), the clerk said.')).toBe(false);
  });
});
