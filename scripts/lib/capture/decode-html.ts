/**
 * The text of a page from its bytes. A page says its encoding in its HTTP header or in a
 * `<meta charset>`; a page saved by a browser is often stored as UTF-8 while its `<meta>`
 * still names the encoding it was served in, so bytes that are valid UTF-8 are read as UTF-8
 * before the `<meta>` is believed.
 */

/** Bytes that start a file and say its encoding. */
const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** How far into a page a `<meta charset>` is looked for, as browsers do. */
const META_CHARSET_WINDOW = 1024;

/** A decoder for an encoding's label, or undefined when the label names none. */
function decoderFor(label: string | undefined, fatal = false): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return undefined;
  }
}

/** The encoding a `Content-Type` value names, e.g. "gb2312" in "text/html; charset=gb2312". */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/** Decodes a page: its byte order mark, the encoding its server named, UTF-8 when the bytes are UTF-8, its `<meta>`, else Windows-1252. */
export function decodeHtml(bytes: Uint8Array, declaredCharset?: string): string {
  const mark = BYTE_ORDER_MARKS.find(({ bytes: start }) => start.every((byte, index) => bytes[index] === byte));
  if (mark) return new TextDecoder(mark.encoding).decode(bytes);
  const declared = decoderFor(declaredCharset);
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_CHARSET_WINDOW));
    const named = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    return (decoderFor(named) ?? new TextDecoder('windows-1252')).decode(bytes);
  }
}
