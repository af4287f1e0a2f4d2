import { createStore } from '@stencil/store';
import { connectStore, HUB_KEY, HUB_PROTOCOL } from './hub';

interface S {
  content: Record<string, unknown>;
  contentVersion: number;
  runtimeLogs: string[];
}
const fresh = (): S => ({ content: {}, contentVersion: 0, runtimeLogs: [] });

// @stencil/store schedules a cleanup timer on writes; fake timers keep Jest from waiting on it.
beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('page hub: one state for every copy of the kit on a page', () => {
  it('a write in one copy reaches every other copy, once', () => {
    const page = {};
    const cdn = createStore<S>(fresh());
    const npm = createStore<S>(fresh());
    connectStore(cdn, '0.1.0', page);
    connectStore(npm, '0.1.0', page);
    const seen: unknown[] = [];
    npm.on('set', (key, value) => seen.push([key, value]));

    const content = { profile: { name: 'Ada' } };
    cdn.state.content = content;
    cdn.state.contentVersion++;
    expect(npm.state.content).toBe(content);
    expect(npm.state.contentVersion).toBe(1);
    expect(seen).toEqual([
      ['content', content],
      ['contentVersion', 1],
    ]);

    // And back the other way, without echoing forever.
    npm.state.runtimeLogs = ['crash'];
    expect(cdn.state.runtimeLogs).toEqual(['crash']);
    expect((page as any)[Symbol.for(HUB_KEY)].state.runtimeLogs).toEqual(['crash']);
  });

  it('a copy that loads late takes the page state as it is, then follows it', () => {
    const page = {};
    const first = createStore<S>(fresh());
    connectStore(first, '0.1.0', page);
    first.state.contentVersion = 3;
    const late = createStore<S>(fresh());
    connectStore(late, '0.1.0', page);
    expect(late.state.contentVersion).toBe(3);
    first.state.contentVersion = 4;
    expect(late.state.contentVersion).toBe(4);
  });

  it('a reset in one copy is published to the others', () => {
    const page = {};
    const a = createStore<S>(fresh());
    const b = createStore<S>(fresh());
    connectStore(a, '0.1.0', page);
    connectStore(b, '0.1.0', page);
    a.state.contentVersion = 7;
    a.reset();
    expect(b.state.contentVersion).toBe(0);
  });

  it('hands out log line ids from one counter for the whole page', () => {
    const page = {};
    const a = connectStore(createStore<S>(fresh()), '0.1.0', page)!;
    const b = connectStore(createStore<S>(fresh()), '0.1.0', page)!;
    expect(a).toBe(b);
    expect([a.nextLineId++, b.nextLineId++]).toEqual([1, 2]);
  });

  it('a copy of another protocol stays on its own and the page is warned once, with what to change', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page: Record<symbol, unknown> = { [Symbol.for(HUB_KEY)]: { protocol: HUB_PROTOCOL + 1, version: '9.0.0', state: {}, stores: new Set(), nextLineId: 1 } };
    const a = createStore<S>(fresh());
    const b = createStore<S>(fresh());
    expect(connectStore(a, '0.1.0', page)).toBeUndefined();
    expect(connectStore(b, '0.1.0', page)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/two incompatible copies of the kit \(9\.0\.0 and 0\.1\.0\).*Load one version only/);
    a.state.contentVersion = 5;
    expect(b.state.contentVersion).toBe(0);
  });
});
