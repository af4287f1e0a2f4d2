/**
 * Every sentence the game announces in its polite live region: what the move
 * did, what it cost, where the runbook stands and, when it changed, what the
 * affected services are now (the same health the badge, the map and the log
 * stream show; see health.ts).
 */
import type { OutageOption, Scoring } from '../../data/types';
import type { GameState } from './engine';
import { formatPoints } from './format';
import { HEALTH_LABEL, Incident } from './health';

/** "Services down: monitor, api." or, for an incident that names no services, "Metrics degraded." */
export function healthNote(i: Incident): string {
  const label = HEALTH_LABEL[i.health];
  return i.services.length ? `Services ${label}: ${i.services.join(', ')}.` : `Metrics ${label}.`;
}

/** The health note when the health changed (or `always`), else nothing. */
const noteIf = (before: Incident | null, after: Incident | null, always = false) =>
  after && (always || before?.health !== after.health) ? ` ${healthNote(after)}` : '';

/** "Hint (-25): …"; showing it again is free and says no price. */
export const hintMessage = (hint: string, charged: boolean, cost: number) => `Hint${charged ? ` (${formatPoints(cost)})` : ''}: ${hint}`;

export interface ActionContext {
  option: OutageOption;
  /** The game after the move. */
  game: GameState;
  /** Runbook steps of the scenario. */
  steps: number;
  scoring: Scoring;
  /** The clean-fix bonus the move scored (0 when none). */
  bonus: number;
  /** The incident before and after the move. */
  before: Incident | null;
  after: Incident | null;
}

/** What an applied option did: crash, step done, or scenario resolved (with its health, always). */
export function actionMessage(c: ActionContext): string {
  const { option, game } = c;
  if (option.outcome === 'crash') {
    return `Crash: ${option.label}. ${formatPoints(c.scoring.crash)} points.${noteIf(c.before, c.after)} Try step ${game.step + 1} again.`;
  }
  const how = `${option.outcome === 'clean' ? 'Clean' : 'Works, not clean'}: ${option.label}.`;
  if (game.resolved) {
    const bonus = game.clean ? `, clean fix bonus ${formatPoints(c.bonus)}.` : '.';
    return `${how} Scenario resolved${bonus}${noteIf(c.before, c.after, true)} Score ${game.score}.`;
  }
  return `${how}${noteIf(c.before, c.after)} Runbook step ${game.step + 1} of ${c.steps}.`;
}

/** A scenario dealt: "New game. Scenario #32: Log Volume Spike. Services degraded: monitor, api." */
export function dealtMessage(incident: Incident, newGame = false): string {
  return `${newGame ? 'New game. ' : ''}Scenario #${incident.number}: ${incident.title}. ${healthNote(incident)}`;
}

/** The end of the deck. */
export const deckCompleteMessage = (game: Pick<GameState, 'score' | 'solved' | 'crashes'>) =>
  `Deck complete. Score ${game.score}, ${game.solved} solved, ${game.crashes} crash${game.crashes === 1 ? '' : 'es'}.`;
