import { describe, expect, it } from 'vitest';
import { accountOperations } from '../../../shared/operations/accounts';
import { validateNewAccount, type NewAccountDraft } from './validate-new-account';

const contract = accountOperations['accounts.add'].request;

/** The contract's first message for each field, as the main side would answer. */
const contractIssues = (draft: NewAccountDraft) => {
  const parsed = contract.safeParse(draft);
  const issues: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0]);
    issues[field] ??= issue.message;
  }
  return issues;
};

const token = `dop_v1_${'0123456789abcdef'.repeat(4)}`;

describe('validateNewAccount', () => {
  it.each<[string, Partial<NewAccountDraft>]>([
    ['a valid draft', {}],
    ['an empty name', { name: '' }],
    ['a name of spaces', { name: '   ' }],
    ['a 64-character name', { name: 'n'.repeat(64) }],
    ['a 65-character name', { name: 'n'.repeat(65) }],
    ['a long name padded with spaces', { name: `  ${'n'.repeat(64)}  ` }],
    ['an empty token', { token: '' }],
    ['a token of spaces', { token: ' \n ' }],
    ['a token with a space inside', { token: 'dop_v1_abc def' }],
    ['a token with a line break inside', { token: 'dop_v1_abc\ndef' }],
    ['a token pasted with a trailing line break', { token: `${token}\n` }],
    ['a token far too long', { token: 'x'.repeat(1025) }],
    ['a token far too long with spaces', { token: `${'x'.repeat(1025)} y` }],
    ['both fields wrong', { name: '', token: 'a b' }],
  ])('agrees with the contract on %s', (_what, change) => {
    const draft: NewAccountDraft = { name: 'Work', token, storage: 'keychain', ...change };
    expect(validateNewAccount(draft)).toEqual(contractIssues(draft));
  });

  it('says what is wrong in the contract’s words', () => {
    expect(validateNewAccount({ name: '', token: 'a b', storage: 'session' })).toEqual({
      name: 'Give the account a name.',
      token: 'A token has no spaces or line breaks inside it.',
    });
  });
});
