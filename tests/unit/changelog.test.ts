/**
 * CHANGELOG.md: the changes to the content format, in the form of Keep a Changelog, its
 * versions those of package.json, so that an editor with an older story can find what to change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const releases = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)];

describe('CHANGELOG.md', () => {
  it('starts with what is not released yet, then each version, newest first', () => {
    expect(releases.map((release) => release[1])[0]).toBe('Unreleased');
    const versions = releases.slice(1);
    expect(versions.length).toBeGreaterThan(0);
    for (const release of versions) expect(release[2], `the date of ${release[1] ?? ''}`).toBeDefined();
    const dates = versions.map((release) => release[2] ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
  it('has the version in package.json', () => {
    expect(releases.map((release) => release[1])).toContain(version);
  });
  it('groups changes under the headings Keep a Changelog uses', () => {
    const headings = [...changelog.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(heading);
    }
  });
  it('marks the changes that break older content', () => {
    const breaking = changelog.split('\n').filter((line) => line.startsWith('- **Breaking:**'));
    expect(breaking.length).toBeGreaterThan(0);
  });
});
