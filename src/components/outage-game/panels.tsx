/**
 * The game's panels as functional components: the element (outage-game.tsx)
 * owns the state and passes in what each one shows. `Sub` is the heading tag
 * for panel titles (one level under the game's title).
 */
import { FunctionalComponent, h } from '@stencil/core';
import type { Metrics, Scenario } from '../../data/types';
import type { Health } from '../../store';
import { GameState, HEALTHY_ERROR_RATE, HEALTHY_LATENCY_MS, scenarioNumber } from './engine';
import { formatLatency, formatPoints, formatRate, formatThroughput, OUTCOME_LABEL } from './format';
import { HEALTH_LABEL } from './health';
import { lifetimeLine, Tally } from './tallies';
import type { Progress } from './storage';
import { CSS } from './resources';

type Sub = any;

/** Number, title, symptom and objective of the running scenario. */
export const ScenarioCard: FunctionalComponent<{ game: GameState; scenario: Scenario; total: number; Sub: Sub }> = ({ game, scenario, total, Sub }) => (
  <article class="scenario" part="scenario" aria-labelledby="scenario-title">
    <p class="eyebrow">
      scenario #{scenarioNumber(game)} <span class="of">of {total}</span>
    </p>
    <Sub class={CSS.scenarioTitle} id="scenario-title">
      {scenario.title}
    </Sub>
    <p class="symptom">{scenario.symptom}</p>
    <p class="objective">
      <span class="label">Objective:</span> {scenario.objective}
    </p>
  </article>
);

export interface MetricsProps {
  /** The numbers as drawn right now (animating towards `final`). */
  shown: Metrics;
  final: Metrics;
  /** The incident's health (health.ts): the badge says what the map and the log say. */
  health: Health;
}

