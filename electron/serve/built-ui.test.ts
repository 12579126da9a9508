import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtUiRoot, hasBuiltUi } from './built-ui';

describe('built UI', () => {
  let project = '';
  afterEach(() => rm(project, { recursive: true, force: true }));

  it('is dist/ beside the bundle directory, and present once index.html is built', async () => {
    project = await mkdtemp(path.join(tmpdir(), 'panel-ui-'));
    const root = builtUiRoot(path.join(project, 'dist-electron'));
    expect(root).toBe(path.join(project, 'dist'));
    expect(await hasBuiltUi(root)).toBe(false);
    await mkdir(path.join(root, 'index.html'), { recursive: true });
    expect(await hasBuiltUi(root)).toBe(false);
    await rm(path.join(root, 'index.html'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    expect(await hasBuiltUi(root)).toBe(true);
  });
});
