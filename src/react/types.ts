/**
 * The prop types of the React wrappers (`live-backend-runtime/react`). The wrappers come from
 * @stencil/react-output-target, which imports `EventName` and `StencilReactComponent` from its
 * runtime; scripts/build-react.mjs points those imports here, so the shipped types need nothing
 * but React. Defined here rather than taken from the output target because its props intersect
 * React's HTML attributes with the element's own properties: `content` (a string `<meta>`
 * attribute in React) then refuses the content object, and methods such as `layout` turn up
 * as props.
 */
import type React from 'react';

/** An event name carrying its event type: `'lbrServiceSelect'` as `EventName<LbrTopologyMapCustomEvent<ServiceSelectDetail>>`. */
export type EventName<T extends Event = Event> = string & { __eventType: T };

/** `onLbrServiceSelect`-style props: each receives the element's typed CustomEvent. */
export type EventProps<E> = { [K in keyof E]?: E[K] extends EventName<infer T> ? (event: T) => void : (event: Event) => void };

/** The element's properties, objects included; its methods (`layout`, `replay`, …) are not props. */
export type ElementProps<C> = { [K in keyof C as C[K] extends (...args: never[]) => unknown ? never : K]?: C[K] };

/** Every prop of a wrapper: React's HTML attributes (less the names the element redefines), the element's properties, its events and a ref to the element. */
export type LbrReactProps<I extends HTMLElement, E, C, R extends keyof C = never> = Omit<React.HTMLAttributes<I>, keyof E | keyof C> &
  ElementProps<C> &
  Required<Pick<C, R>> &
  EventProps<E> &
  React.RefAttributes<I>;

/** A React component wrapping the custom element `I`: events `E`, properties from `C`, required properties `R`. */
export type StencilReactComponent<I extends HTMLElement, E = {}, C = Omit<I, keyof HTMLElement>, R extends keyof C = never> = React.FunctionComponent<
  LbrReactProps<I, E, C, R>
>;
