/**
 * The streaming XML scanner gives the same tags and text however its input is cut into chunks: a tag, a comment,
 * a CDATA section or an entity cut anywhere by the unzipping is read as if it had come whole.
 */
import fc from "fast-check";
import { XmlScanner } from "../../../src/ports/file/shared/xlsx-read/xml-scanner";
import { decodeXml } from "../../../src/ports/file/shared/xlsx-read/xml-text";

type Event = ["open", string, string, boolean] | ["close", string] | ["text", string];

function scan(chunks: readonly string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, tag, selfClosing) => events.push(["open", name, tag, selfClosing]),
    close: (name) => events.push(["close", name]),
    text: (raw) => {
      // One text node may come in pieces: joined here, decoded once, as the reader's handlers do.
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += raw;
      else events.push(["text", raw]);
    },
  });
  for (const c of chunks) scanner.push(c);
  scanner.end();
  return events.map((e) => (e[0] === "text" ? ["text", decodeXml(e[1])] : e));
}

const name = fc.constantFrom("c", "v", "t", "row", "x:c", "si", "mergeCell");
const value = fc.constantFrom("A1", "a>b", "它's", '"q"', "", "&amp;&#x5F20;");
const attribute = fc.tuple(fc.constantFrom("r", "s", "t", "ref"), value).map(([k, v]) => (v.includes('"') ? `${k}='${v}'` : `${k}="${v}"`));
const text = fc.constantFrom("张家口", "a &lt; b", "&#24352;&#x5BB6;", " ", "\r\n", "x", "_x000D_");
const leaf = fc.oneof(
  text,
  fc.constantFrom("<!-- <c r=\"A1\"> -- -->", "<![CDATA[<a> & ]]>", "<?pi x?>"),
  fc.tuple(name, fc.array(attribute, { maxLength: 3 })).map(([n, attrs]) => `<${n}${attrs.map((a) => ` ${a}`).join("")}/>`),
);
const xml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.tuple(name, fc.array(attribute, { maxLength: 3 }), fc.array(tie("node"), { maxLength: 4 })).map(([n, attrs, kids]) => `<${n}${attrs.map((a) => ` ${a}`).join("")}>${kids.join("")}</${n}>`),
  ),
})).node;

function cut(s: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(s.slice(from, p));
    from = p;
  }
  out.push(s.slice(from));
  return out;
}

test("the same events whatever the chunk boundaries", () => {
  fc.assert(
    fc.property(fc.array(xml, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 30 }), (nodes, at) => {
      const doc = `<root>${nodes.join("")}</root>`;
      expect(scan(cut(doc, at))).toEqual(scan([doc]));
    }),
    { numRuns: 300 },
  );
});

test("namespace prefixes are dropped, quotes keep a > inside an attribute, CDATA is text as written", () => {
  expect(scan([`<x:c r="a>b"><![CDATA[<&>]]></x:c>`])).toEqual([
    ["open", "c", `<x:c r="a>b">`, false],
    ["text", "<&>"],
    ["close", "c"],
  ]);
});

test("markup left open at the end of a part is a damaged file", () => {
  expect(() => scan(["<a><b x=\"1"])).toThrow(expect.objectContaining({ key: "file.corrupt" }));
  expect(() => scan(["<a><!-- never closed"])).toThrow(expect.objectContaining({ key: "file.corrupt" }));
});

test("a short comment or processing instruction at the very end of a part is read, not taken for a cut", () => {
  expect(scan(["<a/><!---->", "<?b?>"])).toEqual([
    ["open", "a", "<a/>", true],
    ["close", "a"],
  ]);
});
