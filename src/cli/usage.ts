export const USAGE = `Usage: dify-aws-kit <command> [options]

Commands:
  validate FILE...            Check environment files against the schema and the policy checks.
                              Prints FILE:LINE:COL: error|warning: POINTER: MESSAGE per problem.
  preflight FILE...           Validate and check, then print a Markdown report (offline).
  help                        Show this help.

Options:
  --base FILE                 The base version of the file (as on a pull request) for upgrade checks;
                              with exactly one FILE.
  --out DIR                   preflight: also write DIR/report.md and DIR/report.json.
  --strict                    Warnings fail too (exit 1).
  --debug                     Print stack traces of unexpected errors.
  --version                   Print the version.

Exit codes: 0 ok, 1 problems found, 2 usage error.
`;
