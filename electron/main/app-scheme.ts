/** The scheme the packaged UI is served from: a standard, secure origin rather than local files. */
export const appScheme = 'app';

/** The one host the app scheme answers for. */
export const appHost = 'panel';

/** Origin of the packaged UI, the only one trusted in production. */
export const appOrigin = `${appScheme}://${appHost}`;

/** Where the packaged UI starts. */
export const appEntryUrl = `${appOrigin}/index.html`;
