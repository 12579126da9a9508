/**
 * The origin of a URL as `scheme://host[:port]`, or null if it does not parse. Node's `URL#origin`
 * is `'null'` for schemes it does not know (such as `app:`), which Chromium treats as standard.
 */
export const originOf = (url: string): string | null => {
  if (!URL.canParse(url)) return null;
  const { protocol, host } = new URL(url);
  return host === '' ? null : `${protocol}//${host}`;
};
