import type { AreaHandlers, HandlerDeps } from './deps';

export const accountHandlers = ({
  accounts,
}: HandlerDeps): AreaHandlers<'accounts.list' | 'accounts.add' | 'accounts.remove' | 'accounts.switch' | 'accounts.current'> => ({
  'accounts.list': () => accounts.list(),
  'accounts.add': (request) => accounts.add(request),
  'accounts.remove': async ({ id }) => {
    await accounts.remove(id);
    return { id };
  },
  'accounts.switch': ({ id }) => accounts.switch(id),
  'accounts.current': () => accounts.current(),
});
