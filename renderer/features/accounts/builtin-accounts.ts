/** The ids the main side gives the accounts that are not saved tokens (see electron/core/accounts). */
export const demoAccountId = 'demo';
export const environmentAccountId = 'environment';
