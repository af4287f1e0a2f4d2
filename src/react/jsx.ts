/**
 * The bare `lbr-*` tags in React 19 TSX: `<lbr-topology-map content={doc} onlbrServiceSelect={e => e.detail.service.id} />`.
 * Shipped as `live-backend-runtime/react-jsx` (types only) and brought in by any import from
 * `live-backend-runtime/react`.
 *
 * React 19 sets an element's properties (objects included) and listens to `on` + the event name
 * as written: `onlbrServiceSelect` listens to `lbrServiceSelect`, while `onLbrServiceSelect` would
 * listen to an event that never fires. Stencil's own JSX types name events the second way (they
 * are made for Stencil's JSX and the wrappers), so they are renamed here.
 */
import type React from 'react';
import type { JSX as StencilJSX } from '../components';

type Tags = StencilJSX.IntrinsicElements;
type Tag = keyof Tags & keyof HTMLElementTagNameMap;

/** Stencil's `onLbrServiceSelect` becomes React 19's `onlbrServiceSelect`; properties stay as they are. */
type React19Names<P> = { [K in keyof P as K extends `on${infer Event}` ? `on${Uncapitalize<Event>}` : K]: P[K] };

/** The props of the bare tag `T` in React 19: its properties, its events (`onlbr…`) and React's HTML attributes. */
export type LbrTagProps<T extends Tag> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]>, keyof Tags[T]> &
  React19Names<Tags[T]>;

/** Every `lbr-*` tag with its React 19 props. */
export type LbrIntrinsicElements = { [T in Tag]: LbrTagProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends LbrIntrinsicElements {}
  }
}
