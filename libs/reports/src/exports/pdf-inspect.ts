import { inflateSync } from 'node:zlib';

/**
 * Just enough of a PDF reader to check our own reports (pdfkit's output) in tests: the page count and the text.
 * It reads uncompressed or Flate streams, Identity-H fonts with a ToUnicode map, and the Tj/TJ operators; it is no
 * general PDF parser.
 */
interface PdfStream {
  id: string;
  dict: string;
  data: Buffer;
}

function streams(pdf: Buffer): PdfStream[] {
  const text = pdf.toString('latin1');
  const found: PdfStream[] = [];
  const pattern = /(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const length = Number(/\/Length (\d+)/.exec(match[2])?.[1] ?? -1);
    const start = match.index + match[0].length;
    const end = length >= 0 ? start + length : text.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    found.push({ id: match[1], dict: match[2], data: match[2].includes('/FlateDecode') ? inflateSync(raw) : raw });
    pattern.lastIndex = end;
  }
  return found;
}

/** The number of pages, from the page tree's /Count (checked against the page objects). */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((match) => Number(match[1]));
  const pages = text.match(/\/Type \/Page\s/g)?.length ?? 0;
  if (counts.length !== 1 || counts[0] !== pages) throw new Error(`Page tree says ${counts}, ${pages} page objects`);
  return pages;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (value: string) => parseInt(value, 16);
  const chars = (value: string) =>
    String.fromCharCode(...(value.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, from, to] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(from), chars(to));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, low, high, rest] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const targets = rest.startsWith('[') ? [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]) : null;
      for (let code = hex(low); code <= hex(high); code++) {
        if (targets) map.set(code, chars(targets[code - hex(low)]));
        else map.set(code, String.fromCharCode(hex(rest.slice(1, -1)) + code - hex(low)));
      }
    }
  return map;
}

/** The text shown by the pages' content streams, a line per text operator. */
export function pdfText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const all = streams(pdf);
  const byId = new Map(all.map((stream) => [stream.id, stream]));
  // Font resource names (pdfkit's are document-wide: F1, F2…) → their ToUnicode maps.
  const fonts = new Map<string, Map<number, string>>();
  for (const [, name, id] of text.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = new RegExp(`(?:^|\\n)${id} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? '';
    const cmapId = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
    const cmap = cmapId ? byId.get(cmapId) : undefined;
    if (cmap) fonts.set(name, toUnicodeMap(cmap.data.toString('latin1')));
  }
  const lines: string[] = [];
  for (const stream of all) {
    const content = stream.data.toString('latin1');
    if (!/\b(Tj|TJ)\b/.test(content) || stream.dict.includes('/Subtype')) continue;
    let font: Map<number, string> | undefined;
    const operators = /\/(F\d+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (const [, name, array, single] of content.matchAll(operators)) {
      if (name) {
        font = fonts.get(name);
        continue;
      }
      const hexes = array !== undefined ? [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [single];
      lines.push(
        hexes
          .map((hex) => (hex.match(/.{4}/g) ?? []).map((unit) => font?.get(parseInt(unit, 16)) ?? '\uFFFD').join(''))
          .join(''),
      );
    }
  }
  return lines.join('\n');
}
