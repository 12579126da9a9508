/** Where on DigitalOcean's side a user creates the token the panel needs. */
export const tokensUrl = 'https://cloud.digitalocean.com/account/api/tokens';

/** DigitalOcean's own guide to creating a personal access token and choosing its scopes. */
export const tokenGuideUrl = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';
