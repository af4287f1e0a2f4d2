/**
 * At most N requests per minute per client address: a sliding window (the
 * times of the last N requests per address), so `Retry-After` is exact and a
 * burst at a minute's edge cannot double the rate. Kept in memory only and
 * forgotten a minute after an address's last request; addresses are never
 * written to disk or logs. About 30 lines did not earn a dependency.
 */

const WINDOW_MS = 60_000;

/**
 * The address a limit applies to. IPv4-mapped IPv6 is its IPv4 address; an
 * IPv6 address counts by its /64 network, since one home or host usually gets
 * a whole /64 and could otherwise rotate through it.
 * @param {string} address
 */
export function clientKey(address) {
  const a = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').replace(/%.*$/, '');
  if (!a.includes(':')) return a;
  const [head, tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = a.includes('::') && tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map(g => parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}

export class RateLimiter {
  /** @param {number} limit requests per minute per address; 0 turns the limit off */
  constructor(limit, now = () => Date.now()) {
    this.limit = limit;
    this.now = now;
    /** @type {Map<string, number[]>} address -> times of its last `limit` requests, oldest first */
    this.hits = new Map();
  }

  /**
   * Counts one request from `address`.
   * @returns {number} 0 when allowed, else milliseconds until the next request from it is
   */
  take(address) {
    if (!this.limit) return 0;
    const key = clientKey(address);
    const now = this.now();
    const times = (this.hits.get(key) ?? []).filter(t => now - t < WINDOW_MS);
    if (times.length >= this.limit) {
      this.hits.set(key, times);
      return times[0] + WINDOW_MS - now;
    }
    times.push(now);
    this.hits.set(key, times);
    return 0;
  }

  /** Forgets addresses with no request in the last minute (call every minute or so). */
  prune() {
    const now = this.now();
    for (const [key, times] of this.hits) if (now - times[times.length - 1] >= WINDOW_MS) this.hits.delete(key);
  }
}
