/** The topology map's panels around the canvas, as functional components: they render what they are given. */
import { FunctionalComponent, h } from '@stencil/core';
import type { NodeHealth } from './health-rule';
import type { TopologyPlan } from './orbit';

interface Props {
  plan: TopologyPlan;
  /** Combined health per service (plan order). */
  healths: NodeHealth[];
}

/** The inspected service (layer, name, health badge, role), or how to inspect one. */
export const Inspector: FunctionalComponent<Props & { index: number }> = ({ plan, healths, index }) => (
  <aside class="inspector" part="inspector" aria-label="Inspector">
    {index >= 0 ? (
      <div>
        <p class="eyebrow">{plan.layerNames[index]}</p>
        <p class="name">
          {plan.names[index]}
          {healths[index] !== 'ok' ? <span class={`badge ${healths[index]}`}>{healths[index]}</span> : null}
        </p>
        <p class="role">{plan.roles[index]}</p>
      </div>
    ) : (
      <p class="hint">
        <span class="pointer">Hover or focus a service to inspect it. Click the map, press R or use the button to replay a request.</span>
        <span class="finger">Tap a service to inspect it; tap the map elsewhere or use the button to replay a request.</span>
      </p>
    )}
  </aside>
);

/** The document's layers (the swatch's shape is the kind) and the health colours with the services they mark. */
export const Legend: FunctionalComponent<Props> = ({ plan, healths }) => {
  const marked = (h: NodeHealth) => {
    const names = plan.names.filter((_, i) => healths[i] === h);
    return names.length ? (names.length <= 3 ? names.join(', ') : `${names.length} services`) : 'none';
  };
  return (
    <ul class="legend" part="legend" aria-label="Legend">
      {plan.rings.map(r => (
        <li key={r.id}>
          <span class={`swatch shape ${r.kind}`} aria-hidden="true"></span>
          {r.name}
        </li>
      ))}
      <li>
        <span class="swatch health ok" aria-hidden="true"></span>Healthy
      </li>
      <li>
        <span class="swatch health degraded" aria-hidden="true"></span>Degraded (dashed ring): {marked('degraded')}
      </li>
      <li>
        <span class="swatch health down" aria-hidden="true"></span>Down (solid ring): {marked('down')}
      </li>
    </ul>
  );
};

/** The text alternative for the canvas: every service with its layer, health and role. */
export const ServiceList: FunctionalComponent<Props> = ({ plan, healths }) => (
  <ul class="visually-hidden services" aria-label="Services">
    {plan.ids.map((id, i) => (
      <li key={id} data-service={id} data-health={healths[i]}>
        {plan.names[i]}, {plan.layerNames[i]}
        {healths[i] !== 'ok' ? ` (${healths[i]})` : ''}: {plan.roles[i]}
      </li>
    ))}
  </ul>
);
