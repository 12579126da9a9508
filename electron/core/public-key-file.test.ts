import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPublicKeyFile } from './public-key-file';

const folders: string[] = [];
const folder = (): string => {
  const made = mkdtempSync(path.join(tmpdir(), 'panel-key-file-'));
  folders.push(made);
  return made;
};
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe('readPublicKeyFile', () => {
  it('reads a public key file with its name', async () => {
    const file = path.join(folder(), 'id_ed25519.pub');
    writeFileSync(file, 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation\n');
    expect(await readPublicKeyFile(file)).toEqual({
      fileName: 'id_ed25519.pub',
      text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation\n',
    });
  });

  it('refuses a folder, a missing file and a file too large to be a key, without reading it', async () => {
    const dir = folder();
    await expect(readPublicKeyFile(dir)).rejects.toMatchObject({ detail: { kind: 'validation', message: expect.stringMatching(/is not a file/) } });
    await expect(readPublicKeyFile(path.join(dir, 'nope.pub'))).rejects.toMatchObject({ detail: { kind: 'not_found' } });
    const large = path.join(dir, 'disk.img');
    writeFileSync(large, Buffer.alloc(64 * 1024));
    await expect(readPublicKeyFile(large)).rejects.toMatchObject({ detail: { kind: 'validation', message: expect.stringMatching(/too large/) } });
  });
});
