/** Event details of lbr-outage-game (exported from the package entry). */
import type { Outcome } from '../../data/types';

/** `lbrGameAction` detail: `step` and `option` are 0-based indices. */
export interface GameActionDetail {
  scenarioId: string;
  step: number;
  option: number;
  outcome: Outcome;
  score: number;
}

export interface ScenarioResolvedDetail {
  scenarioId: string;
  /** Every step clean, no hint, no crash: the clean-fix bonus was scored. */
  clean: boolean;
  score: number;
}

export interface GameOverDetail {
  score: number;
  solved: number;
  crashes: number;
  best: number;
}
