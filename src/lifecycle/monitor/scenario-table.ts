/**
 * A replayed stream as a table: the replay table's rows copied in stream order (row i is the
 * event at position i) with the chosen scenario applied from its onset on. Pure and seeded.
 */
import { createRandom } from '../../shared/random';
import type { ColumnTable, ColumnValues, DatasetSchema } from '../data/types';
import { computeSubSeed } from '../train/sub-seed';
import { createLabelReader } from '../train/read-column';
import type { Scenario } from './monitor-types';
import { computeMissingColumn, computeUnseenColumn } from './scenario-cells';
import {
  checkShare,
  computeGatheredColumn,
  computeOnsetPosition,
  findScenarioColumn,
  invalidArgument,
  wrongColumnType,
} from './scenario-check';
import { computeShiftedColumn } from './scenario-covariate';
import { computeConceptColumn, computePriorOrder } from './scenario-labels';

/** A scenario's stream: its table in stream order and the first affected position (null: none). */
export interface ScenarioStream {
  table: ColumnTable;
  onset: number | null;
}

/** Sub-seed tags: each scenario kind draws from its own stream of numbers. */
const seedTags = { prior: 2, concept: 3, missing: 4, unseen: 5 } as const;

function checkOrder(table: ColumnTable, order: Int32Array): void {
  for (const row of order) {
    if (!(row >= 0 && row < table.rowCount)) {
      throw invalidArgument('order', 'out_of_range', `row ${row} is not a row of the table`);
    }
  }
}

function gather(table: ColumnTable, order: Int32Array): ColumnTable {
  const columns = table.columns.map((values) => computeGatheredColumn(values, order));
  return { rowCount: order.length, names: [...table.names], columns };
}

/**
 * The stream's table (rows in `order`) with `scenario` applied from floor(onset × n) on;
 * INVALID_ARGUMENT naming the column when a column is missing or of the wrong type.
 */
export function computeScenarioTable(
  table: ColumnTable,
  schema: DatasetSchema,
  order: Int32Array,
  scenario: Scenario,
  seed: number,
): ScenarioStream {
  checkOrder(table, order);
  if (scenario.kind === 'none') return { table: gather(table, order), onset: null };
  const n = order.length;
  const onset = computeOnsetPosition(scenario.onset, n);
  if (scenario.kind === 'prior') {
    const target = findScenarioColumn(table, schema, scenario.target, 'target');
    const random = createRandom(computeSubSeed(seed, seedTags.prior));
    const read = createLabelReader(target.values);
    const resampled = computePriorOrder(order, read, scenario.weights, onset, random);
    return { table: gather(table, resampled), onset };
  }
  if ((scenario.kind === 'covariate' || scenario.kind === 'missing') && !scenario.columns.length) {
    throw invalidArgument('columns', 'required', 'choose at least one column');
  }
  const out = gather(table, order);
  const replace = (index: number, values: ColumnValues): void => {
    out.columns[index] = values;
  };
  if (scenario.kind === 'covariate') {
    if (!Number.isFinite(scenario.shift)) {
      throw invalidArgument('shift', 'not_finite', 'the shift must be a finite number');
    }
    for (const name of scenario.columns) {
      const column = findScenarioColumn(out, schema, name, 'columns');
      const { type } = column.schema;
      if (column.values.kind !== 'numeric' || (type !== 'number' && type !== 'integer')) {
        throw wrongColumnType(name, 'columns', 'a number column');
      }
      const options = { ...scenario, onsetPosition: onset, integer: type === 'integer' };
      replace(column.index, computeShiftedColumn(column.values, options));
    }
  } else if (scenario.kind === 'concept') {
    const column = findScenarioColumn(out, schema, scenario.target, 'target');
    const categorical = column.values.kind === 'coded' || column.schema.type === 'boolean';
    const task = scenario.task ?? (categorical ? 'classification' : 'regression');
    if (task === 'regression' && categorical) {
      throw wrongColumnType(scenario.target, 'target', 'a number column');
    }
    const random = createRandom(computeSubSeed(seed, seedTags.concept));
    replace(column.index, computeConceptColumn(column.values, task, onset, random));
  } else if (scenario.kind === 'missing') {
    const rate = checkShare(scenario.rate, 'rate');
    for (const name of scenario.columns) {
      const column = findScenarioColumn(out, schema, name, 'columns');
      const random = createRandom(computeSubSeed(seed, seedTags.missing, column.index));
      replace(column.index, computeMissingColumn(column.values, rate, onset, random));
    }
  } else {
    const rate = checkShare(scenario.rate, 'rate');
    const column = findScenarioColumn(out, schema, scenario.column, 'column');
    if (column.values.kind !== 'coded') {
      throw wrongColumnType(scenario.column, 'column', 'a category column');
    }
    if (scenario.value === '' || column.values.dictionary.includes(scenario.value)) {
      throw invalidArgument(
        'value',
        'not_allowed',
        `"${scenario.value}" is not an unseen category`,
      );
    }
    const random = createRandom(computeSubSeed(seed, seedTags.unseen));
    replace(column.index, computeUnseenColumn(column.values, scenario.value, rate, onset, random));
  }
  return { table: out, onset };
}
