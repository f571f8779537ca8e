/** PROVISIONAL: replaced by the researched table (one row confirmed by shared/reference). */
export interface DifyRelease {
  readonly version: string;
  readonly released: string;
  readonly pluginDaemon: string | null;
  readonly sandbox: string;
  readonly ssrfProxy: string;
  readonly extraServices: readonly string[];
  readonly hasWorkerBeat: boolean;
  readonly commit: string;
}

export const difyReleaseTable = {
  asOf: '2026-11-22',
  source: 'langgenius/dify docker/docker-compose.yaml at each release tag',
  releases: [
    {
      version: '1.13.3',
      released: '2026-03-01',
      pluginDaemon: '0.5.3-local',
      sandbox: '0.2.14',
      ssrfProxy: 'latest',
      extraServices: [],
      hasWorkerBeat: true,
      commit: '0055b983',
    },
  ] satisfies readonly DifyRelease[],
} as const;
