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
});
