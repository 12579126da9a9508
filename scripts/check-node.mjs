#!/usr/bin/env node
// The Node.js the project needs, checked before `npm install`, `npm start` and `npm test` run, with a
// message that says what to do instead of thirty EBADENGINE warnings and a failure further on.
// Runs before any dependency is installed: Node built-ins only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const parts = (version) => version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);

/** The problem with running on `version` given the `engines.node` range (">=22.12"), or undefined. */
export const nodeVersionProblem = (version, range) => {
  const minimum = /^>=\s*v?(\d+(?:\.\d+){0,2})$/.exec(range.trim())?.[1];
  if (!minimum) return `package.json's engines.node (${range}) is not of the form ">=22.12"`;
  const have = parts(version);
  const need = parts(minimum);
  for (let index = 0; index < 3; index += 1) {
    const a = have[index] ?? 0;
    const b = need[index] ?? 0;
    if (a > b) return undefined;
    if (a < b) {
      return (
        `This project needs Node.js ${minimum} or newer: Electron and its build tools require it. This is Node.js ${version.replace(/^v/, '')}.\n` +
        'Install a current Node.js LTS (https://nodejs.org, or your package manager / version manager), then run the command again.'
      );
    }
  }
  return undefined;
};

export const requiredNodeRange = () => JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem(process.version, requiredNodeRange());
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
