/**
 * Reading files as text: UTF-8 with or without a BOM, UTF-16 with a BOM, and Windows-1252 (whose
 * curly quotes are bytes 0x91–0x94) where the bytes are not UTF-8. CRLF and CR become LF. Empty and
 * binary files are refused as values, so callers can say which file and why.
 */
import type { Result } from '../shared/types';

export type UnreadableText = 'empty' | 'binary';

/** Windows-1252's bytes 0x80–0x9F, which Latin-1 leaves as control characters. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252, by hand: some runtimes' TextDecoder reads it as Latin-1 and loses the curly quotes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Whether decoded text is really binary: NUL characters, or many control characters. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let control = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if ((code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f') || ch === '\ufffd') control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Decodes a file's bytes as text, or says why it is not text. */
export function decodeText(bytes: Uint8Array): Result<string, UnreadableText> {
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasUtf16Bom && bytes.includes(0)) return { ok: false, error: 'binary' };
  const text = decodeBytes(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, error: 'empty' };
  if (looksBinary(text)) return { ok: false, error: 'binary' };
  return { ok: true, value: text };
}
