/**
 * The boot sequence as a pure function of elapsed time: typing each boot line,
 * flipping to ONLINE, then counting stats up. The element only advances time.
 */
import type { Profile, Stat } from '../../data/types';

export const CHAR_MS = 22;
export const LINE_PAUSE_MS = 200;
export const ONLINE_PAUSE_MS = 300;
export const COUNT_MS = 1000;

export interface BootFrame {
  /** Text typed so far, one entry per started line. */
  lines: string[];
  /** Index of the line being typed, or -1 when typing is over. */
  typing: number;
  online: boolean;
  /** Current value of each stat. */
  stats: number[];
  done: boolean;
}

export interface BootPlan {
  duration: number;
  frame(elapsed: number): BootFrame;
}

const easeOutCubic = (t: number) => 1 - Math.pow(1 - t, 3);

export function planBoot(profile: Pick<Profile, 'bootLines' | 'stats'>): BootPlan {
  const starts: number[] = [];
  let t = 0;
  for (const line of profile.bootLines) {
    starts.push(t);
    t += line.length * CHAR_MS + LINE_PAUSE_MS;
  }
  const onlineAt = t + ONLINE_PAUSE_MS;
  const duration = onlineAt + (profile.stats.length ? COUNT_MS : 0);

  return {
    duration,
    frame(elapsed: number): BootFrame {
      const e = Math.max(0, elapsed);
      const lines: string[] = [];
      let typing = -1;
      profile.bootLines.forEach((line, i) => {
        if (e < starts[i]) return;
        const chars = Math.floor((e - starts[i]) / CHAR_MS);
        lines.push(line.slice(0, chars));
        if (chars < line.length) typing = i;
      });
      const online = e >= onlineAt;
      const progress = online ? easeOutCubic(Math.min(1, (e - onlineAt) / COUNT_MS)) : 0;
      return {
        lines,
        typing,
        online,
        stats: profile.stats.map(s => countValue(s.value, progress)),
        done: e >= duration,
      };
    },
  };
}

/** A stat partway to its value, with the precision of its final value. */
export function countValue(value: number, progress: number): number {
  if (progress >= 1) return value;
  const decimals = decimalsOf(value);
  const factor = Math.pow(10, decimals);
  return Math.round(value * progress * factor) / factor || 0; // never -0
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(3, s.length - dot - 1);
}

/** "10M+", "-40%", "99.9%". */
export function formatStat(value: number, stat: Pick<Stat, 'suffix'>): string {
  return `${value}${stat.suffix ?? ''}`;
}
