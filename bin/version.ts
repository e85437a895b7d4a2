declare const CFSIM_VERSION: string | undefined;

/** The package version, injected by the build (a development marker when run from source). */
export const VERSION: string = typeof CFSIM_VERSION === 'string' ? CFSIM_VERSION : '0.0.0-dev';
