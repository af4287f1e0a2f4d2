/**
 * The props every section element shares (theme, own content, heading level and the section
 * chrome: eyebrow, heading, tagline, lead), declared once. An element takes them with
 * `class LbrX extends Mixin(sectionProps)`; its class JSDoc names its own `content` key and
 * the demo's chrome words. See section-intro.tsx for how the chrome resolves.
 */
import { MixedInCtor, Prop } from '@stencil/core';
import type { ContentDocument } from '../data/types';

export function sectionProps<B extends MixedInCtor>(Base: B) {
  class SectionProps extends Base {
    /** Colour theme: `dark` (default), `light`, or `auto` (follows the OS). */
    @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

    /** Own content document (object or JSON string); its section's keys win over the page's store and the demo. */
    @Prop() content?: ContentDocument | string;

    /** Heading level (1–6) of the section's first heading, to fit the host page's outline; headings inside use the next level. */
    @Prop() headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

    /** Small line above the heading; `""` hides it. Unset: the document's `sections.<key>.eyebrow`, else the demo's words. */
    @Prop() eyebrow?: string;

    /** The section heading; `""` hides it (when the host page has its own). Unset: the document's `sections.<key>.heading`, else the demo's words. */
    @Prop() heading?: string;

    /** A strong line under the heading; `""` hides it. Unset: the document's `sections.<key>.tagline`, else the demo's words. */
    @Prop() tagline?: string;

    /** Short text under the heading; `""` hides it. Unset: the document's `sections.<key>.lead`, else the demo's words. */
    @Prop() lead?: string;
  }
  return SectionProps;
}
