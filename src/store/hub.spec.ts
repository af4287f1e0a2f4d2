import { createPageStore, HUB_KEY, HUB_PROTOCOL } from './hub';

interface S {
  content: Record<string, unknown>;
  contentVersion: number;
  runtimeLogs: string[];
}
const fresh = (): S => ({ content: {}, contentVersion: 0, runtimeLogs: [] });

afterEach(() => jest.restoreAllMocks());

describe('page hub: one state for every copy of the kit on a page', () => {
  it('a write in one copy reaches every other copy, once', () => {
    const page = {};
    const cdn = createPageStore(fresh, '0.1.0', page);
    const npm = createPageStore(fresh, '0.1.0', page);
    const seen: unknown[] = [];
    npm.onChange('content', value => seen.push(['content', value]));
    npm.onChange('contentVersion', value => seen.push(['contentVersion', value]));

    const content = { profile: { name: 'Ada' } };
    cdn.state.content = content;
    cdn.state.contentVersion++;
    expect(npm.state.content).toBe(content);
    expect(npm.state.contentVersion).toBe(1);
    expect(seen).toEqual([
      ['content', content],
      ['contentVersion', 1],
    ]);
    // Writing the value it already has is no write.
    cdn.state.content = content;
    expect(seen).toHaveLength(2);

    // And back the other way.
    npm.state.runtimeLogs = ['crash'];
    expect(cdn.state.runtimeLogs).toEqual(['crash']);
    expect((page as any)[Symbol.for(HUB_KEY)].state.runtimeLogs).toEqual(['crash']);
  });

  it('a copy that loads late takes the page state as it is, then follows it', () => {
    const page = {};
    const first = createPageStore(fresh, '0.1.0', page);
    first.state.contentVersion = 3;
    const late = createPageStore(fresh, '0.1.0', page);
    expect(late.state.contentVersion).toBe(3);
    first.state.contentVersion = 4;
    expect(late.state.contentVersion).toBe(4);
    expect(late.get('contentVersion')).toBe(4);
  });

  it('a late copy that knows more keys adds them at their initial value, keeping the page state', () => {
    const page = {};
    const older = createPageStore(() => ({ contentVersion: 0 }), '0.1.0', page);
    older.state.contentVersion = 2;
    const newer = createPageStore(() => ({ contentVersion: 0, game: null as string | null }), '0.2.0', page);
    expect([newer.state.contentVersion, newer.state.game]).toEqual([2, null]);
    newer.set('game', 'x');
    expect((older.state as any).game).toBe('x');
  });

  it('a reset in one copy is published to the others', () => {
    const page = {};
    const a = createPageStore(fresh, '0.1.0', page);
    const b = createPageStore(fresh, '0.1.0', page);
    const heard: number[] = [];
    b.onChange('contentVersion', v => heard.push(v));
    a.state.contentVersion = 7;
    a.reset();
    expect(b.state.contentVersion).toBe(0);
    expect(heard).toEqual([7, 0]);
  });

  it('onChange returns its unsubscribe', () => {
    const page = {};
    const a = createPageStore(fresh, '0.1.0', page);
    const heard: number[] = [];
    const off = a.onChange('contentVersion', v => heard.push(v));
    a.set('contentVersion', 1);
    off();
    a.set('contentVersion', 2);
    expect(heard).toEqual([1]);
  });

  it('works with a copy that mirrors every write into a state of its own (protocol 1 as 0.1.0 spoke it)', () => {
    const page: any = {};
    const ours = createPageStore(fresh, '0.1.0', page);
    const hub = page[Symbol.for(HUB_KEY)];
    // The older copy: a state of its own, kept in step through the hub, publishing its own writes.
    const theirs: Record<string, unknown> = { ...hub.state };
    let echoes = 0;
    const publish = (k: string, value: unknown) => {
      if (hub.state[k] === value) return;
      hub.state[k] = value;
      for (const other of hub.stores) if (other !== receive) other(k, value);
    };
    const receive = (k: string, value: unknown) => {
      echoes++;
      theirs[k] = value;
      publish(k, value); // its store's 'set' handler: stops, the hub already holds the value
    };
    hub.stores.add(receive);

    ours.state.contentVersion = 5;
    expect(theirs.contentVersion).toBe(5);
    expect(echoes).toBe(1);
    theirs.contentVersion = 6;
    publish('contentVersion', 6);
    expect(ours.state.contentVersion).toBe(6);
  });

  it('hands out log line ids from one counter for the whole page', () => {
    const page = {};
    const a = createPageStore(fresh, '0.1.0', page);
    const b = createPageStore(fresh, '0.1.0', page);
    expect(a.hub).toBe(b.hub);
    expect([a.hub.nextLineId++, b.hub.nextLineId++]).toEqual([1, 2]);
  });

  it('a copy of another protocol stays on its own and the page is warned once, with what to change', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const other = { protocol: HUB_PROTOCOL + 1, version: '9.0.0', state: {}, stores: new Set(), nextLineId: 1 };
    const page: Record<symbol, unknown> = { [Symbol.for(HUB_KEY)]: other };
    const a = createPageStore(fresh, '0.1.0', page);
    const b = createPageStore(fresh, '0.1.0', page);
    expect(a.hub).not.toBe(other);
    expect(b.hub).not.toBe(other);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/two incompatible copies of the kit \(9\.0\.0 and 0\.1\.0\).*Load one version only/);
    a.state.contentVersion = 5;
    expect(b.state.contentVersion).toBe(0);
    expect(other.state).toEqual({});
    expect(other.stores.size).toBe(0);
  });

  it('a scope of its own gives a store of its own (server rendering)', () => {
    const a = createPageStore(fresh, '0.1.0', {});
    const b = createPageStore(fresh, '0.1.0', {});
    a.state.contentVersion = 1;
    expect(b.state.contentVersion).toBe(0);
  });
});
