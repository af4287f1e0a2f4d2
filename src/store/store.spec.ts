import { appendLog, clearHealth, MAX_RUNTIME_LINES, resetStore, selectService, setBoot, setContent, setGameMetrics, setHealth, state, userSection } from './index';

beforeEach(() => resetStore());

describe('store actions', () => {
  it('starts with no user content, idle boot and a healthy runtime', () => {
    expect(state.content).toEqual({});
    expect(state.boot).toBe('idle');
    expect(state.health).toEqual({});
    expect(userSection('logs')).toBeUndefined();
  });

  it('setContent accepts a valid document and bumps the version', async () => {
    const logs = [{ year: 2020, title: 'First job', lines: ['hello'] }];
    await expect(setContent({ logs })).resolves.toEqual({ ok: true });
    expect(userSection('logs')).toEqual(logs);
    expect(state.contentVersion).toBe(1);
  });

  it('setContent takes a promise of the document, and counts itself pending until it settles', async () => {
    const logs = [{ year: 2021, title: 'Later job', lines: ['hi'] }];
    let resolve!: (doc: unknown) => void;
    const call = setContent(new Promise(r => (resolve = r)));
    expect(state.contentPending).toBe(1);
    resolve({ logs });
    await expect(call).resolves.toEqual({ ok: true });
    expect(state.contentPending).toBe(0);
    expect(userSection('logs')).toEqual(logs);
  });

  it('setContent refuses a promise that rejects, naming the reason, and is no longer pending', async () => {
    await expect(setContent(Promise.reject(new Error('HTTP 404')))).resolves.toEqual({
      ok: false,
      errors: [{ path: '(document)', message: 'could not read the document: HTTP 404' }],
    });
    expect(state.contentPending).toBe(0);
    expect(state.content).toEqual({});
  });

  it('setContent refuses an invalid document and keeps the previous content', async () => {
    await setContent({ logs: [] });
    const result = await setContent({ logs: [{ year: 'then' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toBe('logs[0].year');
    expect(userSection('logs')).toEqual([]);
    expect(state.contentVersion).toBe(1);
  });

  it('setHealth marks and clears services; clearHealth resets', () => {
    setHealth(['api', 'postgres'], 'down');
    setHealth(['api'], 'degraded');
    expect(state.health).toEqual({ api: 'degraded', postgres: 'down' });
    setHealth(['postgres'], 'ok');
    expect(state.health).toEqual({ api: 'degraded' });
    clearHealth();
    expect(state.health).toEqual({});
  });

  it('appendLog adds numbered, timestamped lines and keeps a bounded buffer', () => {
    const first = appendLog('boot', 'info', 'test');
    const second = appendLog('disk full', 'error');
    expect(second.id).toBeGreaterThan(first.id);
    expect(state.runtimeLogs.map(l => [l.text, l.level])).toEqual([
      ['boot', 'info'],
      ['disk full', 'error'],
    ]);
    for (let i = 0; i < MAX_RUNTIME_LINES + 5; i++) appendLog(`line ${i}`);
    expect(state.runtimeLogs).toHaveLength(MAX_RUNTIME_LINES);
    expect(state.runtimeLogs[state.runtimeLogs.length - 1].text).toBe(`line ${MAX_RUNTIME_LINES + 4}`);
  });

  it('boot, selection and game metrics are plain named writes', () => {
    setBoot('online');
    selectService('redis');
    setGameMetrics({ scenarioId: 'x', title: 'X', latencyMs: 1, errorRate: 0, throughputRps: 2 });
    expect([state.boot, state.selectedServiceId, state.game?.scenarioId]).toEqual(['online', 'redis', 'x']);
  });
});
