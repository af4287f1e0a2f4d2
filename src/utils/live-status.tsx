/**
 * Polite screen-reader announcements, the part every announcing element needs: the visually
 * hidden `role="status"` an element renders (`<LiveStatus text={…} />`; role=status is polite
 * and atomic) and a Speaker that puts text into it. Elements that only speak at once (the map,
 * the game) or only state their state (the boot's "System online") need nothing more; the
 * Announcer (announcer.tsx) adds summaries of bursts for the log.
 */
import { FunctionalComponent, h } from '@stencil/core';

export class Speaker {
  /** The status text now. */
  text = '';

  /** @param show puts the text into the status (e.g. sets the state `<LiveStatus>` renders) */
  constructor(protected show: (text: string) => void) {}

  /** Says `text` now. */
  say(text: string): void {
    // The same text twice in a row would not be read again: toggle a trailing no-break space.
    this.text = text === this.text.trimEnd() && !this.text.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.show(this.text);
  }
}

export const LiveStatus: FunctionalComponent<{ text: string }> = ({ text }) => (
  <p class="visually-hidden" role="status">
    {text}
  </p>
);
