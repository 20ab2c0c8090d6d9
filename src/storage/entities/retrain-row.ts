import type { RetrainRecord } from '../../lifecycle/monitor/retrain-types';

/** A retrain and each of its steps (`retrains`), from trigger to production or rejection. */
export type RetrainRow = RetrainRecord;
