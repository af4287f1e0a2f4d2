import { FORMATS_HINT, kumaMonitorNames, kumaNamesUrl, matchHealth, parseHealth } from './health';
import { combinedHealth, healthOf, worst } from './health-rule';

const services = { ids: ['api', 'postgres', 'redis', 'cdn'], names: ['API Service', 'PostgreSQL', 'Redis', 'CDN'] };

const entries = (doc: unknown, names?: Record<string, string>) => {
  const r = parseHealth(doc, names);
  if (!r.ok) throw new Error(r.error);
  return { format: r.report.format, entries: Object.fromEntries(r.report.entries) };
};

describe('worst and the store health', () => {
  it('worst: down beats degraded beats ok; unknown counts as ok', () => {
    expect(worst('ok', 'degraded')).toBe('degraded');
    expect(worst('down', 'degraded')).toBe('down');
    expect(worst(undefined, undefined)).toBe('ok');
    expect(worst('weird', 'ok')).toBe('ok');
  });

  it('healthOf reads a service id or its layer kind; the worse wins', () => {
    expect(healthOf({}, 'api', 'core')).toBe('ok');
    expect(healthOf({ api: 'down' }, 'api', 'core')).toBe('down');
    expect(healthOf({ core: 'degraded' }, 'auth', 'core')).toBe('degraded');
    expect(healthOf({ core: 'down', api: 'degraded' }, 'api', 'core')).toBe('down');
    expect(healthOf({ edge: 'down' }, 'api', 'core')).toBe('ok');
  });

  it('combinedHealth: the worse of the store (game, host) and the live status document', () => {
    expect(combinedHealth({}, null, 'api', 'core')).toBe('ok');
    expect(combinedHealth({}, { api: 'down' }, 'api', 'core')).toBe('down');
    expect(combinedHealth({ api: 'down' }, { api: 'ok' }, 'api', 'core')).toBe('down'); // the game's crash shows over "operational"
    expect(combinedHealth({ core: 'degraded' }, { api: 'down' }, 'api', 'core')).toBe('down');
    expect(combinedHealth({ core: 'degraded' }, { redis: 'down' }, 'api', 'core')).toBe('degraded');
  });
});

describe('parseHealth', () => {
  it('reads Statuspage v2 components.json: every status, by id and by name', () => {
    const doc = {
      page: { id: 'x', name: 'Example' },
      components: [
        { id: 'c1', name: 'API Service', status: 'operational' },
        { id: 'c2', name: 'PostgreSQL', status: 'major_outage' },
        { id: 'c3', name: 'Redis', status: 'partial_outage' },
        { id: 'c4', name: 'CDN', status: 'degraded_performance' },
        { id: 'c5', name: 'DNS', status: 'under_maintenance' },
        { id: 'c6', name: 'Mystery', status: 'on_fire' },
        'not a component',
      ],
    };
    expect(entries(doc)).toEqual({
      format: 'statuspage',
      entries: { 'c1': 'ok', 'api service': 'ok', 'c2': 'down', 'postgresql': 'down', 'c3': 'down', 'redis': 'down', 'c4': 'degraded', 'cdn': 'degraded', 'c5': 'degraded', 'dns': 'degraded' },
    });
  });

  it('reads Statuspage v2 summary.json (components beside status and incidents)', () => {
    const doc = { page: {}, status: { indicator: 'major' }, incidents: [], components: [{ id: 'x', name: 'PostgreSQL', status: 'major_outage' }] };
    expect(entries(doc).entries.postgresql).toBe('down');
  });

  it('two components with one name: the worse counts', () => {
    const doc = { components: [{ name: 'API', status: 'operational' }, { name: 'api', status: 'partial_outage' }] };
    expect(entries(doc).entries.api).toBe('down');
  });

  it('reads Uptime Kuma heartbeats: the newest beat per monitor, named from the status page document', () => {
    const heartbeats = {
      heartbeatList: {
        '1': [{ status: 1 }, { status: 0, time: '2024-01-01 10:00:00' }],
        '2': [{ status: 0 }, { status: 1 }],
        '3': [{ status: 1 }, { status: 2 }],
        '4': [{ status: 3 }, 0], // an empty bucket after the last beat
        '5': [],
      },
      uptimeList: { '1_24': 0.9 },
    };
    const names = kumaMonitorNames({ publicGroupList: [{ name: 'Services', monitorList: [{ id: 1, name: 'PostgreSQL' }, { id: 2, name: 'Redis' }] }, { monitorList: [{ id: 3, name: 'CDN' }] }] });
    expect(names).toEqual({ '1': 'PostgreSQL', '2': 'Redis', '3': 'CDN' });
    expect(entries(heartbeats, names)).toEqual({
      format: 'uptime-kuma',
      entries: { '1': 'down', 'postgresql': 'down', '2': 'ok', 'redis': 'ok', '3': 'degraded', 'cdn': 'degraded', '4': 'degraded' },
    });
    // Names may also come in the same document (a proxy that merges both).
    expect(entries({ ...heartbeats, publicGroupList: [{ monitorList: [{ id: 2, name: 'Redis' }] }] }).entries.redis).toBe('ok');
  });

  it('reads a plain map, case-insensitively, ignoring values it does not know', () => {
    expect(entries({ PostgreSQL: 'DOWN', redis: 'degraded', cdn: 'ok', api: 'sideways' })).toEqual({ format: 'map', entries: { postgresql: 'down', redis: 'degraded', cdn: 'ok' } });
  });

  it('refuses anything else with a message naming the formats it expected', () => {
    for (const doc of [null, 42, 'down', [], [{ status: 'ok' }], {}, { hello: 'world' }, { api: 3 }, { components: 'all good' }]) {
      const r = parseHealth(doc);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(FORMATS_HINT);
    }
  });
});

describe('matchHealth', () => {
  it('matches services by id or by name, case-insensitively; the worse wins; unmentioned services are left out', () => {
    const r = parseHealth({ components: [{ id: 'API', name: 'Gateway', status: 'degraded_performance' }, { name: 'api service', status: 'major_outage' }, { name: 'REDIS', status: 'operational' }] });
    if (!r.ok) throw new Error(r.error);
    expect(matchHealth(r.report, services)).toEqual({ health: { api: 'down', redis: 'ok' }, matched: 2 });
  });
});

describe('kumaNamesUrl', () => {
  it('turns a heartbeat URL into its status page URL', () => {
    expect(kumaNamesUrl('https://status.example.com/api/status-page/heartbeat/main')).toBe('https://status.example.com/api/status-page/main');
    expect(kumaNamesUrl('/kuma/api/status-page/heartbeat/prod/?x=1', 'http://h/')).toBe('http://h/kuma/api/status-page/prod');
  });
  it('is null for anything else', () => {
    expect(kumaNamesUrl('https://x/api/v2/components.json')).toBeNull();
    expect(kumaNamesUrl('::not a url')).toBeNull();
  });
});
