/**
 * The visually hidden polite status an Announcer (announcer.tsx) speaks through; role=status
 * is polite and atomic. Apart from the Announcer: an element that only states its state
 * (the boot's "System online") renders it without loading the Announcer.
 */
import { FunctionalComponent, h } from '@stencil/core';

export const LiveStatus: FunctionalComponent<{ text: string }> = ({ text }) => (
  <p class="visually-hidden" role="status">
    {text}
  </p>
);
