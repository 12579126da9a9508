import { describe, expect, it } from 'vitest';
import { dropletNameProblem } from './droplet-name';
import { imageUrlProblem } from './image-url';
import { tagNameProblem } from './tag-name';

describe('droplet names', () => {
  const label63 = 'x'.repeat(63);
  // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253, the longest hostname RFC 1123 allows.
  const longest = `${label63}.${label63}.${label63}.${'x'.repeat(61)}`;

  it.each(['web-01', 'db.internal', 'a', 'A1', '9', 'api.example.com', 'a-b-c.d-e', label63, longest])('accepts %s as an RFC 1123 hostname', (name) => {
    expect(dropletNameProblem(name)).toBeNull();
  });

  it.each([
    ['', /Enter a name/],
    ['-web', /Start the name with a letter or a digit/],
    ['-leading-dash', /Start the name/],
    ['.web', /Start the name/],
    ['web-', /End the name with a letter or a digit/],
    ['web.', /End the name/],
    ['db..internal', /two dots in a row/],
    ['web-.example.com', /each part between dots.*“web-” does not/],
    ['api.-internal', /“-internal” does not/],
    ['x'.repeat(64), /at most 63 characters, or split the name with dots \(this has 64\)/],
    [`api.${'x'.repeat(70)}`, /each part between dots to at most 63 characters \(“x{20}…” has 70\)/],
    ['web_01', /only letters/],
    ['web 01', /only letters/],
    ['wéb', /only letters/],
    [`${longest}x`, /at most 253 characters \(this has 254\)/],
  ])('refuses %j with a reason', (name, reason) => {
    expect(dropletNameProblem(name)).toMatch(reason);
  });

  // The spec's looser pattern: whatever the panel sends, DigitalOcean's published schema accepts too.
  const specPattern = /^[a-zA-Z0-9]?[a-z0-9A-Z.-]*[a-z0-9A-Z]$/;
  it.each(['web-01', 'api.example.com', label63, longest])('what it accepts the spec accepts too: %s', (name) => {
    expect(specPattern.test(name) && name.length <= 255).toBe(true);
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
