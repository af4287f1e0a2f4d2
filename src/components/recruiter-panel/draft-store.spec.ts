import { DRAFT_KEY, DRAFT_TTL_MS, DraftStore, StorageLike } from './draft-store';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const fail = (name: string) => () => {
  throw Object.assign(new Error(name), { name });
};
/** Every method throws, as with site data blocked (Safari, Firefox with cookies off). */
const throwing: StorageLike = { getItem: fail('SecurityError'), setItem: fail('SecurityError'), removeItem: fail('SecurityError') };

const at = (time: number) => () => time;
const DRAFT = { name: 'Ada', email: 'a@b.co', message: 'hi there, a role' };

describe('draft store', () => {
  it('uses the versioned key lbr:contact:v1 and keeps drafts for 7 days', () => {
    expect(DRAFT_KEY).toBe('lbr:contact:v1');
    expect(DRAFT_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it('round-trips a draft through storage (a new page reads it), with the queued key when there is one', () => {
    const s = memory();
    expect(new DraftStore(() => s, at(1000)).save({ ...DRAFT, key: 'k1', sentAt: '2026-01-01T00:00:00.000Z' })).toBe(true);
    expect(JSON.parse(s.data.get(DRAFT_KEY)!)).toEqual({ ...DRAFT, key: 'k1', sentAt: '2026-01-01T00:00:00.000Z', savedAt: 1000 });
    expect(new DraftStore(() => s, at(2000)).load()).toEqual({ ...DRAFT, key: 'k1', sentAt: '2026-01-01T00:00:00.000Z' });
    new DraftStore(() => s).save({ name: 'Ada', email: '', message: '' });
    expect(new DraftStore(() => s).load()).toEqual({ name: 'Ada', email: '', message: '' });
  });

  it('removes an empty draft instead of saving it', () => {
    const s = memory({ [DRAFT_KEY]: '{"name":"x"}' });
    new DraftStore(() => s).save({ name: '', email: '', message: '' });
    expect(s.data.has(DRAFT_KEY)).toBe(false);
  });

  it('forgets a draft 7 days after its last save', () => {
    const s = memory();
    new DraftStore(() => s, at(0)).save(DRAFT);
    expect(new DraftStore(() => s, at(DRAFT_TTL_MS)).load()).toEqual(DRAFT);
    expect(new DraftStore(() => s, at(DRAFT_TTL_MS + 1)).load()).toBeUndefined();
    expect(s.data.has(DRAFT_KEY)).toBe(false);
  });

  it('keeps a draft saved before drafts had a date (it expires from its next save)', () => {
    const s = memory({ [DRAFT_KEY]: JSON.stringify(DRAFT) });
    expect(new DraftStore(() => s, at(10 * DRAFT_TTL_MS)).load()).toEqual(DRAFT);
  });

  it('treats corrupt or foreign values as no draft', () => {
    for (const raw of ['{not json', '[1,2]', 'null', '"text"', '42']) {
      expect(new DraftStore(() => memory({ [DRAFT_KEY]: raw })).load()).toBeUndefined();
    }
    expect(new DraftStore(() => memory({ [DRAFT_KEY]: '{"name":5,"message":["x"]}' })).load()).toEqual({ name: '', email: '', message: '' });
  });

  describe('when storage fails, the draft lives in memory for the page', () => {
    const cases: [string, () => StorageLike | undefined][] = [
      ['every method throws SecurityError', () => throwing],
      ['reading localStorage itself throws (no storage at all)', () => undefined],
      ['setItem throws QuotaExceededError', () => ({ ...memory(), setItem: fail('QuotaExceededError') })],
    ];
    for (const [what, storage] of cases) {
      it(what, () => {
        const page = new DraftStore(storage);
        expect(page.load()).toBeUndefined();
        expect(page.save(DRAFT)).toBe(false);
        expect(page.durable).toBe(false);
        // Another element on the same page (or this one removed and added again) still gets it.
        expect(page.load()).toEqual(DRAFT);
        // A reload is a new page: the draft is gone, as the element told the visitor.
        expect(new DraftStore(storage).load()).toBeUndefined();
      });
    }

    it('storage that fills up drops its older draft, so a reload does not bring back stale text or a stale queued message', () => {
      const s = memory();
      const page = new DraftStore(() => s);
      page.save({ ...DRAFT, key: 'old', sentAt: '2026-01-01T00:00:00.000Z' });
      s.setItem = fail('QuotaExceededError');
      expect(page.save({ ...DRAFT, message: 'edited, and longer than the quota' })).toBe(false);
      expect(page.load()).toEqual({ ...DRAFT, message: 'edited, and longer than the quota' });
      expect(s.data.has(DRAFT_KEY)).toBe(false);
    });

    it('becomes durable again once storage works', () => {
      const s = memory();
      let broken = true;
      const page = new DraftStore(() => (broken ? throwing : s));
      expect(page.save(DRAFT)).toBe(false);
      broken = false;
      expect(page.save(DRAFT)).toBe(true);
      expect(page.durable).toBe(true);
      expect(new DraftStore(() => s).load()).toEqual(DRAFT);
    });
  });

  it('clears after a delivery, also within the page when removing from storage throws', () => {
    const s = memory({ [DRAFT_KEY]: JSON.stringify(DRAFT) });
    const page = new DraftStore(() => s);
    expect(page.load()).toEqual(DRAFT);
    page.clear();
    expect(page.load()).toBeUndefined();
    expect(new DraftStore(() => s).load()).toBeUndefined();

    const stuck = { ...memory({ [DRAFT_KEY]: JSON.stringify(DRAFT) }), removeItem: fail('SecurityError'), setItem: fail('SecurityError') };
    const other = new DraftStore(() => stuck);
    other.clear();
    expect(other.load()).toBeUndefined();
  });
});
