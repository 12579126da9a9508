import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, requiredNodeRange } from './check-node.mjs';

describe('nodeVersionProblem', () => {
  it('accepts the minimum and anything newer', () => {
    for (const version of ['v22.12.0', 'v22.23.5', 'v23.0.0', 'v24.1.0']) expect(nodeVersionProblem(version, '>=22.12')).toBeUndefined();
  });

  it('refuses older versions with what to do', () => {
    expect(nodeVersionProblem('v20.20.2', '>=22.12')).toMatch(/needs Node\.js 22\.12 or newer[\s\S]*This is Node\.js 20\.20\.2\.\nInstall a current Node\.js LTS/);
    expect(nodeVersionProblem('v22.11.9', '>=22.12.0')).toMatch(/22\.12\.0 or newer/);
  });

  it('reads the range package.json declares, which its dependencies agree with', () => {
    expect(requiredNodeRange()).toBe('>=22.12');
    expect(nodeVersionProblem('v1.0.0', 'node 22')).toMatch(/not of the form/);
  });
});
