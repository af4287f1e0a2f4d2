import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksToText, chosenOption, normaliseDate, normaliseStatus, numberFromUrl, parseAdr, plainInline, splitMarkdown, uniqueIds } from './adr-markdown';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const parse = (name: string, position = 1) => {
  const result = parseAdr(fixture(name), `https://example.com/docs/adr/${name.split('/').pop()}`, position);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result;
};
const fail = (name: string, source = `https://example.com/${name}`) => {
  const result = parseAdr(fixture(name), source);
  if (result.ok) throw new Error(`${name} parsed`);
  return result.errors;
};

describe('parseAdr: Nygard / adr-tools', () => {
  it('reads the adr-tools template as adr-tools writes it', () => {
    const { decision, format } = parse('nygard/0001-record-architecture-decisions.md');
    expect(format).toBe('nygard');
    expect(decision).toEqual({
      id: 'ADR-001',
      title: 'Record architecture decisions',
      status: 'accepted',
      date: '2024-03-04',
      context: 'We need to record the architectural decisions made on this project.',
      decision: 'We will use Architecture Decision Records, as described by Michael Nygard.',
      tradeoff: "See Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's adr-tools.",
      impact: '',
    });
  });

  it('keeps list items on their own lines, strips emphasis, code ticks and links, and reads an Impact section', () => {
    const { decision } = parse('nygard/0002-kafka-for-async-side-effects.md');
    expect(decision.id).toBe('ADR-002');
    expect(decision.status).toBe('accepted'); // "Supersedes [1. …]" is a link, not this record's status
    expect(decision.context).toBe(
      'Confirmation emails, ledger sync and analytics ran inside the booking request. A slow downstream (the mail provider, mostly) stalled checkout, and a failure there rolled back bookings that had already succeeded.',
    );
    expect(decision.decision).toBe(
      'Publish a BookingConfirmed event to Kafka after the transaction commits, and move every side effect into an idempotent consumer with retries and a dead-letter topic.',
    );
    expect(decision.tradeoff.split('\n')).toEqual([
      '• Side effects become eventually consistent: a confirmation email can arrive seconds late.',
      '• One more system to operate: consumer lag is now on the dashboard and pages on-call.',
      '• Checkout no longer depends on the mail provider; see the runbook.',
    ]);
    expect(decision.impact).toBe('Reliability improved by 25% with cleaner failure isolation.');
  });

  it('maps "Superseded by …" to superseded', () => {
    expect(parse('nygard/0003-optimistic-locking-superseded.md').decision.status).toBe('superseded');
  });

  it('reads CRLF files; an unknown status is proposed and a non-ISO date is left out', () => {
    const { decision } = parse('nygard/0005-crlf-draft-status.md');
    expect(decision.id).toBe('ADR-005');
    expect(decision.title).toBe('Shard the bookings table by tenant');
    expect(decision.status).toBe('proposed');
    expect(decision.date).toBeUndefined();
    expect(decision.decision).toBe('Shard bookings by tenant_id; keep cross-tenant reports on the read replica.');
  });
});

describe('parseAdr: MADR', () => {
  it('reads MADR 2 (status list, positive/negative consequences, drivers into the context)', () => {
    const { decision, format } = parse('madr/0006-read-through-cache-madr2.md');
    expect(format).toBe('madr');
    expect(decision.id).toBe('ADR-006'); // from the file name: MADR titles carry no number
    expect(decision.title).toBe('Read-through cache on hot read paths');
    expect(decision.status).toBe('accepted');
    expect(decision.date).toBe('2024-11-12');
    expect(decision.context).toBe(
      'High-volume read paths amplified slow queries and downstream waits. How do we keep p99 latency inside the SLO at peak without buying a bigger primary?\n\n' +
        'Decision drivers:\n• p99 latency at peak traffic\n• database load on the primary\n• staleness the product can accept (seconds, not minutes)',
    );
    expect(decision.decision).toBe(
      'Chosen option: "Read-through cache in Redis", because it is the only option that takes the hot queries off the primary entirely, with a staleness window we control.',
    );
    expect(decision.tradeoff).toBe(
      'Positive:\n• Hot reads served from memory; the primary only sees misses.\n• TTLs per route, tuned from the dashboard.\n\n' +
        'Negative:\n• Brief staleness windows after writes.\n• Invalidation to reason about on every write path.',
    );
    expect(decision.impact).toBe('');
  });

  it('reads MADR 4 (front matter, ### Consequences under the outcome; Confirmation is not the decision)', () => {
    const { decision } = parse('madr/0007-idempotency-keys-madr4.md');
    expect(decision).toMatchObject({
      id: 'ADR-007',
      title: 'Use idempotency keys on the booking API',
      status: 'accepted',
      date: '2025-02-10',
      decision:
        'Chosen option: "Idempotency-Key header stored with the response", because it makes every retry return the first response, and it is what payment APIs already taught clients to send.',
      tradeoff: '• Good, because retries are safe by construction\n• Bad, because keys and responses must be stored for 24 h',
    });
    expect(decision.context).toContain('Without a key, a retry after a slow commit creates a second booking.');
    expect(decision.decision).not.toContain('e2e test');
    expect(decision.context).not.toContain('optional element'); // HTML comments never reach the text
  });

  it('falls back to the chosen option\'s pros and cons, and reads "superseded by ADR-0009" from front matter', () => {
    const { decision } = parse('madr/0008-pros-and-cons-only.md');
    expect(decision.status).toBe('superseded');
    expect(decision.tradeoff).toBe('• Good, because one pull request per change\n• Bad, because CI has to learn which services a change touches');
  });

  it('numbers a record by its position when neither title nor file name does', () => {
    const text = fixture('madr/0007-idempotency-keys-madr4.md');
    const result = parseAdr(text, 'blob:http://localhost/5c1e2f3a-aaaa', 4);
    expect(result.ok && result.decision.id).toBe('ADR-004');
  });
});

