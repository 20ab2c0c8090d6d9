import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatPercent } from '../../../src/ui/format';
import { labelBackendRow, labelChoiceMarks, selectableRows } from '../../../src/ui/backend-labels';
import type { BackendChoice, BackendMeasurement } from '../../../src/api/types';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';

describe('formatBytes', () => {
  it('uses decimal units and the locale', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
    expect(formatBytes(12_345_678, 'ko')).toBe('12.3MB');
  });

  it('never shows a negative size', () => {
    expect(formatBytes(-5, 'en')).toBe('0 bytes');
  });
});

describe('formatPercent and formatNumber', () => {
  it('shows small ratios with more digits', () => {
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatPercent(0.0012, 'en')).toBe('0.12%');
    expect(formatPercent(0.000007, 'en')).toBe('<0.01%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('groups digits by locale', () => {
    expect(formatNumber(1234.5678, 'en', 2)).toBe('1,234.57');
    expect(formatNumber(1234.5, 'ko', 1)).toBe('1,234.5');
  });
});

describe('backend labels', () => {
  const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
  const row = (id: string, backend: BackendMeasurement['backend'], threads = 1, available = true) =>
    ({ id, backend, threads, available, msPerStep: available ? 2 : null, reason: null }) as const;
  const choice: BackendChoice = {
    device: { key: 'k', userAgent: 'ua', adapter: null, hardwareConcurrency: 4 },
    table: [row('webgpu', 'webgpu', 1, false), row('wasm-1', 'wasm'), row('wasm-4', 'wasm', 4)],
    fastest: 'wasm-4',
    chosen: 'wasm-1',
    override: 'wasm-1',
    measuredAt: 0,
  };

  it('names wasm rows with their thread count', () => {
    expect(labelBackendRow(row('wasm-4', 'wasm', 4), t)).toBe('WebAssembly, 4 threads');
    expect(labelBackendRow(row('wasm-1', 'wasm'), t)).toBe('WebAssembly, 1 thread');
    expect(labelBackendRow(row('webgl', 'webgl'), t)).toBe('WebGL');
  });

  it('marks the chosen, fastest and overridden rows', () => {
    expect(labelChoiceMarks(choice.table[1]!, choice, t)).toBe('In use · Overridden');
    expect(labelChoiceMarks(choice.table[2]!, choice, t)).toBe('Fastest');
    expect(labelChoiceMarks(choice.table[0]!, choice, t)).toBe('');
  });

  it('offers only available rows for the override', () => {
    expect(selectableRows(choice).map((r) => r.id)).toEqual(['wasm-1', 'wasm-4']);
  });
});
