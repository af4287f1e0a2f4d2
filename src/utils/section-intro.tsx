/**
 * Section chrome: the eyebrow, heading, tagline and lead around a section's
 * content. One resolver and one functional component serve every element,
 * styled once in the kit's shared stylesheet (styles/base.css, `.intro`).
 *
 * Each piece resolves on its own, first match wins:
 *   1. the element's own attribute (`eyebrow`, `heading`, `tagline`, `lead`);
 *   2. the element's own `content` document, `sections.<key>.<piece>`;
 *   3. the page's document (lbr-runtime, setContent), `sections.<key>.<piece>`;
 *   4. the demo chrome (the seed's words, data/demo/sections.ts), loaded only
 *      when a piece it has is given by nothing else (needsDemoChrome).
 * An empty string at any step hides the piece (it stops the search).
 *
 * Wiring an element (a few lines):
 *
 *   // the props (theme, content, heading-level and the chrome: undefined = "not given"), from
 *   // section-props.ts; the class JSDoc names the section key and the demo's words
 *   export class LbrLogStream extends Mixin(sectionProps) { … }
 *
 *   // the element's content: the demo words load before the first render when needed
 *   private own = new OwnContent(['logs'], demoChrome('logs'));
 *   // render()
 *   const chrome = sectionChrome('logs', this, this.own.doc);
 *   <SectionIntro chrome={chrome} level={this.headingLevel} headingId="logs-heading" />
 *   // headings inside the section: headingTag(innerLevel(this.headingLevel, chrome))
 *
 * Reading the store inside `sectionChrome` subscribes the render to page
 * content changes, as `OwnContent.section` does.
 */
import { forceUpdate, FunctionalComponent, h } from '@stencil/core';
import { demoSection, loadDemo } from '../data/demo/load';
import type { ContentDocument, SectionChrome, SectionKey } from '../data/types';
import { state } from '../store';
import { headingTag } from './heading';

/** The chrome attributes an element may have (each `undefined` when not given). */
export type ChromeAttributes = Partial<Record<keyof SectionChrome, string | undefined>>;

/** Resolved chrome: every piece a string, `''` meaning hidden. */
export type Chrome = Required<Record<keyof SectionChrome, string>>;

const PIECES: (keyof SectionChrome)[] = ['eyebrow', 'heading', 'tagline', 'lead'];

/**
 * The pieces the demo chrome (data/demo/sections.ts) has, per section. Its words load only
 * where an element shows one of these that nothing else gives: a page whose document sets
 * its chrome never downloads them. A spec keeps this in step with the demo.
 */
export const DEMO_PIECES: Record<SectionKey, (keyof SectionChrome)[]> = {
  profile: ['heading'],
  topology: ['eyebrow', 'heading', 'lead'],
  logs: ['eyebrow', 'heading'],
  incidents: ['eyebrow'],
  decisions: ['eyebrow', 'heading', 'lead'],
  principles: ['eyebrow', 'heading', 'tagline', 'lead'],
  modules: ['eyebrow', 'heading'],
  outage: ['eyebrow', 'heading'],
  recruiter: ['eyebrow', 'heading'],
};

/**
 * Whether section `key` shows one of the demo's chrome words: a piece the demo has that the
 * element's attributes, its own document and the page's document all leave out (a string,
 * "" included, is given).
 */
export function needsDemoChrome(key: SectionKey, attributes: ChromeAttributes, own?: ContentDocument, page: ContentDocument = state.content): boolean {
  const layers = [attributes, own?.sections?.[key], page.sections?.[key]];
  return DEMO_PIECES[key].some(piece => layers.every(layer => typeof layer?.[piece] !== 'string'));
}

/** For OwnContent: the element (its attributes) and its own document need the demo words of section `key`. */
export const demoChrome =
  (key: SectionKey) =>
  (host: object, own?: ContentDocument): boolean =>
    needsDemoChrome(key, host as ChromeAttributes, own);

/**
 * The chrome to show for section `key`: per piece, the element's attribute,
 * else its own document's `sections`, else the page's, else the demo's.
 * `attributes` is usually the element itself (`this`); `page` defaults to the
 * store's document (reading it subscribes the render). When the demo words are
 * needed and not loaded yet (the page's content changed after the first render),
 * they load and the element (`attributes.el`) renders again.
 */
export function sectionChrome(key: SectionKey, attributes: ChromeAttributes & { el?: HTMLElement }, own?: ContentDocument, page: ContentDocument = state.content): Chrome {
  const demo = demoSection('sections');
  if (!demo && needsDemoChrome(key, attributes, own, page)) void loadDemo('sections').then(() => attributes.el && forceUpdate(attributes.el));
  const layers = [attributes, own?.sections?.[key], page.sections?.[key], demo?.[key]];
  const resolved = {} as Chrome;
  for (const piece of PIECES) {
    const found = layers.map(layer => layer?.[piece]).find(value => typeof value === 'string');
    resolved[piece] = found?.trim() ?? '';
  }
  return resolved;
}

/** The heading level inside the section: one below the section heading, or the same when it is hidden. */
export function innerLevel(level: number, chrome: Chrome): number {
  return chrome.heading ? Number(level) + 1 : Number(level);
}

export interface SectionIntroProps {
  chrome: Chrome;
  /** Heading level of the section heading (clamped to 1–6). */
  level: number;
  /** An id for the heading, so the section can be labelled by it (`aria-labelledby`). */
  headingId?: string;
  /** Pieces this element places elsewhere (e.g. the boot's terminal title): not rendered here. */
  omit?: (keyof SectionChrome)[];
}

/**
 * Eyebrow, heading, tagline and lead, in that order, inside `part="intro"`;
 * nothing at all when every piece is hidden. Strings render as text.
 */
export const SectionIntro: FunctionalComponent<SectionIntroProps> = ({ chrome, level, headingId, omit = [] }) => {
  const show = (piece: keyof SectionChrome) => !omit.includes(piece) && chrome[piece] !== '';
  if (!PIECES.some(show)) return null;
  const Heading = headingTag(level) as any;
  return (
    <div class="intro" part="intro">
      {show('eyebrow') ? (
        <p class="eyebrow" part="eyebrow">
          {chrome.eyebrow}
        </p>
      ) : null}
      {show('heading') ? (
        <Heading class="heading" part="heading" id={headingId}>
          {chrome.heading}
        </Heading>
      ) : null}
      {show('tagline') ? (
        <p class="tagline" part="tagline">
          {chrome.tagline}
        </p>
      ) : null}
      {show('lead') ? (
        <p class="lead" part="lead">
          {chrome.lead}
        </p>
      ) : null}
    </div>
  );
};
