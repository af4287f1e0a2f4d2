import { Announcer } from './announcer';

describe('Announcer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const make = () => {
    const said: string[] = [];
    const a = new Announcer<string>(t => said.push(t), { one: s => `line: ${s}`, many: n => `${n} new lines`, every: 1000 });
    return { a, said };
  };

  it('summarises a burst once, and says a single item itself', () => {
    const { a, said } = make();
    for (let i = 0; i < 12; i++) a.add(1, `l${i}`);
    jest.runAllTimers();
    expect(said).toEqual(['12 new lines']);
    a.add(1, 'alone');
    jest.advanceTimersByTime(999);
    expect(said).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(said).toEqual(['12 new lines', 'line: alone']);
  });

  it('makes the same text read twice by toggling a trailing no-break space', () => {
    const { a, said } = make();
    a.say('Copied 2 lines');
    a.say('Copied 2 lines');
    a.say('Copied 2 lines');
    expect(said).toEqual(['Copied 2 lines', 'Copied 2 lines\u00a0', 'Copied 2 lines']);
  });

  it('without a summary, only says (add is ignored)', () => {
    const said: string[] = [];
    const a = new Announcer(t => said.push(t));
    a.add(2, undefined as never);
    jest.runAllTimers();
    a.say('Dealt: database down');
    expect(said).toEqual(['Dealt: database down']);
  });

  it('drops what was not said yet, and stops its timer', () => {
    const { a, said } = make();
    a.add(3, 'x');
    a.drop();
    jest.runAllTimers();
    a.add(2, 'y');
    a.stop();
    jest.runAllTimers();
    expect(said).toEqual([]);
  });
});
