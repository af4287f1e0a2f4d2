import { clearDraft, DRAFT_KEY, loadDraft, saveDraft } from './draft-store';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('draft store', () => {
  it('uses the versioned key lbr:contact:v1', () => {
    expect(DRAFT_KEY).toBe('lbr:contact:v1');
  });

  it('round-trips a draft, with the queued key when there is one', () => {
    const s = memory();
    expect(saveDraft({ name: 'Ada', email: 'a@b.co', message: 'hi', key: 'k1', sentAt: '2026-01-01T00:00:00.000Z' }, s)).toBe(true);
    expect(loadDraft(s)).toEqual({ name: 'Ada', email: 'a@b.co', message: 'hi', key: 'k1', sentAt: '2026-01-01T00:00:00.000Z' });
    saveDraft({ name: 'Ada', email: '', message: '' }, s);
    expect(loadDraft(s)).toEqual({ name: 'Ada', email: '', message: '' });
  });

  it('removes an empty draft instead of saving it', () => {
    const s = memory({ [DRAFT_KEY]: '{"name":"x"}' });
    saveDraft({ name: '', email: '', message: '' }, s);
    expect(s.data.has(DRAFT_KEY)).toBe(false);
  });

  it('treats corrupt or foreign values as no draft', () => {
    for (const raw of ['{not json', '[1,2]', 'null', '"text"', '42']) {
      expect(loadDraft(memory({ [DRAFT_KEY]: raw }))).toBeUndefined();
    }
    expect(loadDraft(memory({ [DRAFT_KEY]: '{"name":5,"message":["x"]}' }))).toEqual({ name: '', email: '', message: '' });
  });

  it('tolerates storage that throws or is missing', () => {
    expect(loadDraft(throwing)).toBeUndefined();
    expect(saveDraft({ name: 'a', email: '', message: '' }, throwing)).toBe(false);
    expect(() => clearDraft(throwing)).not.toThrow();
  });

  it('clears after a delivery', () => {
    const s = memory({ [DRAFT_KEY]: '{"name":"x","email":"","message":""}' });
    clearDraft(s);
    expect(loadDraft(s)).toBeUndefined();
  });
});