/** Latency, error rate and throughput with the health badge; screen readers get the final values only. */
export const MetricsPanel: FunctionalComponent<MetricsProps> = ({ shown, final, health }) => {
  const rows: [string, string, string, boolean][] = [
    ['latency', formatLatency(shown.latencyMs), formatLatency(final.latencyMs), final.latencyMs > HEALTHY_LATENCY_MS],
    ['error rate', formatRate(shown.errorRate), formatRate(final.errorRate), final.errorRate > HEALTHY_ERROR_RATE],
    ['throughput', formatThroughput(shown.throughputRps), formatThroughput(final.throughputRps), false],
  ];
  const label = HEALTH_LABEL[health];
  return (
    <section class="metrics" part="metrics" aria-label="live metrics">
      <div class="metrics-head">
        <span class="eyebrow">live metrics</span>
        <span class={{ [CSS.health]: true, [label]: true }} part="health" data-health={health}>
          {label}
        </span>
      </div>
      <dl>
        {rows.map(([name, now, end, bad]) => (
          <div class={{ [CSS.metric]: true, bad }} part="metric">
            <dt>{name}</dt>
            <dd>
              <span class={CSS.value} aria-hidden="true">
                {now}
              </span>
              <span class="visually-hidden">{end}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

export interface RunbookProps {
  game: GameState;
  scenario: Scenario;
  /** The hint penalty, shown on the hint button until the hint is open. */
  hintCost: number;
  onChoose: (index: number) => void;
  onHint: () => void;
}

/** The current step's prompt, options (keys 1–4) and hint; once resolved, the verdict. */
export const Runbook: FunctionalComponent<RunbookProps> = ({ game, scenario, hintCost, onChoose, onHint }) => {
  const steps = scenario.steps.length;
  if (game.resolved) {
    return (
      <section class={`${CSS.runbook} resolved`} part="runbook" aria-label="runbook">
        <p class="step-line">
          runbook complete: {steps}/{steps} steps applied
        </p>
        <p class="verdict">{game.clean ? 'Clean fix: every step was the safest move.' : 'Resolved, but not a clean fix.'}</p>
      </section>
    );
  }
  const step = scenario.steps[game.step];
  const key = `${game.position}-${game.step}`;
  return (
    <section class={CSS.runbook} part="runbook" aria-labelledby="step-line step-prompt">
      <p class="step-line" id="step-line">
        runbook step {game.step + 1}/{steps}: choose the safest next action
      </p>
      <p class="prompt" id="step-prompt">
        {step.prompt}
      </p>
      <ol class="options" role="list">
        {step.options.map((option, i) => (
          <li key={`${key}-${i}`}>
            <button type="button" class={CSS.option} part="option" onClick={() => onChoose(i)} aria-keyshortcuts={i < 4 ? String(i + 1) : undefined}>
              <kbd aria-hidden="true">{i + 1}</kbd>
              <span>{option.label}</span>
            </button>
          </li>
        ))}
      </ol>
      <div class="hint-row">
        <button type="button" class="hint" part="hint" onClick={() => onHint()} aria-expanded={game.hintShown ? 'true' : 'false'} aria-controls="hint-text">
          {game.hintShown ? 'hint' : `hint (${formatPoints(hintCost)})`}
        </button>
        <p class={CSS.hintText} id="hint-text" hidden={!game.hintShown}>
          {game.hintShown ? step.hint : ''}
        </p>
      </div>
    </section>
  );
};

/** The actions applied in this scenario, crashes included, with their log lines. */
export const AppliedRunbook: FunctionalComponent<{ game: GameState; scenario: Scenario; Sub: Sub }> = ({ game, scenario, Sub }) => (
  <section class={CSS.applied} part="applied" aria-labelledby="applied-title">
    <Sub class="eyebrow" id="applied-title">
      applied runbook
    </Sub>
    {game.applied.length ? (
      <ol>
        {game.applied.map(a => (
          <li class={a.outcome}>
            <span class="tag">{OUTCOME_LABEL[a.outcome]}</span>
            <span class="what">
              step {a.step + 1}: {a.label}
            </span>
            <span class="log">{scenario.steps[a.step]?.options[a.option]?.log}</span>
          </li>
        ))}
      </ol>
    ) : (
      <p class="none">no actions applied yet</p>
    )}
  </section>
);

/** Label/value counts: the scorecard's and the summary's one list. */
export const Tallies: FunctionalComponent<{ rows: Tally[] }> = ({ rows }) => (
  <dl class="tallies">
    {rows.map(([label, value]) => (
      <div class={CSS.tally}>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
);

/** The big score number with its label. */
const Score: FunctionalComponent<{ label: string; value: number }> = ({ label, value }) => (
  <p class="score">
    <span class="score-label">{label}</span> <span class={CSS.scoreValue}>{value}</span>
  </p>
);

export interface ScorecardProps {
  score: number;
  /** "clean fix bonus: +75 | hint: -25 | crash: -50" */
  rules: string;
  rows: Tally[];
  Sub: Sub;
}

export const Scorecard: FunctionalComponent<ScorecardProps> = ({ score, rules, rows, Sub }) => (
  <section class={CSS.scorecard} part="scorecard" aria-labelledby="scorecard-title">
    <Sub class="eyebrow" id="scorecard-title">
      incident scorecard
    </Sub>
    <Score label="score" value={score} />
    <p class={CSS.rules}>{rules}</p>
    <Tallies rows={rows} />
  </section>
);

export interface SummaryProps {
  score: number;
  rows: Tally[];
  /** Lifetime totals from storage, when known. */
  progress?: Progress;
  onRestart: () => void;
  Sub: Sub;
}

/** The end of the deck: final score, the deck's tallies, lifetime totals and "play again". */
export const Summary: FunctionalComponent<SummaryProps> = ({ score, rows, progress, onRestart, Sub }) => (
  <section class="summary" part="summary" aria-labelledby="summary-title">
    <Sub class={CSS.scenarioTitle} id="summary-title">
      Deck complete
    </Sub>
    <Score label="final score" value={score} />
    <Tallies rows={rows} />
    {progress ? <p class="lifetime">{lifetimeLine(progress)}</p> : null}
    <button type="button" class={CSS.restart} onClick={() => onRestart()}>
      play again
    </button>
  </section>
);
