// The characters of a saved web page: its byte-order mark, else the charset its <meta> declares (Chinese
// government sites still serve GB2312/GBK), else UTF-8, else GB18030.
import { SeedError } from '../decode.ts';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes an HTML file; throws SeedError when no encoding reads it. */
export function decodeHtml(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new SeedError(file, 'file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  // GB2312 and GBK pages routinely hold characters outside their set: read them as GB18030, the superset.
  const label = declared && /^(gb2312|gbk|x-gbk|gb_2312-80|cp936)$/.test(declared) ? 'gb18030' : declared;
  if (label) {
    const text = decodeWith(label, bytes, false);
    if (text !== null) return text;
  }
  const text = decodeWith('utf-8', bytes, true) ?? decodeWith('gb18030', bytes, true);
  if (text === null) throw new SeedError(file, 'not readable as an HTML page (unknown character encoding)');
  return text;
}
