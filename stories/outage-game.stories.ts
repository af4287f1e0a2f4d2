import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { outage as demoOutage } from '../src/data/demo/outage';
import { sampleDeck } from '../src/components/outage-game/sample-deck';
import { element, reducedMotion } from './helpers';

const TAG = 'lbr-outage-game';

/** The seed's scenario, by its number in the demo deck. */
const SEED_NUMBER = String(demoOutage.scenarios.findIndex(s => s.title === 'Log Volume Spike') + 1);
const seedScenario = demoOutage.scenarios[Number(SEED_NUMBER) - 1];
const optionIndex = (step: number, outcome: 'clean' | 'crash') => seedScenario?.steps[step]?.options.findIndex(o => o.outcome === outcome) ?? 0;

type Game = HTMLElement & {
  choose(i: number): Promise<void>;
  hint(): Promise<void>;
  next(): Promise<void>;
};

/** Plays some moves once the element is ready, the way a player would (through its public methods). */
function playing(args: Record<string, unknown>, moves: (game: Game) => Promise<void>): HTMLElement {
  const el = element(TAG, args) as Game;
  // Wait until the first option is on screen (own content validates asynchronously), then play.
  const start = () => (el.shadowRoot?.querySelector('button.option') ? void moves(el) : requestAnimationFrame(start));
  requestAnimationFrame(start);
  return reducedMotion(el);
}

const meta: Meta = {
  title: 'Elements/lbr-outage-game',
  component: TAG,
  render: args => element(TAG, args),
  args: { theme: 'dark', headingLevel: 2, seed: '2026', scenario: SEED_NUMBER },
};
export default meta;
type Story = StoryObj;

/** A new game on the seed's scenario. */
export const NewGame: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

/** Two clean steps in: metrics improving, the applied runbook filling up. */
export const MidScenario: Story = {
  render: args =>
    playing(args, async game => {
      await game.choose(optionIndex(0, 'clean'));
      await game.choose(optionIndex(1, 'clean'));
    }),
};

/** The first step crashed: penalty, crash count, worse metrics, the step to retry. */
export const AfterCrash: Story = {
  render: args => playing(args, game => game.choose(optionIndex(0, 'crash'))),
};

/** A hint bought on the first step. */
export const WithHint: Story = {
  render: args => playing(args, game => game.hint()),
};

/** The end-of-deck summary, after a 3-scenario deck played clean (one crash on the way). */
export const EndOfDeck: Story = {
  args: { content: { outage: sampleDeck }, scenario: 'bad-deploy' },
  render: args =>
    playing(args, async game => {
      await game.choose(1); // "Hotfix forward under pressure": a crash
      for (let s = 0; s < 3; s++) {
        for (let step = 0; step < 3; step++) await game.choose(0);
        await game.next();
      }
    }),
};

/** A host page's own deck: three scenarios with their own scoring (+100 / -10 / -40). */
export const CustomDeck: Story = {
  args: { content: { outage: sampleDeck }, scenario: 'retry-storm' },
};
