/**
 * Reads a DOCX for tests: unzips it (JSZip, the `docx` library's own dependency), parses each XML
 * part with a strict parser (xml-js over sax, which throws on malformed XML), and lists the body's
 * paragraphs with their style and text, in order.
 */
import JSZip from 'jszip';
import { xml2js, type Element } from 'xml-js';

/** Characters XML 1.0 forbids (a strict reader refuses the file; sax lets some through). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u; // eslint-disable-line no-control-regex

export interface DocxParagraph {
  /** The paragraph style's id (`Heading1`…), null for the default. */
  style: string | null;
  text: string;
  /** Whether the paragraph is a list item (it carries numbering). */
  listItem: boolean;
}

export interface DocxContent {
  /** The package's part names. */
  parts: string[];
  /** A part's text, as stored. */
  xml(part: string): string;
  /** A part's parsed tree (throws if it is not well-formed). */
  tree(part: string): Element;
  /** The body's paragraphs in order, table cells included. */
  paragraphs: DocxParagraph[];
  /** The body's tables: rows of cell texts, and whether the first row repeats as a header. */
  tables: { header: boolean; rows: string[][] }[];
}

export function children(element: Element, name?: string): Element[] {
  return (element.elements ?? []).filter((e) => e.type === 'element' && (name === undefined || e.name === name));
}

export function descendants(element: Element, name: string): Element[] {
  return children(element).flatMap((e) => [...(e.name === name ? [e] : []), ...descendants(e, name)]);
}

/** The text of an element: its `w:t` runs, `w:br` as a line break, `w:tab` as a tab. */
export function textOf(element: Element): string {
  return children(element)
    .map((e) => {
      if (e.name === 'w:t') return (e.elements ?? []).map((t) => String(t.text ?? '')).join('');
      if (e.name === 'w:br') return '\n';
      if (e.name === 'w:tab') return '\t';
      return textOf(e);
    })
    .join('');
}

function parse(xml: string, part: string): Element {
  if (XML_FORBIDDEN.test(xml)) throw new Error(`${part}: a character XML 1.0 forbids`);
  const root = xml2js(xml, { compact: false }) as Element;
  const top = children(root);
  if (top.length !== 1) throw new Error(`${part}: ${top.length} root elements`);
  return top[0]!;
}

export async function readDocx(bytes: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const texts = new Map<string, string>();
  for (const name of parts) if (/\.(xml|rels)$/.test(name)) texts.set(name, await zip.files[name]!.async('string'));
  // Every XML part must be well-formed, not only the ones a test looks at.
  const trees = new Map([...texts].map(([name, xml]) => [name, parse(xml, name)]));
  const tree = (part: string) => {
    const found = trees.get(part);
    if (!found) throw new Error(`${part} is not in the package`);
    return found;
  };
  const body = children(tree('word/document.xml'), 'w:body')[0]!;
  const paragraphs = descendants(body, 'w:p').map((p) => {
    const properties = children(p, 'w:pPr')[0];
    const style = properties ? children(properties, 'w:pStyle')[0]?.attributes?.['w:val'] : undefined;
    return {
      style: style === undefined ? null : String(style),
      text: children(p, 'w:r')
        .map((r) => textOf(r))
        .join(''),
      listItem: properties ? children(properties, 'w:numPr').length > 0 : false,
    };
  });
  const tables = descendants(body, 'w:tbl').map((t) => {
    const rows = children(t, 'w:tr');
    const first = rows[0] && children(rows[0], 'w:trPr')[0];
    return {
      header: first ? children(first, 'w:tblHeader').length > 0 : false,
      rows: rows.map((r) => children(r, 'w:tc').map((c) => children(c, 'w:p').map(textOf).join('\n'))),
    };
  });
  return {
    parts,
    xml: (part) => texts.get(part) ?? '',
    tree,
    paragraphs,
    tables,
  };
}

/** The headings of a DOCX, in order, as `Heading1: text`. */
export function docxHeadings(content: DocxContent): string[] {
  return content.paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}: ${p.text}`);
}
