import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/engine/text-decode';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it('strips a UTF-8 BOM and turns CRLF and CR into LF', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Title\r\n\r\nBody\rmore'))).toEqual({ ok: true, value: 'Title\n\nBody\nmore' });
  });

  it('reads Windows-1252 curly quotes where the bytes are not UTF-8', () => {
    const result = decodeText(bytes('He said ', [0x93], 'no', [0x94], ' and Mexico', [0x92], 's president agreed.'));
    expect(result).toEqual({ ok: true, value: 'He said “no” and Mexico’s president agreed.' });
  });

  it('reads UTF-16 with a BOM', () => {
    const utf16 = [0xff, 0xfe, ...[...'Peña'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeText(Uint8Array.from(utf16))).toEqual({ ok: true, value: 'Peña' });
  });

  it('refuses empty and binary files', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(decodeText(bytes(' \n\t\n'))).toEqual({ ok: false, error: 'empty' });
    expect(decodeText(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ ok: false, error: 'binary' });
    expect(decodeText(Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 32 || 1))).toEqual({ ok: false, error: 'binary' });
  });
});
