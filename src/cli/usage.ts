export const USAGE = `Usage: dify-aws-kit <command> [options]

Commands:
  validate FILE...            Check environment files against the schema and the policy checks.
                              Prints FILE:LINE:COL: error|warning: POINTER: MESSAGE per problem.
  render FILE --out DIR       Render the CloudFormation template, lint it, and write DIR/template.yaml,
                              DIR/parameters.json and DIR/plan.json (nothing is written if it fails).
  preflight FILE...           Validate, check, render, lint and estimate the monthly cost; print a
                              Markdown report (offline).
  bootstrap --github-repo OWNER/REPO [--environments dev,prod] [--stack-prefix dify-] [--out DIR]
                              Render the one-time bootstrap template (GitHub OIDC provider, deploy,
                              drift and CloudFormation execution roles, artifact bucket), lint it, and
                              write DIR/bootstrap.yaml (default out/bootstrap). The deploy role trusts
                              only OWNER/REPO, per GitHub environment when --environments is given.
  help                        Show this help.

Options:
  --base FILE                 The base version of the file (as on a pull request) for upgrade checks;
                              with exactly one FILE.
  --out DIR                   render: where to write the template (required).
                              preflight: also write DIR/report.md and DIR/report.json.
                              bootstrap: where to write bootstrap.yaml (default out/bootstrap).
  --github-repo OWNER/REPO    bootstrap: the only repository whose workflows may assume the roles.
  --environments LIST         bootstrap: GitHub environments the deploy role trusts, comma-separated;
                              without it, any workflow of the repository (not recommended).
  --stack-prefix PREFIX       bootstrap: the kit's stack names start with it (default dify-); the
                              roles may touch no other stack.
  --strict                    Warnings fail too (exit 1).
  --debug                     Print stack traces of unexpected errors.
  --version                   Print the version.

Exit codes: 0 ok, 1 problems found, 2 usage error.
`;
