/** The lab's version from package.json (injected at build time). */
export const appVersion: string = __APP_VERSION__;
