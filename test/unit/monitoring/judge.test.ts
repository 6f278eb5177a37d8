import { describe, expect, it } from 'vitest';
import { directionOf, expectedAt, judge, type IndicatorPath } from '../../../src/monitoring/judge.js';

// Hand-worked: the path is a straight line from the start to the target in its year.
describe('expectedAt', () => {
  const path: IndicatorPath = { direction: 'increase', start: { year: 2021, value: 2 }, target: { year: 2025, value: 10 } };
  it('goes up by (10 - 2) / 4 = 2 a year', () => {
    expect([2021, 2022, 2023, 2024, 2025].map((y) => expectedAt(path, y))).toEqual([2, 4, 6, 8, 10]);
  });
  it('holds the start before it and the target after it', () => {
    expect(expectedAt(path, 2019)).toBe(2);
    expect(expectedAt(path, 2027)).toBe(10);
  });
  it('is the target when start and target share a year', () => {
    expect(expectedAt({ ...path, start: { year: 2025, value: 2 } }, 2025)).toBe(10);
  });
});

describe('judge: an increasing indicator (schools with a policy: 2 in 2021 → 10 in 2025)', () => {
  const path: IndicatorPath = { direction: 'increase', start: { year: 2021, value: 2 }, target: { year: 2025, value: 10 } };
  it.each([
    // 2023: the path expects 6.
    [6, 'on-track'], // on the path
    [7, 'on-track'], // above it
    [5, 'off-track'], // below it
    [10, 'reached'], // the target itself
    [12, 'reached'],
  ])('%d schools in 2023 is %s', (value, expected) => {
    expect(judge(path, { year: 2023, value })).toBe(expected);
  });
});

describe('judge: a decreasing indicator (15-year-olds who drank last month: 35% in 2021 → 25% in 2025)', () => {
  // The path falls 2.5 points a year: 32.5 in 2022, 30 in 2023, 27.5 in 2024.
  const path: IndicatorPath = { direction: 'decrease', start: { year: 2021, value: 35 }, target: { year: 2025, value: 25 } };
  it.each([
    [2022, 33, 'off-track'], // above 32.5
    [2022, 32.5, 'on-track'],
    [2023, 29, 'on-track'], // below 30
    [2023, 31, 'off-track'],
    [2024, 27.5, 'on-track'],
    [2024, 25, 'reached'],
    [2025, 26, 'off-track'], // due and not reached
  ])('%d: %d%% is %s', (year, value, expected) => {
    expect(judge(path, { year, value })).toBe(expected);
  });
});

describe('judge: an indicator to keep (age of first drink stays at 15)', () => {
  const path: IndicatorPath = { direction: 'keep', start: { year: 2021, value: 15 }, target: { year: 2025, value: 15 } };
  it('is on track within 5% of the target (14.25 to 15.75)', () => {
    expect(judge(path, { year: 2023, value: 14.3 })).toBe('on-track');
    expect(judge(path, { year: 2023, value: 15.7 })).toBe('on-track');
  });
  it('is off track beyond it, either way', () => {
    expect(judge(path, { year: 2023, value: 14.2 })).toBe('off-track');
    expect(judge(path, { year: 2023, value: 15.8 })).toBe('off-track');
  });
});

describe('directionOf', () => {
  it('takes the plan’s own direction first', () => {
    expect(directionOf('keep', 10, 5)).toBe('keep');
  });
  it('derives it from start and target otherwise', () => {
    expect(directionOf(undefined, 35, 25)).toBe('decrease');
    expect(directionOf(undefined, 2, 10)).toBe('increase');
    expect(directionOf(undefined, 15, 15)).toBe('keep');
    expect(directionOf(undefined, undefined, 15)).toBeUndefined();
  });
});
