import { exposeWorker } from './runtime/expose-worker';
import { monitorApi } from './monitor.api';

exposeWorker('monitor', monitorApi);
