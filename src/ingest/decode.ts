// Turning a seed file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030.

/** An unreadable seed; the message names the file so the build can report it without a stack trace. */
export class SeedError extends Error {
  file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

const CJK = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/g;

/** Share of characters that are control characters other than tab/newline: high means binary. */
function controlShare(text: string): number {
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return text.length ? bad / text.length : 0;
}

/** Decodes a seed, throwing SeedError for empty, binary or undecodable files. */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new SeedError(file, 'file is empty');
  let text: string | null = null;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = strictDecode('utf-8', bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = strictDecode('utf-16le', bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = strictDecode('utf-16be', bytes.subarray(2));
  } else {
    text = strictDecode('utf-8', bytes);
    if (text === null) {
      const gb = strictDecode('gb18030', bytes);
      // GB18030 decodes almost any byte string; accept it only when it reads as Chinese text.
      if (gb !== null && (gb.match(CJK)?.length ?? 0) > gb.length * 0.2) text = gb;
    }
  }
  if (text === null) throw new SeedError(file, 'not readable as UTF-8, UTF-16 or GB18030 text');
  // UTF-16 text is full of zero bytes; there only the decoded characters can tell binary from text.
  if ((!utf16 && bytes.includes(0)) || controlShare(text) > 0.01) throw new SeedError(file, 'looks like a binary file, not plan text');
  if (text.trim() === '') throw new SeedError(file, 'file holds only whitespace');
  return text;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
