import { CDN_SCRIPT, embedSnippet, SECTION_TAGS, tagsFor } from './snippet';

/** The document inside the snippet's inline JSON script. */
const inlineJson = (html: string) => JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]);

describe('embed snippet', () => {
  it('holds the CDN script, the document inline in lbr-runtime and the tags of its sections', () => {
    const doc = { profile: { name: 'Ada', title: 'SRE', summary: '', bootLines: [], stats: [] }, decisions: [] };
    const html = embedSnippet(doc);
    expect(html.startsWith(`<script type="module" src="${CDN_SCRIPT}"></script>\n`)).toBe(true);
    expect(html).toContain('<lbr-runtime>\n  <script type="application/json">\n');
    expect(inlineJson(html)).toEqual(doc);
    expect(html.trimEnd().endsWith('</lbr-runtime>\n<lbr-system-boot></lbr-system-boot>\n<lbr-adr-viewer></lbr-adr-viewer>')).toBe(true);
  });

  it('keeps content from ending the script element, and JSON.parse still gives the same text', () => {
    const doc = { profile: { name: '</script><script>alert(1)</script>', title: '<!-- x', summary: 'a < b', bootLines: [], stats: [] } };
    const html = embedSnippet(doc);
    const inline = /<script type="application\/json">([\s\S]*?)\n  <\/script>/.exec(html)![1];
    expect(inline).not.toMatch(/<\/script|<!--|</i);
    expect(JSON.parse(inline)).toEqual(doc);
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the CDN script's and the inline document's own
  });

  it('gives a tag per section present, in page order, and every tag for a document with none', () => {
    expect(tagsFor({ recruiter: {}, logs: [] })).toEqual(['lbr-log-stream', 'lbr-recruiter-panel']);
    expect(tagsFor({ $schema: 'x' })).toEqual(SECTION_TAGS.map(([, tag]) => tag));
    expect(SECTION_TAGS).toHaveLength(9);
  });
});
