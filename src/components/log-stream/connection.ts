/**
 * A live source's connection as the element shows it: the states, what comes
 * with them, and the words for them. Apart from live-source.ts so the element
 * renders states without loading the reader.
 */
export type ConnectionState = 'connecting' | 'live' | 'retrying' | 'closed';
export type SourceType = 'sse' | 'ndjson';

/** Consecutive failures before waiting for the network or the tab to come back. */
export const MAX_ATTEMPTS = 8;

export interface ConnectionInfo {
  /** Failures in a row so far. */
  attempt: number;
  /** Retrying: ms until the next attempt. */
  retryIn?: number;
  type?: SourceType;
  /** Retrying or closed: why, in words ("HTTP 503", "the connection dropped", …). */
  reason?: string;
  /** Closed: it resumes by itself when the network comes back or the tab is shown again. */
  resumes?: boolean;
}

/** The connection in words: the badge, and the sentence under it (why, and what happens next). */
export function describeConnection(state: ConnectionState, info: ConnectionInfo): { badge: string; detail?: string; stopped?: boolean } {
  const why = info.reason ? info.reason[0].toUpperCase() + info.reason.slice(1) : '';
  if (state === 'retrying') {
    const seconds = ((info.retryIn ?? 0) / 1000).toFixed(1);
    return { badge: `retrying in ${seconds} s`, detail: `${why || 'Connection lost'}; retrying in ${seconds} s (attempt ${info.attempt} of ${MAX_ATTEMPTS}).` };
  }
  if (state === 'closed' && info.resumes) return { badge: 'closed', detail: `${why || 'Closed'}; resumes when the network is back or the tab is shown again.` };
  if (state === 'closed' && why) return { badge: 'stopped', detail: `Stopped: ${why}.`, stopped: true };
  return { badge: state };
}
