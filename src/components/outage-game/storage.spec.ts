import { EMPTY_PROGRESS, parseProgress, ProgressStore, STORAGE_KEY } from './storage';

/** A Map-backed Storage stand-in. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => (data.has(k) ? data.get(k)! : null),
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('outage progress storage', () => {
  it('starts empty, records totals and the best score under the versioned key', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    expect(store.get()).toEqual(EMPTY_PROGRESS);
    store.record({ best: 150, solved: 2, cleanFixes: 2, crashes: 1, hintsUsed: 1 });
    store.record({ best: 90, games: 1 });
    expect(STORAGE_KEY).toBe('lbr:outage:v1');
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({ best: 150, games: 1, solved: 2, cleanFixes: 2, crashes: 1, hintsUsed: 1 });
    // A new visit reads it back.
    expect(new ProgressStore(storage).get().best).toBe(150);
  });

  it('corrupted JSON falls back to empty progress without throwing, and is overwritten on the next save', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"best": 12' });
    const store = new ProgressStore(storage);
    expect(store.get()).toEqual(EMPTY_PROGRESS);
    store.record({ best: 75 });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).best).toBe(75);
  });

  it('a stored value of the wrong shape keeps only sane numbers', () => {
    expect(parseProgress('[1,2]')).toBeUndefined();
    expect(parseProgress('"x"')).toBeUndefined();
    expect(parseProgress('{"best":"999","games":-3,"solved":4,"crashes":null}')).toEqual({ ...EMPTY_PROGRESS, solved: 4 });
  });

  it('storage that throws on every call keeps progress in memory', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = new ProgressStore(throwing);
    expect(store.get()).toEqual(EMPTY_PROGRESS);
    expect(() => store.record({ best: 40, solved: 1 })).not.toThrow();
    expect(store.get()).toMatchObject({ best: 40, solved: 1 });
    expect(store.persistent).toBe(false);
  });

  it('a full storage (quota) keeps progress in memory and stops writing', () => {
    const storage = memoryStorage();
    let writes = 0;
    const full = {
      getItem: storage.getItem,
      setItem: () => {
        writes++;
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const store = new ProgressStore(full);
    store.record({ best: 10 });
    store.record({ best: 20 });
    expect(store.get().best).toBe(20);
    expect(writes).toBe(1);
  });

  it('no storage at all (server rendering, sandbox) works from memory', () => {
    const store = new ProgressStore(null);
    expect(store.record({ best: 5 }).best).toBe(5);
    expect(store.persistent).toBe(false);
  });
});
