import { dataApi } from './data.api';
import { exposeWorker } from './runtime/expose-worker';

exposeWorker('data', dataApi);
