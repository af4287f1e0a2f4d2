import { parser } from '@lezer/json';
import { demoContent } from '../data/demo';
import { validateContent } from '../data/validate';
import { formatKeys, locate, parsePath, pathAt, problemRange, syntaxErrorAt } from './json-paths';

const tree = (text: string) => parser.parse(text);
const sliceOf = (text: string) => (a: number, b: number) => text.slice(a, b);
/** The text a problem at `path` underlines. */
const underlined = (text: string, path: string) => {
  const r = problemRange(tree(text), parsePath(path), sliceOf(text));
  return r && text.slice(r.from, r.to);
};

describe('field paths', () => {
  it('parses and formats the validator format both ways', () => {
    expect(parsePath('decisions[0].status')).toEqual(['decisions', 0, 'status']);
    expect(parsePath('outage.scenarios[12].steps[0].options[3].label')).toEqual(['outage', 'scenarios', 12, 'steps', 0, 'options', 3, 'label']);
    expect(parsePath('(document)')).toEqual([]);
    expect(parsePath('$schema')).toEqual(['$schema']);
    for (const p of ['decisions[0].status', 'topology.requestPath[2]', 'profile', '(document)']) expect(formatKeys(parsePath(p))).toBe(p);
  });

  it('finds a path in the text, the last of duplicated keys as JSON.parse does', () => {
    const text = '{"decisions": [{"id": "A"}, {"id": "B", "status": "bogus"}], "logs": [], "logs": [1]}';
    const slice = sliceOf(text);
    const at = locate(tree(text), ['decisions', 1, 'status'], slice)!;
    expect(at.found).toBe(true);
    expect(slice(at.node.from, at.node.to)).toBe('"bogus"');
    expect(slice(locate(tree(text), ['logs'], slice)!.node.from, locate(tree(text), ['logs'], slice)!.node.to)).toBe('[1]');
    const missing = locate(tree(text), ['decisions', 0, 'title'], slice)!;
    expect(missing.found).toBe(false);
    expect(slice(missing.node.from, missing.node.to)).toBe('{"id": "A"}');
  });

  it('underlines a scalar member whole, a container by its name, an array item itself', () => {
    const text = '{\n  "decisions": [\n    {\n      "id": "A",\n      "status": "bogus"\n    }\n  ],\n  "topology": {\n    "requestPath": ["gw", 7]\n  }\n}';
    expect(underlined(text, 'decisions[0].status')).toBe('"status": "bogus"');
    expect(underlined(text, 'decisions[0].title')).toBe('{'); // missing: the first line of its object
    expect(underlined(text, 'topology')).toBe('"topology"');
    expect(underlined(text, 'topology.layers')).toBe('"topology"');
    expect(underlined(text, 'topology.requestPath[1]')).toBe('7');
    expect(underlined(text, '(document)')).toBe('{');
  });

  it('locates every problem the kit’s validator reports in a broken demo document', async () => {
    const doc: any = JSON.parse(JSON.stringify(demoContent));
    doc.decisions[0].status = 'bogus';
    doc.logs[2].year = 'last year';
    doc.profile.stats[1].extra = true;
    doc.topology.requestPath.push('nowhere');
    doc.outage.scenarios[7].steps[0].options[1].outcome = 'maybe';
    const text = JSON.stringify(doc, null, 2);
    const result = await validateContent(doc);
    if (result.ok) throw new Error('expected problems');
    const hop = `topology.requestPath[${doc.topology.requestPath.length - 1}]`;
    expect(result.errors.map(e => e.path).sort()).toEqual(
      ['decisions[0].status', 'logs[2].year', 'outage.scenarios[7].steps[0].options[1].outcome', 'profile.stats[1].extra', hop].sort(),
    );
    const shown = result.errors.map(e => underlined(text, e.path));
    expect(shown).toEqual(expect.arrayContaining(['"status": "bogus"', '"year": "last year"', '"extra": true', '"nowhere"', '"outcome": "maybe"']));
  });

  it('tells the path at a position: in a value, on a name, in an array', () => {
    const text = '{"profile": {"name": "Ada", "stats": [{"label": "x"}]}}';
    const at = (needle: string, offset = 1) => formatKeys(pathAt(tree(text), text.indexOf(needle) + offset, sliceOf(text)));
    expect(at('"Ada"')).toBe('profile.name');
    expect(at('"name"')).toBe('profile.name');
    expect(at('"label"')).toBe('profile.stats[0].label');
    expect(at('{"label"')).toBe('profile.stats[0]');
    expect(at('{"label"', 0)).toBe('profile.stats'); // before the brace: between items
    expect(formatKeys(pathAt(tree(text), 0, sliceOf(text)))).toBe('(document)');
  });

  it('places a JSON syntax error at the position V8 names, else at the parser’s first error', () => {
    const text = '{\n  "a": 1,\n  "b": tru\n}';
    let error: Error;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e as Error;
    }
    const at = syntaxErrorAt(tree(text), error!, text.length);
    expect(text.slice(at, at + 3)).toBe('tru');
    expect(syntaxErrorAt(tree('{"a": 1,}'), new Error('Unexpected token'), 9)).toBe(8);
  });
});
