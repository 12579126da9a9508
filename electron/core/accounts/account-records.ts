import { z } from 'zod';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';

/** An account added with a token. Everything about it but the token, which is in a secret store. */
export interface TokenAccountRecord {
  id: string;
  name: string;
  kind: 'token';
  storage: 'keychain' | 'session';
  /** DigitalOcean's id of the account, to refuse adding the same account twice. */
  uuid: string;
  email: string;
  team?: string;
  dropletLimit: number;
  /** ISO 8601. */
  addedAt: string;
}

/** The settings keys accounts use; the tokens are never among them. */
export const accountSettingsKeys = { accounts: 'accounts', activeAccountId: 'activeAccountId' } as const;

// Only keychain accounts are saved: a session-only account ends with the session.
const savedRecord = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(64),
  kind: z.literal('token'),
  storage: z.literal('keychain'),
  uuid: z.string().min(1),
  email: z.string(),
  team: z.string().optional(),
  dropletLimit: z.number().int().nonnegative(),
  addedAt: z.string(),
});

/** The saved accounts and the saved choice of active account, read fresh on every call. */
export interface AccountRecords {
  load(): TokenAccountRecord[];
  save(records: readonly TokenAccountRecord[]): void;
  activeId(): string | undefined;
  setActiveId(id: string | null): void;
}

export const createAccountRecords = (settings: SettingsStore, log: Logger): AccountRecords => {
  const reported = new Set<number>();
  return {
    load() {
      const stored = settings.get(accountSettingsKeys.accounts);
      if (!Array.isArray(stored)) return [];
      // The file is the user's to edit: an entry that does not parse is skipped (and dropped at the
      // next save), not trusted. Said once, not on every read.
      return stored.flatMap((entry: unknown, index) => {
        const parsed = savedRecord.safeParse(entry);
        if (!parsed.success && !reported.has(index)) {
          reported.add(index);
          log.warn(`ignoring saved account #${index + 1}: it is not a valid account record`);
        }
        return parsed.success ? [parsed.data] : [];
      });
    },
    save(records) {
      settings.set(
        accountSettingsKeys.accounts,
        records.filter((record) => record.storage === 'keychain'),
      );
    },
    activeId() {
      const stored = settings.get(accountSettingsKeys.activeAccountId);
      return typeof stored === 'string' && stored.length > 0 ? stored : undefined;
    },
    setActiveId(id) {
      if (id === null) settings.delete(accountSettingsKeys.activeAccountId);
      else settings.set(accountSettingsKeys.activeAccountId, id);
    },
  };
};
