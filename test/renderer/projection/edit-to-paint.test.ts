import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EDIT_TO_PAINT_ALL_MEASURE,
  EDIT_TO_PAINT_MEASURE,
  EditToPaintTimer,
} from '../../../renderer/features/projection/edit-to-paint';
import { RECOMPUTE_MEASURE, runModel } from '../../../renderer/features/projection/model-run';
import { defaultScenarios, sampleData } from '../fixtures';

const measures = (name: string) => performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];

describe('edit-to-paint timing', () => {
  beforeEach(() => {
    performance.clearMeasures();
    // Node has no frames: a frame here is the next macrotask.
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('ends once the charts in view have drawn; all panels once the outputs grid has its rows too', async () => {
    const timer = new EditToPaintTimer();
    let drawn!: () => void;
    const chart = { waitForUpdate: () => new Promise<void>((resolve) => (drawn = resolve)) };
    timer.start({ key: 'amd.inference.shareCeiling' });
    const painted = timer.committed(chart);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(measures(EDIT_TO_PAINT_MEASURE)).toHaveLength(0);
    drawn();
    await painted;
    expect(measures(EDIT_TO_PAINT_MEASURE)).toHaveLength(1);
    expect(measures(EDIT_TO_PAINT_MEASURE)[0]!.detail).toEqual({ key: 'amd.inference.shareCeiling' });
    timer.panelsCommitted();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(measures(EDIT_TO_PAINT_ALL_MEASURE)).toHaveLength(0);
    timer.gridUpdated();
    await vi.waitFor(() => expect(measures(EDIT_TO_PAINT_ALL_MEASURE)).toHaveLength(1));
  });

  it('measures nothing for a render no edit started', async () => {
    const timer = new EditToPaintTimer();
    timer.gridUpdated();
    await timer.committed({ waitForUpdate: () => Promise.resolve() });
    expect(measures(EDIT_TO_PAINT_MEASURE)).toHaveLength(0);
  });
});

describe('runModel', () => {
  it('runs every scenario and records the recompute time', () => {
    performance.clearMeasures();
    const run = runModel(sampleData(), defaultScenarios(), null);
    expect(run.ok && run.value.comparison.scenarios.map((s) => s.name)).toEqual(['Bull', 'Base', 'Bear']);
    expect(measures(RECOMPUTE_MEASURE)).toHaveLength(1);
  });

  it('turns invalid inputs into a message naming the scenario', () => {
    const scenarios = defaultScenarios().map((s, i) =>
      i === 1 ? { ...s, assumptions: { ...s.assumptions, 'amd.inference.shareFloor': 0.5 } } : s,
    );
    const run = runModel(sampleData(), scenarios, null);
    expect(run.ok).toBe(false);
    expect(!run.ok && run.error.code).toBe('invalid_input');
    expect(!run.ok && run.error.message).toMatch(/^Base: .*floor 50% is above its ceiling/);
  });

  it('runs scenarios that all have a probability of 0, with no expectation', () => {
    const scenarios = defaultScenarios().map((s) => ({ ...s, probability: 0 }));
    const run = runModel(sampleData(), scenarios, null);
    expect(run.ok && run.value.comparison.years.every((y) => y.expected === null)).toBe(true);
  });
});
