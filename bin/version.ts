declare const CFSIM_VERSION: string | undefined;
declare const CFSIM_COMMIT: string | undefined;

/** The package version, injected by the build (a development marker when run from source). */
export const VERSION: string = typeof CFSIM_VERSION === 'string' ? CFSIM_VERSION : '0.0.0-dev';

/** The git commit the build was made from ("-dirty" with uncommitted changes), undefined outside a git checkout or from source. */
export const COMMIT: string | undefined = typeof CFSIM_COMMIT === 'string' && CFSIM_COMMIT !== '' ? CFSIM_COMMIT : undefined;
