import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../lib/engine/clean';
import { seedText } from '../../seeds';

describe('cleanArticle', () => {
  it('drops menus, the author bio and the "You may also like" rail', () => {
    const { text } = cleanArticle(seedText('001'));
    expect(text).not.toContain('Connect with us');
    expect(text).not.toContain('what are you looking for');
    expect(text).not.toContain('2,400 staff');
    expect(text).not.toContain('Steve Carell');
    expect(text).not.toContain('Microsoft');
    expect(text).toContain('Kelly arrived in Mexico Wednesday');
  });

  it('keeps an article pasted twice, once straight and once with curly quotes, once', () => {
    const { text } = cleanArticle(seedText('001'));
    expect(text.match(/Kelly arrived in Mexico Wednesday/g)).toHaveLength(1);
    expect(text.match(/second official trip to Mexico/g)).toHaveLength(1);
  });

  it('keeps a caption printed twice once, without its photo credit', () => {
    const { text, credits } = cleanArticle(seedText('000'));
    expect(text.match(/at Los Pinos presidential residence/g)).toHaveLength(1);
    expect(text).not.toContain('PHOTO: AFP');
    expect(credits).toContain('PHOTO: AFP');
  });

  it('cuts photo credits and reporting credits but keeps the caption', () => {
    const reuters = cleanArticle(seedText('003'));
    expect(reuters.text).toContain('U.S. Defense Secretary James Mattis waits to welcome');
    expect(reuters.text).not.toContain('Yuri Gripas');
    expect(reuters.text).not.toContain('Reporting by');
    const aljazeera = cleanArticle(seedText('004'));
    expect(aljazeera.text).not.toMatch(/Becerril|Garrido|Loren Elliott/);
    expect(aljazeera.text).toContain('at the Justice Department in Washington, DC');
  });

  it('drops lists of responsive-layout class names and blog furniture', () => {
    expect(cleanArticle(seedText('003')).text).not.toMatch(/browser-and-phone|portrait-tablet/);
    expect(cleanArticle(seedText('002')).text).not.toMatch(/BLOG ARCHIVE|No comments/);
  });

  it('cleans the same shapes in text it has never seen', () => {
    const raw = [
      'Skip to content',
      'Sign in',
      'Brazil’s finance minister resigns',
      '',
      'BRASILIA (Reuters) - Brazilian Finance Minister Joaquim Levy resigned on Friday.',
      'A caption about the ministry.Photo: Ueslei Marcelino/Reuters',
      'A caption about the ministry.',
      '• small-screen-and-below',
      'Related stories',
      'Lionel Messi signs a new contract.',
    ].join('\r\n');
    const { text } = cleanArticle(raw);
    expect(text.split('\n\n')).toEqual([
      'Brazil’s finance minister resigns',
      'BRASILIA (Reuters) - Brazilian Finance Minister Joaquim Levy resigned on Friday.',
      'A caption about the ministry.',
    ]);
  });

  it.each(['Jane Marlow · Harbour News · Posted: Mar 14, 2025', 'By Tom Quill | Updated March 3, 2024, 9:14 AM', 'Posted Wed 26 Mar 2025 at 5:12pm'])(
    'drops a line of particulars, its author and outlet with it: %s',
    (line) => {
      const story = 'Talks resume in Lima\n\n' + line + '\n\nLIMA - Ministers met on Friday to resume talks on the border treaty, officials said.';
      const { text } = cleanArticle(story);
      expect(text).not.toContain(line.slice(0, 12));
      expect(text).toContain('Ministers met on Friday');
    },
  );

  it('drops a comment counter above the story as one line, not the story after it', () => {
    const raw = [
      'Ministers agree new budget',
      '',
      '0 Comments',
      '',
      'LIMA (Reuters) - Peru’s cabinet approved a new budget on Monday after weeks of talks.',
    ].join('\n');
    expect(cleanArticle(raw).text.split('\n\n')).toEqual([
      'Ministers agree new budget',
      'LIMA (Reuters) - Peru’s cabinet approved a new budget on Monday after weeks of talks.',
    ]);
  });

  it('drops a related-stories heading above the story as one line, and the rail after the story', () => {
    const story = 'ACCRA (AFP) - Ghana’s parliament approved the new electoral law on Thursday after a long debate.';
    const above = cleanArticle(['Related stories', story].join('\n')).text;
    expect(above).toBe(story);
    const below = cleanArticle([story, 'You may also like', 'A singer announces a world tour.'].join('\n')).text;
    expect(below).toBe(story);
  });

  it('drops a rail of related stories inside the story, and keeps the story after it', () => {
    const first = 'EDMONTON - The premier promised on Monday to cut emergency room waits by a quarter within two years.';
    const after = 'Karin Olaf, president of the nurses’ union, said more than 1,500 registered nurse positions remain vacant across the province this winter.';
    const text = cleanArticle(
      [first, '', 'RELATED STORIES', 'Hospitals see record volumes over the holidays', 'Why the overhaul is taking longer', '', after].join('\n'),
    ).text;
    expect(text).toBe(`${first}\n\n${after}`);
  });

  it('drops widgets strung on one line, and keeps a sentence that says "scroll"', () => {
    const story = 'HARARE - The central bank launched gold-backed savings certificates on Monday, its governor said.';
    const prose = 'Residents had to scroll through long lists to find their polling station, the commission said.';
    expect(cleanArticle(['Advertisement · Scroll to continue', story, prose].join('\n')).text).toBe(`${story}\n\n${prose}`);
  });

  it('drops widget labels and editors’ sign-offs', () => {
    const { text } = cleanArticle(
      ['NOW: 68°', 'HIGH 74°', 'WATCH:', 'Lawmakers approve a new map for the state’s congressional districts.', 'ljs/rox'].join('\n'),
    );
    expect(text).toBe('Lawmakers approve a new map for the state’s congressional districts.');
  });

  it('cuts the photo and reporting credits of other outlets, and keeps their captions', () => {
    const raw = [
      'The governor at a news conference on Tuesday.Credit...Jane Roe for The New York Times',
      'Image source, Getty Images',
      'Image caption, The inquiry will be led by the police watchdog',
      '(AP Photo/Rick Doe, File)',
      'PHOTO | FILE | NATION MEDIA GROUP The president at the state residence.',
      'ST PHOTO: KIM LEE',
      'Associated Press writers Ana Cruz in Lima and Bo Lin in Cusco contributed to this report.',
      'Ted Moss contributed reporting.',
      '(With inputs from PTI)',
    ].join('\n');
    const { text, credits } = cleanArticle(raw);
    expect(text.split('\n\n')).toEqual([
      'The governor at a news conference on Tuesday.',
      'The inquiry will be led by the police watchdog',
      'The president at the state residence.',
    ]);
    expect(credits).toEqual(expect.arrayContaining(['Credit...Jane Roe for The New York Times', '(With inputs from PTI)', 'ST PHOTO: KIM LEE']));
  });

  it('cuts a credit with no mark after "Credit", and a photographer with an outlet of any name, and keeps prose that says "credit"', () => {
    const raw = [
      'Rescuers at the river bank on Monday.',
      'Credit Tomas Vell/Agence Presse Nordique — Getty Images',
      'Farmers gather outside the ministry. Lena Oska/Daily Courier of Ruritania',
      'Credit Norvane said on Friday that lending had slowed, and credit for the idea went to its chief.',
    ].join('\n');
    const { text, credits } = cleanArticle(raw);
    expect(text.split('\n\n')).toEqual([
      'Rescuers at the river bank on Monday.',
      'Farmers gather outside the ministry.',
      'Credit Norvane said on Friday that lending had slowed, and credit for the idea went to its chief.',
    ]);
    expect(credits).toEqual(expect.arrayContaining(['Credit Tomas Vell/Agence Presse Nordique — Getty Images', 'Lena Oska/Daily Courier of Ruritania']));
  });
});