describe('parseAdr: malformed files are refused with a reason', () => {
  it('no title', () => expect(fail('malformed/no-title.md')).toEqual([{ path: 'title', message: 'no "# Title" heading' }]));
  it('no decision', () =>
    expect(fail('malformed/no-decision.md')).toEqual([{ path: 'decision', message: 'no "## Decision" or "## Decision Outcome" section with text' }]));
  it('an HTML page (a 404 served as 200)', () => expect(fail('malformed/html-404.md')[0].message).toBe('expected markdown, got an HTML page'));
  it('an empty file', () => expect(fail('malformed/empty.md')[0].message).toBe('the file is empty'));
  it('front matter that never closes', () => expect(fail('malformed/unterminated-front-matter.md').map(e => e.path)).toContain('front matter'));
  it('JSON, not markdown', () => expect(parseAdr('{"decisions": []}').ok).toBe(false));
  it('a file too large to be an ADR', () => expect(parseAdr('# 1. x\n## Decision\n' + 'a'.repeat(600 * 1024)).ok).toBe(false));
});

describe('parseAdr: output is text, never markup', () => {
  it('drops tags and turns javascript: links into their text', () => {
    const { decision } = parse('hostile.md');
    expect(decision.title).toBe('Hostile title');
    expect(decision.decision).toBe('click me then {{constructor.constructor("window.__xss=1")()}}');
    expect(decision.context).not.toMatch(/<script|<svg/);
    expect(decision.tradeoff).toBe('plain <b>not bold</b>'); // entities decode to text; the element renders it as text
  });
});

describe('plainInline', () => {
  it.each([
    ['**bold** and __strong__', 'bold and strong'],
    ['*em* and _em_ but snake_case_name stays', 'em and em but snake_case_name stays'],
    ['`code *not em*` and ``a ` tick``', 'code *not em* and a ` tick'],
    ['[text](https://x.y/(paren)) ![alt](i.png) [ref][1]', 'text alt ref'],
    ['<https://example.com> and 2 < 3 > 1', 'https://example.com and 2 < 3 > 1'],
    ['\\*literal\\* ~~gone~~ &amp; &#x27;q&#39;', "*literal* gone & 'q'"],
  ])('%s', (input, expected) => expect(plainInline(input)).toBe(expected));
});

describe('splitMarkdown', () => {
  it('splits ATX and setext headings, lists, tables, quotes and code fences', () => {
    const { sections } = splitMarkdown(
      'Title\n=====\n\n> quoted *text*\n\nSub\n---\n\n1. one\n2. two\n   continued\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n# not a heading\n```\n',
    );
    expect(sections.map(s => [s.level, s.heading])).toEqual([[0, ''], [1, 'Title'], [2, 'Sub']]);
    expect(blocksToText(sections[1].blocks)).toBe('quoted text');
    expect(blocksToText(sections[2].blocks)).toBe('1. one\n2. two continued\n\na | b\n1 | 2\n\n# not a heading');
  });
});

describe('helpers', () => {
  it.each([
    ['Accepted', 'accepted'],
    ['accepted\n\nSuperseded by 3. Use Kafka', 'superseded'],
    ['Deprecated', 'deprecated'],
    ['Rejected', 'deprecated'],
    ['Proposed', 'proposed'],
    ['In review', 'proposed'],
    ['', 'proposed'],
  ])('status %j -> %s', (input, expected) => expect(normaliseStatus(input)).toBe(expected));

  it('dates', () => {
    expect(normaliseDate('2024-02-29')).toBe('2024-02-29');
    expect(normaliseDate('2023-02-29')).toBeUndefined();
    expect(normaliseDate('24 May 2025')).toBeUndefined();
  });

  it('numbers from file names', () => {
    expect(numberFromUrl('https://x/docs/adr/0012-use-x.md')).toBe(12);
    expect(numberFromUrl('https://x/docs/adr/0012-use-x.md?raw=1')).toBe(12);
    expect(numberFromUrl('blob:https://x/12345678-1234-1234-1234-123456789abc')).toBeUndefined();
  });

  it('chosen option, unique ids', () => {
    expect(chosenOption('Chosen option: “Monorepo”, because')).toBe('Monorepo');
    const r = { id: 'ADR-001', title: 't', status: 'accepted' as const, context: '', decision: 'd', tradeoff: '', impact: '' };
    expect(uniqueIds([r, r, { ...r, id: 'ADR-002' }]).map(x => x.id)).toEqual(['ADR-001', 'ADR-001-2', 'ADR-002']);
  });
});
