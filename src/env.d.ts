/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app version from package.json, injected at build time. */
declare const __APP_VERSION__: string;

/** The bundled TensorFlow.js version, injected at build time (no TensorFlow.js code). */
declare const __TFJS_VERSION__: string;
