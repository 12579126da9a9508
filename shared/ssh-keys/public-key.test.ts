import { describe, expect, it } from 'vitest';
import { checkPublicKey, sshKeyNameError, suggestedKeyName } from './public-key';

const ed25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation';
const errorOf = (text: string): string => {
  const check = checkPublicKey(text);
  return check.ok ? '' : check.error;
};

describe('checkPublicKey', () => {
  it('takes one OpenSSH line, trimmed, keeping its comment', () => {
    const check = checkPublicKey(`\n  ${ed25519.replace(' sam', '   sam')}  \n`);
    expect(check).toMatchObject({ ok: true, type: 'ssh-ed25519', comment: 'sam@workstation', line: ed25519 });
    expect(check.ok && check.blob.length).toBe(51);
    expect(suggestedKeyName(check)).toBe('sam@workstation');
    expect(checkPublicKey(ed25519.replace(' sam@workstation', ''))).toMatchObject({ ok: true, comment: '' });
  });

  it('says what is wrong, and how to fix it where it can', () => {
    expect(errorOf('')).toMatch(/Paste a public key/);
    expect(errorOf('-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----')).toMatch(/private key: never share it/);
    expect(errorOf('---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----')).toMatch(/ssh-keygen -i -f/);
    expect(errorOf(`${ed25519}\n${ed25519}`)).toMatch(/one key at a time: this text has 2 lines/);
    expect(errorOf('ssh-dss AAAAB3NzaC1kc3M= old')).toMatch(/does not take ssh-dss keys/);
    expect(errorOf('AAAAC3NzaC1lZDI1NTE5 sam')).toMatch(/starts with its type/);
    expect(errorOf('ssh-ed25519')).toMatch(/missing after its type/);
    expect(errorOf('ssh-ed25519 AAAAC3Nza!C1lZDI1NTE5')).toMatch(/not valid base64/);
    expect(errorOf('ssh-ed25519 bm90IGEga2V5')).toMatch(/not a public key/);
    expect(errorOf(ed25519.replace('ssh-ed25519', 'ssh-rsa'))).toMatch(/is a ssh-ed25519 key, but the line says ssh-rsa/);
    expect(errorOf(`ssh-ed25519 ${'A'.repeat(20_000)}`)).toMatch(/far longer than a public key/);
  });
});

describe('sshKeyNameError', () => {
  it('wants a name of at most 255 characters', () => {
    expect(sshKeyNameError('laptop')).toBeUndefined();
    expect(sshKeyNameError('   ')).toMatch(/Give the key a name/);
    expect(sshKeyNameError('x'.repeat(256))).toMatch(/at most 255/);
  });
});
