import { exposeWorker } from './runtime/expose-worker';
import { serveApi } from './serve.api';

exposeWorker('serve', serveApi);
