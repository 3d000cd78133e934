declare const __APP_VERSION__: string | undefined;

/** Replaced at build time by the bundler; tests and tsx runs see the development marker. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
