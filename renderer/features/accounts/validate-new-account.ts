import type { RequestableStorage } from '../../../shared/account-types';

export interface NewAccountDraft {
  name: string;
  token: string;
  storage: RequestableStorage;
}

export interface NewAccountIssues {
  name?: string;
  token?: string;
}

/**
 * The `accounts.add` request schema's rules and messages, checked before anything is sent. The
 * renderer does not bundle the schema (nor zod), so they are restated here; a test holds the two
 * to the same answers.
 */
const nameIssue = (raw: string): string | undefined => {
  const name = raw.trim();
  if (name.length < 1) return 'Give the account a name.';
  if (name.length > 64) return 'Keep the name to 64 characters or fewer.';
  return undefined;
};

const tokenIssue = (raw: string): string | undefined => {
  const token = raw.trim();
  if (token.length < 1) return 'Paste a personal access token.';
  if (token.length > 1024) return 'That is far longer than a DigitalOcean token.';
  if (/\s/.test(token)) return 'A token has no spaces or line breaks inside it.';
  return undefined;
};

/** What is wrong with each field, if anything; an empty object when the draft may be sent. */
export const validateNewAccount = ({ name, token }: NewAccountDraft): NewAccountIssues => {
  const issues: NewAccountIssues = {};
  const nameProblem = nameIssue(name);
  const tokenProblem = tokenIssue(token);
  if (nameProblem) issues.name = nameProblem;
  if (tokenProblem) issues.token = tokenProblem;
  return issues;
};
