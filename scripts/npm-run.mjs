import { spawnSync } from 'node:child_process';

/**
 * Runs `npm run <script>` and waits. Under npm, `npm_execpath` names npm's own CLI, so it is run
 * with this Node (no shell, works on Windows too); run directly, the `npm` on the PATH is used.
 */
export const npmRun = (script, options = {}) => {
  const npmCli = process.env.npm_execpath;
  const args = ['run', '--silent', script];
  return npmCli && /\.[cm]?js$/.test(npmCli)
    ? spawnSync(process.execPath, [npmCli, ...args], { stdio: 'inherit', ...options })
    : spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
};
