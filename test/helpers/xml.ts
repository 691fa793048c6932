/** An XML element: name, attributes (entities decoded), child elements and text content. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.-]*/;

/**
 * A strict parser for the XML subset report formats use (a prolog, elements, attributes, text,
 * entities, no DTD, CDATA or comments): throws on anything malformed — a bare `&` or `<`, an
 * unknown entity, an unquoted or repeated attribute, mismatched tags, content after the root.
 */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`malformed XML at offset ${at}: ${what} near ${JSON.stringify(source.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at])) at++;
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&/g, (m, entity: string | undefined) => {
      if (entity === undefined) return fail('a bare &');
      if (/^#x[0-9a-f]+$/i.test(entity)) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (/^#\d+$/.test(entity)) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return ENTITIES[entity] ?? fail(`unknown entity ${m}`);
    });
  const name = (): string => {
    const m = NAME.exec(source.slice(at));
    if (!m) fail('a name');
    at += (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('<');
    at++;
    const el: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return el;
      }
      if (source[at] === '>') break;
      const key = name();
      if (key in el.attributes) fail(`attribute ${key} twice`);
      if (source[at] !== '=' || source[at + 1] !== '"') fail('="');
      const end = source.indexOf('"', at + 2);
      if (end < 0) fail('closing "');
      const raw = source.slice(at + 2, end);
      if (raw.includes('<')) fail('< in an attribute');
      el.attributes[key] = decode(raw);
      at = end + 1;
    }
    at++;
    for (;;) {
      const next = source.indexOf('<', at);
      if (next < 0) fail(`</${el.name}>`);
      el.text += decode(source.slice(at, next));
      at = next;
      if (source.startsWith('</', at)) {
        at += 2;
        if (name() !== el.name) fail(`</${el.name}>`);
        skipSpace();
        if (source[at] !== '>') fail('>');
        at++;
        if (el.children.length > 0) el.text = el.text.trim();
        return el;
      }
      el.children.push(element());
    }
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('?>');
    at = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== source.length) fail('end of document');
  return root;
}
