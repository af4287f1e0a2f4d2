/**
 * live-backend-runtime for bundlers and scripts: the content contract, the
 * validator (async: it loads on first use) and the store actions. Elements: `live-backend-runtime/components/<tag>`
 * (each import defines its tag) or the CDN loader.
 */
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
  store,
  state,
} from './store';
export type { RuntimeState, RuntimeLine, BootState, Health, LogLevel, GameMetrics, SetContentResult } from './store';
export type { ContentErrorDetail } from './utils/content';
export type { GameActionDetail, ScenarioResolvedDetail, GameOverDetail } from './components/outage-game/interfaces';
export type { Components, JSX } from './components';
