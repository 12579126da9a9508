import { describe, expect, it } from 'vitest';
import { dropletNameProblem } from './droplet-name';
import { imageUrlProblem } from './image-url';
import { tagNameProblem } from './tag-name';

describe('droplet names', () => {
  it.each(['web-01', 'db.internal', 'a', 'A1', '-web', '.web', 'x'.repeat(255)])('accepts %s as the API does', (name) => {
    expect(dropletNameProblem(name)).toBeNull();
  });

  it.each([
    ['', /Enter a name/],
    ['web-', /End the name/],
    ['web.', /End the name/],
    ['web_01', /only letters/],
    ['web 01', /only letters/],
    ['wéb', /only letters/],
    ['x'.repeat(256), /at most 255/],
  ])('refuses %j with a reason', (name, reason) => {
    expect(dropletNameProblem(name)).toMatch(reason);
  });
});

describe('tag names', () => {
  it.each(['env:prod', 'team_data', 'k8s-node'])('accepts %s', (tag) => expect(tagNameProblem(tag)).toBeNull());
  it.each(['', 'has space', 'dot.ted', 'x'.repeat(256)])('refuses %j', (tag) => expect(tagNameProblem(tag)).not.toBeNull());
});

describe('custom image URLs', () => {
  it.each([
    'https://example.com/images/disk.qcow2',
    'http://cloud-images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-amd64.img',
    'https://example.com/disk.raw.gz',
    'https://example.com/disk.VMDK.bz2',
    'https://example.com/a/b/disk.vhdx?signature=abc',
  ])('accepts %s', (url) => expect(imageUrlProblem(url)).toBeNull());

  it.each([
    ['example.com/disk.qcow2', /full address/],
    ['ftp://example.com/disk.qcow2', /https/],
    ['https://example.com/disk.iso', /disk image/],
    ['https://example.com/disk', /disk image/],
    ['https://example.com/disk.zip', /disk image/],
    ['https://example.com/disk.gz', /disk image/],
  ])('refuses %s', (url, reason) => expect(imageUrlProblem(url)).toMatch(reason));
});
