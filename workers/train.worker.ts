import { exposeWorker } from './runtime/expose-worker';
import { trainApi } from './train.api';

exposeWorker('train', trainApi);
