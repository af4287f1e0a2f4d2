/** Class names the game renders and its e2e test reads (Calcite's resources.ts). */
export const CSS = {
  scenarioTitle: 'scenario-title',
  health: 'health',
  metric: 'metric',
  /** The animated number of a metric (its final value is in a visually hidden sibling). */
  value: 'value',
  runbook: 'runbook',
  option: 'option',
  hintText: 'hint-text',
  applied: 'applied',
  scorecard: 'scorecard',
  tally: 'tally',
  scoreValue: 'score-value',
  rules: 'rules',
  next: 'next',
  restart: 'restart',
} as const;
