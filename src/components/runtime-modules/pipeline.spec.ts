import { idleCaption, pulseAt, pulseCycle, stageCaption, statusTone } from './pipeline';

const T = { dwell: 100, travel: 50, rest: 200 };

describe('statusTone', () => {
  it('gives each known status its own tone, case and spaces ignored', () => {
    expect(statusTone('stable')).toBe('stable');
    expect(statusTone(' Optimized ')).toBe('optimized');
    expect(statusTone('optimised')).toBe('optimized');
    expect(statusTone('RESILIENT')).toBe('resilient');
  });

  it('shows unknown statuses in the neutral tone', () => {
    expect(statusTone('beta')).toBe('neutral');
    expect(statusTone('constructor')).toBe('neutral');
    expect(statusTone('')).toBe('neutral');
  });
});

describe('captions', () => {
  it('names a stage with its position', () => {
    expect(stageCaption(1, 5, 'Booking Engine')).toBe('stage 2/5: Booking Engine');
  });

  it('tells how many stages there are when none is named', () => {
    expect(idleCaption(5)).toBe('5 stages: hover or focus one to name it');
    expect(idleCaption(1)).toBe('1 stage: hover or focus one to name it');
  });
});

describe('pulseAt', () => {
  it('rests on each stage, then travels the arrow to the next', () => {
    expect(pulseAt(0, 3, T)).toEqual({ stage: 0, arrow: null });
    expect(pulseAt(99, 3, T)).toEqual({ stage: 0, arrow: null });
    expect(pulseAt(125, 3, T)).toEqual({ stage: 0, arrow: 0.5 });
    expect(pulseAt(150, 3, T)).toEqual({ stage: 1, arrow: null });
    expect(pulseAt(260, 3, T)).toEqual({ stage: 1, arrow: 0.2 });
    expect(pulseAt(300, 3, T)).toEqual({ stage: 2, arrow: null });
  });

  it('never travels past the last stage: it rests, then starts over', () => {
    const cycle = pulseCycle(3, T);
    expect(cycle).toBe(3 * 100 + 2 * 50 + 200);
    expect(pulseAt(399, 3, T)).toEqual({ stage: 2, arrow: null });
    expect(pulseAt(400, 3, T)).toBeNull();
    expect(pulseAt(cycle - 1, 3, T)).toBeNull();
    expect(pulseAt(cycle, 3, T)).toEqual({ stage: 0, arrow: null });
    expect(pulseAt(cycle * 7 + 125, 3, T)).toEqual({ stage: 0, arrow: 0.5 });
  });

  it('visits every stage of pipelines from 2 to 10 stages in order', () => {
    for (let n = 2; n <= 10; n++) {
      const seen: number[] = [];
      for (let ms = 0; ms < pulseCycle(n, T); ms += 10) {
        const at = pulseAt(ms, n, T);
        if (at && at.arrow === null && seen[seen.length - 1] !== at.stage) seen.push(at.stage);
      }
      expect(seen).toEqual([...Array(n).keys()]);
    }
  });

  it('has no pulse for an empty pipeline and stays on a single stage', () => {
    expect(pulseAt(10, 0, T)).toBeNull();
    expect(pulseAt(10, 1, T)).toEqual({ stage: 0, arrow: null });
    expect(pulseAt(-50, 3, T)).toEqual(pulseAt(pulseCycle(3, T) - 50, 3, T));
  });
});
