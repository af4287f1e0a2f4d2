/**
 * The "typed in like live output" effect as a pure function of elapsed time:
 * how many content rows show, and how many characters of the row being typed.
 */
export const CHAR_MS = 4;
export const ROW_PAUSE_MS = 60;

export interface TypingFrame {
  /** Rows fully or partly shown. */
  rows: number;
  /** Characters shown of row `rows - 1`, or -1 when it is complete. */
  chars: number;
  done: boolean;
}

export function planTyping(lengths: readonly number[]) {
  const starts: number[] = [];
  let t = 0;
  for (const len of lengths) {
    starts.push(t);
    t += len * CHAR_MS + ROW_PAUSE_MS;
  }
  return {
    duration: t,
    frame(elapsed: number): TypingFrame {
      if (elapsed >= t) return { rows: lengths.length, chars: -1, done: true };
      let rows = 0;
      while (rows < starts.length && starts[rows] <= elapsed) rows++;
      const typed = Math.floor((elapsed - starts[rows - 1]) / CHAR_MS);
      return { rows, chars: typed >= lengths[rows - 1] ? -1 : typed, done: false };
    },
  };
}
