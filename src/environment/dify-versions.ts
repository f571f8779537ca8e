import { type DifyRelease, difyReleaseTable } from '../data/dify-releases.js';

/** Tags that name a moving target rather than a release. */
const FLOATING_TAGS =
  /^(?:latest|main|master|nightly|dev|develop|edge|stable|main-local|latest-local)$|(?:^|-)latest$/i;

export function isFloatingTag(tag: string): boolean {
  return FLOATING_TAGS.test(tag);
}

export function findRelease(version: string): DifyRelease | undefined {
  return difyReleaseTable.releases.find((release) => release.version === version);
}

/** The major version of a tag such as "1.13.3" or "0.15.3", or undefined for anything else. */
export function majorVersion(tag: string): number | undefined {
  const match = /^v?(\d+)\.\d+/.exec(tag);
  return match ? Number(match[1]) : undefined;
}

/** "0.5.3-local" -> "0.5": the part of a version that must agree for a pair to be compatible. */
export function minorLine(tag: string): string | undefined {
  return /^v?(\d+\.\d+)/.exec(tag)?.[1];
}
