import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAsset } from './static-assets';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'assets-'));
  root = path.join(base, 'dist');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('resolveAsset', () => {
  it('serves files inside the root with their content type', async () => {
    await expect(resolveAsset(root, '/assets/app.js')).resolves.toEqual({
      filePath: path.join(root, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('serves index.html for the root and for client-side routes', async () => {
    for (const url of ['/', '', '/droplets', '/droplets/42']) {
      await expect(resolveAsset(root, url)).resolves.toMatchObject({ filePath: path.join(root, 'index.html') });
    }
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets/link.txt',
    '/assets/missing.js',
  ])('refuses %s', async (url) => {
    await expect(resolveAsset(root, url)).resolves.toBeNull();
  });

  it('never resolves to a folder, the root included', async () => {
    await expect(resolveAsset(root, '/.')).resolves.toBeNull();
    await expect(resolveAsset(root, '/assets')).resolves.toMatchObject({ filePath: path.join(root, 'index.html') });
  });
});

describe('contentTypeFor', () => {
  it('falls back to a type the browser will not execute', () => {
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('X.CSS')).toBe('text/css; charset=utf-8');
  });
});
