/**
 * live-backend-runtime for bundlers and scripts: the content contract, the
 * validator (async: it loads on first use) and the store actions. Elements: `live-backend-runtime/components/<tag>`
 * (each import defines its tag) or the CDN loader.
 */
import { state as pageState } from './store';
import type { RuntimeState } from './store';

export type * from './data/types';
export {
  setContent,
  validateContent,
  fromJsonResume,
  setBoot,
  selectService,
  setHealth,
  clearHealth,
  appendLog,
  clearLogs,
  setGameMetrics,
  resetStore,
} from './store';

/**
 * The page's shared state, to read (the selected service, health, game metrics, runtime log
 * lines). Writes go through the actions above, which validate and tell every element: the
 * store object itself (set, reset, the page hub between copies) is not part of the API.
 */
export const state: Readonly<RuntimeState> = pageState;
export type { RuntimeState, RuntimeLine, BootState, Health, GameMetrics, SetContentResult } from './store';
export type { ContentErrorDetail } from './utils/content';
export type { GameActionDetail, ScenarioResolvedDetail, GameOverDetail } from './components/outage-game/interfaces';
// Each element's event type (`LbrTopologyMapCustomEvent<ServiceSelectDetail>`) and event details:
// what `addEventListener`, the React wrappers' `onLbr…` props and the bare tags' `onlbr…` receive.
// Stencil's `JSX` is left out: made for Stencil's JSX, it names events `onLbr…`, which React 19
// takes for an event that never fires (React: `live-backend-runtime/react`, `/react-jsx`).
export type {
  Components,
  LbrAdrViewerCustomEvent,
  LbrIncidentReportCustomEvent,
  LbrLogStreamCustomEvent,
  LbrOutageGameCustomEvent,
  LbrPrincipleCardsCustomEvent,
  LbrRecruiterPanelCustomEvent,
  LbrRuntimeCustomEvent,
  LbrRuntimeModulesCustomEvent,
  LbrSystemBootCustomEvent,
  LbrTopologyMapCustomEvent,
} from './components';
export type { ServiceSelectDetail, RequestHopDetail, RequestCompleteDetail, TopologyLayout, TopologyNode } from './components/topology-map/interfaces';
export type { LogFilter } from './components/log-stream/filter';
export type { ContactSubmitDetail, ContactSentDetail, ContactFailedDetail, HostDelivery } from './components/recruiter-panel/interfaces';
export type { AdrSelectDetail } from './components/adr-viewer/interfaces';
export type { IncidentSelectDetail } from './components/incident-report/interfaces';
export type { ContentLoadDetail } from './components/runtime/interfaces';
