import { mount } from 'svelte';
import '../static/styles/tokens.css';
import '../static/styles/base.css';
import '../static/styles/layout.css';
import '../static/styles/components.css';
import { createLab } from './api/create-lab';
import { registerServiceWorker } from './register-service-worker';
import { toLabError, type LabError } from './shared/lab-error';
import { LocaleState } from './state/locale.svelte';
import { Notices } from './state/notices.svelte';
import { Router } from './state/router.svelte';
import { StorageHealthState } from './state/storage-health.svelte';
import App from './ui/App.svelte';
import StartupFailedPage from './ui/pages/StartupFailedPage.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

const locale = LocaleState.fromBrowser();
const notices = new Notices();
const storageHealth = new StorageHealthState();
const router = new Router(window);

/** Failures no caller waits for (a worker crash, storage lost): the banner or a notice. */
function notify(error: LabError): void {
  storageHealth.noteError(error);
  if (error.code !== 'READ_ONLY' && error.code !== 'STORAGE_LOST') notices.push(error);
}

try {
  const handle = await createLab({ getLocale: () => locale.current, notify });
  storageHealth.set(handle.lab.storage.health());
  handle.onHealthChange(storageHealth.set);
  mount(App, {
    target,
    props: {
      lab: handle.lab,
      locale,
      router,
      notices,
      storageHealth,
      onDataChange: handle.onDataChange,
    },
  });
} catch (error) {
  console.error(error);
  mount(StartupFailedPage, { target, props: { locale, detail: toLabError(error).message } });
}

void registerServiceWorker();
