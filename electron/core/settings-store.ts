import Conf from 'conf';

/**
 * Where the main side keeps small, non-secret state (the active account, learned action durations,
 * preferences). electron-store in the desktop app and its Node base, conf, in browser mode both fit
 * this shape; tests use the in-memory one. Secrets never go here: they belong to the vault.
 */
export interface SettingsStore {
  /** The stored value, unchecked: callers parse what they read, since the file is the user's to edit. */
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** A store that forgets everything on exit, for tests. */
export const createMemorySettingsStore = (initial: Record<string, unknown> = {}): SettingsStore => {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
    delete: (key) => void values.delete(key),
  };
};

/**
 * Browser mode's store: a JSON file in the OS's per-user config folder (conf's default), or `cwd`;
 * `config.json` unless `configName` names another file there.
 */
export const createFileSettingsStore = (options: { projectName: string; cwd?: string; configName?: string }): SettingsStore => {
  const conf = new Conf<Record<string, unknown>>({
    projectName: options.projectName,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.configName ? { configName: options.configName } : {}),
  });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    delete: (key) => conf.delete(key),
  };
};
