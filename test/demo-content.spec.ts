/**
 * The second demo page's document (src/demo-content.json, copied to www): a
 * different engineer's content that users can copy. It must stay valid, and
 * it must fill every section, so that page shows no demo content.
 */
import { validateContent } from '../src/data/validate';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const doc = require('../src/demo-content.json');

describe('src/demo-content.json', () => {
  it('is a valid content document', async () => {
    const result = await validateContent(doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('points editors at the JSON Schema and fills every section, chrome included', () => {
    expect(doc.$schema).toMatch(/content\.schema\.json$/);
    expect(Object.keys(doc).filter(k => k !== '$schema').sort()).toEqual(
      ['decisions', 'incidents', 'logs', 'modules', 'outage', 'principles', 'profile', 'recruiter', 'sections', 'topology'],
    );
  });

  it('gives its own chrome to all nine sections', () => {
    expect(Object.keys(doc.sections).sort()).toEqual(['decisions', 'incidents', 'logs', 'modules', 'outage', 'principles', 'profile', 'recruiter', 'topology']);
  });
});
