/**
 * Pure shaping for parallel coordinates: one vertical axis per differing hyperparameter and the
 * metric last, each run a polyline across them. No DOM: unit-tested in Node.
 */
import { scaleLinear, scalePoint, type ScaleLinear, type ScalePoint } from 'd3';
import type { RunComparison } from '../../lifecycle/train/run-types';
import { computeExtent } from './chart-data';

/** The parallel-coordinates part of a run comparison. */
export type ParallelData = RunComparison['parallel'];

/** One vertical axis: its key, horizontal position, and its values (number range or categories). */
export type ParallelAxis =
  | { key: string; kind: 'number'; x: number; domain: [number, number] }
  | { key: string; kind: 'category'; x: number; categories: string[] };

/** One run across the axes; a null point is a missing value (a gap in the line). */
export interface ParallelLine {
  runId: string;
  metric: number | null;
  points: ({ x: number; y: number } | null)[];
}

/** A number cell's value, or NaN when missing or not a finite number. */
function toNumber(value: number | string | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/** A category cell's text, or null when missing. */
function toCategory(value: number | string | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The dimensions to draw: every dimension, and the metric last (added when not already there). */
export function computeParallelDimensions(data: ParallelData): ParallelData['dimensions'] {
  const others = data.dimensions.filter((d) => d.key !== data.metric);
  return [...others, { key: data.metric, kind: 'number' }];
}

/** Axes spread evenly over `width` (one axis sits in the middle); categories in first-seen order. */
export function computeParallelAxes(data: ParallelData, width: number): ParallelAxis[] {
  const dimensions = computeParallelDimensions(data);
  const step = dimensions.length > 1 ? width / (dimensions.length - 1) : 0;
  return dimensions.map((dimension, i) => {
    const x = dimensions.length > 1 ? i * step : width / 2;
    const values = data.rows.map((row) => row.values[dimension.key]);
    if (dimension.kind === 'number') {
      return { key: dimension.key, kind: 'number', x, domain: computeExtent(values.map(toNumber)) };
    }
    const categories = [...new Set(values.map(toCategory).filter((v): v is string => v !== null))];
    return { key: dimension.key, kind: 'category', x, categories };
  });
}

/** The d3 scale of one axis over `height`: linear for numbers, points for categories. */
export function computeAxisScale(
  axis: ParallelAxis,
  height: number,
):
  | { kind: 'number'; scale: ScaleLinear<number, number> }
  | { kind: 'category'; scale: ScalePoint<string> } {
  return axis.kind === 'number'
    ? { kind: 'number', scale: scaleLinear().domain(axis.domain).range([height, 0]) }
    : {
        kind: 'category',
        scale: scalePoint<string>().domain(axis.categories).range([height, 0]).padding(0.5),
      };
}

/** A position function for one axis over `height` (top is the largest number / last category). */
export function computeAxisPosition(
  axis: ParallelAxis,
  height: number,
): (value: number | string | null | undefined) => number | null {
  const axisScale = computeAxisScale(axis, height);
  if (axisScale.kind === 'number') {
    return (value) => {
      const n = toNumber(value);
      return Number.isFinite(n) ? axisScale.scale(n) : null;
    };
  }
  return (value) => {
    const text = toCategory(value);
    return text === null ? null : (axisScale.scale(text) ?? null);
  };
}

/** Each run's polyline over the axes, with its metric (null when missing). */
export function computeParallelLines(
  data: ParallelData,
  axes: readonly ParallelAxis[],
  height: number,
): ParallelLine[] {
  const positions = axes.map((axis) => computeAxisPosition(axis, height));
  return data.rows.map((row) => {
    const metric = toNumber(row.values[data.metric]);
    return {
      runId: row.runId,
      metric: Number.isFinite(metric) ? metric : null,
      points: axes.map((axis, i) => {
        const y = positions[i]?.(row.values[axis.key]) ?? null;
        return y === null ? null : { x: axis.x, y };
      }),
    };
  });
}

/** Where a metric sits between the lowest and highest metric (0..1); 0.5 when all are equal. */
export function computeMetricShare(value: number, domain: readonly [number, number]): number {
  const [low, high] = domain;
  if (!(high > low)) return 0.5;
  return Math.min(1, Math.max(0, (value - low) / (high - low)));
}

/** A line's colour: warning (lowest metric) mixed towards accent (highest); muted when missing. */
export function computeMetricColor(share: number | null): string {
  if (share === null) return 'var(--text-muted)';
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return `color-mix(in oklab, var(--accent) ${percent}%, var(--warning))`;
}