describe('lines and brackets that credit or date the story', () => {
  it('drops a publication line with its outlet, and a bracketed photo credit, and keeps a sentence that says "published"', () => {
    const raw = [
      'The cargo ship broke up over the steppe on Thursday, the space agency said.(Ivo Kern/ Northern Space Agency Press Service photo via AP)',
      'Published in 2016, the report found that the safety net covered half of what families needed, and it was cited by lawmakers for years afterwards.',
      'LedgerMoney (Port Talis) First published February 1, 2016: 1:28 AM ET',
    ].join('\n');
    const { text } = cleanArticle(raw);
    expect(text.split('\n\n')).toEqual([
      'The cargo ship broke up over the steppe on Thursday, the space agency said.',
      'Published in 2016, the report found that the safety net covered half of what families needed, and it was cited by lawmakers for years afterwards.',
    ]);
  });
});

describe('the furniture of a wire story and a paper’s byline', () => {
  it('cuts a photograph’s credit with its file mark and the link to buy its rights, and keeps the caption', () => {
    const { text, credits } = cleanArticle(
      'Ranchers clear land\n\nA cleared plot near Vila Nova, Brazil, May 3, 2024. REUTERS/Joana Prado/File Photo Purchase Licensing Rights\n\nThe minister said the plan would go ahead.',
    );
    expect(text).toContain('A cleared plot near Vila Nova, Brazil, May 3, 2024.');
    expect(text).not.toContain('Licensing');
    expect(credits).toEqual(['REUTERS/Joana Prado/File Photo Purchase Licensing Rights']);
  });

  it('cuts a "Photograph:" credit, and drops the outlet’s standards line and a byline’s desk', () => {
    const { text } = cleanArticle(
      'Hospitals get guards\n\nNiamh Roe\nHealth Correspondent\n\nThe emergency department in Sligo. Photograph: Ann Doyle/The Western Daily\n\nThe minister said guards would start in March.\n\nOur Standards: The Western Daily Editorial Code.',
    );
    expect(text).not.toContain('Health Correspondent');
    expect(text).not.toContain('Ann Doyle');
    expect(text).not.toContain('Our Standards');
    expect(text).toContain('The emergency department in Sligo.');
    expect(text).toContain('guards would start in March');
  });
});
