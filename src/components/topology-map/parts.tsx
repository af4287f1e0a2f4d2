/** The topology map's panels around the canvas, as functional components: they render what they are given. */
import { FunctionalComponent, h } from '@stencil/core';
import type { TopologyGuide } from '../../data/types';
import type { NodeHealth } from './health-rule';
import type { TopologyPlan } from './orbit';
import { CSS } from './resources';

interface Props {
  plan: TopologyPlan;
  /** Combined health per service (plan order). */
  healths: NodeHealth[];
}

/**
 * The inspected service (layer, name, health badge, role), or, while none is,
 * the document's guide to the map followed by how to inspect and replay: for
 * a mouse, a finger, or the keyboard while the map has keyboard focus (CSS
 * shows the one that applies).
 */
export const Inspector: FunctionalComponent<Props & { index: number; guide?: TopologyGuide }> = ({ plan, healths, index, guide = {} }) => (
  <aside class={CSS.inspector} part="inspector" aria-label="Inspector">
    {index >= 0 ? (
      <div>
        <p class="eyebrow">{plan.layerNames[index]}</p>
        <p class={CSS.name}>
          {plan.names[index]}
          {healths[index] !== 'ok' ? <span class={`badge ${healths[index]}`}>{healths[index]}</span> : null}
        </p>
        <p class="role">{plan.roles[index]}</p>
      </div>
    ) : (
      <div class="guide" part="guide">
        {guide.eyebrow ? <p class="eyebrow">{guide.eyebrow}</p> : null}
        {guide.heading ? <p class={CSS.name}>{guide.heading}</p> : null}
        <p class="hint">
          {guide.text ? <span class="text">{guide.text} </span> : null}
          <span class="pointer">Hover to inspect a service. Click anywhere to restart the request flow.</span>
          <span class="finger">Tap a service to inspect it. Tap anywhere else to restart the request flow.</span>
          <span class="keys">Arrow keys move between services, Enter inspects one, R restarts the request flow.</span>
        </p>
      </div>
    )}
  </aside>
);

export interface MapEvents {
  onKeyDown: (e: KeyboardEvent) => void;
  onPointerDown: (e: PointerEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerLeave: () => void;
  onClick: (e: MouseEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** The focusable canvas wrapper: one keyboard stop for the whole map, named with how to use it. */
export const MapFrame: FunctionalComponent<{ label: string; plan: TopologyPlan; pointing: boolean; canvas: (el?: HTMLCanvasElement) => void; on: MapEvents }> = ({
  label,
  plan,
  pointing,
  canvas,
  on,
}) => (
  <div
    class={{ [CSS.map]: true, pointing }}
    part="map"
    role="application"
    tabindex="0"
    aria-label={`${label}: ${plan.ids.length} services on ${plan.rings.length} orbits. Arrow keys move between services, Enter inspects, R replays the request.`}
    {...on}
  >
    <canvas part="canvas" aria-hidden="true" ref={canvas}></canvas>
  </div>
);

/** The replay button and the caption naming the request path, the current hop, or its completion. */
export const Controls: FunctionalComponent<{ caption: string; onReplay: () => void }> = ({ caption, onReplay }) => (
  <div class="controls">
    <button type="button" class="replay" part="replay" onClick={onReplay}>
      Replay request
    </button>
    <p class={CSS.hop} part="hop" role="status">
      {caption}
    </p>
  </div>
);

/** Where live health comes from and when it last arrived (stale in the warning colour). */
export const LiveLine: FunctionalComponent<{ live: { text: string; when: string; stale: boolean } | null }> = ({ live }) =>
  live ? (
    <p class={{ [CSS.live]: true, stale: live.stale }} part="live">
      <span role="status">{live.text}</span> <span class="when">{live.when}</span>
    </p>
  ) : null;

/** What a screen reader hears for service i: name, layer, health when not ok, then its role or its place in the list. */
export function serviceAnnouncement(plan: TopologyPlan, health: NodeHealth, i: number, detail: 'role' | 'position'): string {
  const note = health !== 'ok' ? ` (${health})` : '';
  return detail === 'role' ? `${plan.names[i]}, ${plan.layerNames[i]}: ${plan.roles[i]}${note}` : `${plan.names[i]}, ${plan.layerNames[i]}${note}. ${i + 1} of ${plan.ids.length}.`;
}

/** The document's layers (the swatch's shape is the kind) and the health colours with the services they mark. */
export const Legend: FunctionalComponent<Props> = ({ plan, healths }) => {
  const marked = (h: NodeHealth) => {
    const names = plan.names.filter((_, i) => healths[i] === h);
    return names.length ? (names.length <= 3 ? names.join(', ') : `${names.length} services`) : 'none';
  };
  return (
    <ul class={CSS.legend} part="legend" aria-label="Legend">
      {plan.rings.map(r => (
        <li key={r.id}>
          <span class={`swatch shape ${r.kind}`} aria-hidden="true"></span>
          {r.name}
        </li>
      ))}
      <li>
        <span class={`${CSS.swatch} health ok`} aria-hidden="true"></span>Healthy
      </li>
      <li>
        <span class={`${CSS.swatch} health degraded`} aria-hidden="true"></span>Degraded (dashed ring): {marked('degraded')}
      </li>
      <li>
        <span class={`${CSS.swatch} health down`} aria-hidden="true"></span>Down (solid ring): {marked('down')}
      </li>
    </ul>
  );
};

/** The text alternative for the canvas: every service with its layer, health and role. */
export const ServiceList: FunctionalComponent<Props> = ({ plan, healths }) => (
  <ul class={`visually-hidden ${CSS.services}`} aria-label="Services">
    {plan.ids.map((id, i) => (
      <li key={id} data-service={id} data-health={healths[i]}>
        {plan.names[i]}, {plan.layerNames[i]}
        {healths[i] !== 'ok' ? ` (${healths[i]})` : ''}: {plan.roles[i]}
      </li>
    ))}
  </ul>
);
