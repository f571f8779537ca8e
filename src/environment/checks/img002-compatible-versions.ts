import { type DifyRelease, difyReleaseTable } from '../../data/dify-releases.js';
import { findRelease, isFloatingTag, minorLine } from '../dify-versions.js';
import type { Finding, PolicyCheck } from './policy-check.js';

const PINNED = [
  {
    field: 'pluginDaemonVersion',
    label: 'plugin daemon',
    released: (release: DifyRelease) => release.pluginDaemon,
  },
  { field: 'sandboxVersion', label: 'sandbox', released: (release: DifyRelease) => release.sandbox },
] as const;

export const compatibleVersions: PolicyCheck = {
  id: 'IMG002',
  title: 'Dify is a release the kit knows and runs, with the plugin daemon and sandbox released with it',
  severity: 'error',
  check({ environment, written }) {
    const { version } = environment.dify;
    // IMG001 reports floating tags.
    if (isFloatingTag(version)) return [];
    const release = findRelease(version);
    if (!release) return [unknownRelease(version)];
    const findings: Finding[] = [];
    if (release.extraServices.length > 0) findings.push(extraServices(release));
    for (const pin of PINNED) {
      const tag = written.dify?.[pin.field];
      if (tag === undefined || isFloatingTag(tag)) continue;
      const finding = pinFinding(pin, tag, release);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function unknownRelease(version: string): Finding {
  const { asOf } = difyReleaseTable;
  const newest = newestRelease(difyReleaseTable.releases);
  const supported = newestRelease(difyReleaseTable.releases.filter(runsInKit));
  return {
    pointer: '/dify/version',
    message: `${JSON.stringify(version)} is not a Dify release in the kit's table (as of ${asOf}, newest ${newest?.version ?? 'none'})`,
    hint: `${useSupported(supported)}If ${version} came out after ${asOf}, add it to src/data/dify-releases.ts.`,
  };
}

function extraServices(release: DifyRelease): Finding {
  const supported = newestRelease(difyReleaseTable.releases.filter(runsInKit));
  return {
    pointer: '/dify/version',
    message: `dify.version ${JSON.stringify(release.version)} starts containers the kit does not run yet: ${release.extraServices.join(', ')}`,
    hint: `${useSupported(supported)}The kit must add those containers before it can run ${release.version}.`,
  };
}

function useSupported(release: DifyRelease | undefined): string {
  return release ? `Use ${JSON.stringify(release.version)}, the newest release the kit runs. ` : '';
}

function pinFinding(pin: (typeof PINNED)[number], tag: string, release: DifyRelease): Finding | undefined {
  const pointer = `/dify/${pin.field}`;
  const expected = pin.released(release);
  if (expected === null) {
    return {
      pointer,
      message: `dify.version ${JSON.stringify(release.version)} has no ${pin.label}, yet ${pin.field} is ${JSON.stringify(tag)}`,
      hint: `Remove dify.${pin.field}: the ${pin.label} came with Dify 1.x.`,
    };
  }
  if (tag === expected) return undefined;
  const line = minorLine(expected);
  if (minorLine(tag) !== line) {
    return {
      pointer,
      message: `the ${pin.label} tag ${JSON.stringify(tag)} does not match Dify ${release.version}, which was released with ${JSON.stringify(expected)}`,
      hint: `Remove dify.${pin.field} to use ${JSON.stringify(expected)}${line ? `, or pin a ${line}.x tag to follow a fix` : ''}.`,
    };
  }
  return {
    pointer,
    severity: 'warning',
    message: `the ${pin.label} tag ${JSON.stringify(tag)} is not the ${JSON.stringify(expected)} released with Dify ${release.version}, so the pair is not known to work`,
    hint: `Remove dify.${pin.field} to use ${JSON.stringify(expected)}, unless you need a fix in ${tag}.`,
  };
}

function runsInKit(release: DifyRelease): boolean {
  return release.extraServices.length === 0;
}

function newestRelease(releases: readonly DifyRelease[]): DifyRelease | undefined {
  return releases.reduce<DifyRelease | undefined>(
    (newest, release) =>
      newest === undefined || compareVersions(release.version, newest.version) > 0 ? release : newest,
    undefined,
  );
}

/** Orders "1.10.1" after "1.9.2" and a hotfix such as "1.10.1-fix.1" after "1.10.1". */
function compareVersions(a: string, b: string): number {
  const numbers = (version: string) => (/^v?(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < 3; i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length || a.localeCompare(b);
}
