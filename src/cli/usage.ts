export const USAGE = `Usage: dify-aws-kit <command> [options]

Commands:
  validate FILE...            Check environment files against the schema and the policy checks.
                              Prints FILE:LINE:COL: error|warning: POINTER: MESSAGE per problem;
                              a file it cannot read is an error line, and the others are checked.
  render FILE --out DIR       Render the CloudFormation template, lint it, and write DIR/template.yaml,
                              DIR/parameters.json and DIR/plan.json (nothing is written if it fails).
  preflight FILE...           Validate, check, render, lint and estimate the monthly cost; print a
                              Markdown report (offline).
  bootstrap --github-repo OWNER/REPO (--environments dev,prod | --branches main)
            [--stack-prefix dify-] [--out DIR]
            [--deploy --region R [--stack-name NAME] [--existing-oidc-provider-arn ARN]]
                              Render the one-time bootstrap template (GitHub OIDC provider, deploy,
                              drift and CloudFormation execution roles, the permissions boundary of the
                              Dify stacks' roles, artifact bucket), lint it, and write DIR/bootstrap.yaml
                              (default out/bootstrap). With --environments each GitHub environment of
                              OWNER/REPO gets its own deploy and execution roles, kept to its stacks and
                              resources; with --branches one deploy role trusts those branches only.
                              --deploy also deploys it with the local profile's credentials.
  deploy FILE [--region R] [--no-execute] [--allow-replacement ID,ID] [--recreate-failed-stack]
         [--continue-update-rollback] [--no-wait] [--artifact-bucket B]
         [--cloudformation-role-arn ARN] [--timeout-minutes N]
                              Check, render and lint FILE, confirm that the AWS credentials (the default
                              chain: environment, AWS_PROFILE, SSO) are for its accountId, then deploy the
                              stack through a change set: the change table, the stack events as they come
                              and the outcome. Exit 0 deployed, unchanged or previewed; 1 refused, failed
                              or timed out.
  drift FILE [--region R] [--timeout-minutes N]
                              Confirm the account as deploy does, detect drift on the stack and compare the
                              deployed template with the one rendered from FILE; print the report.
                              Exit 0 in sync; 1 drifted, or detection failed or timed out.
  help                        Show this help.

Options:
  --base FILE                 The base version of the file (as on a pull request) for upgrade checks;
                              with exactly one FILE.
  --out DIR                   render: where to write the template (required).
                              preflight: also write DIR/report.md and DIR/report.json.
                              bootstrap: where to write bootstrap.yaml (default out/bootstrap).
  --github-repo OWNER/REPO    bootstrap: the only repository whose workflows may assume the roles.
  --environments LIST         bootstrap: GitHub environments (the files' names), comma-separated: one
                              deploy role each, trusted only by that environment (recommended).
  --branches LIST             bootstrap: instead of --environments, branches whose workflows may assume
                              one deploy role for every environment, comma-separated, no wildcard.
  --stack-prefix PREFIX       bootstrap: the kit's stack names start with it (default dify-, at least 3
                              characters); the roles may touch no other stack. Environment files that use
                              another one say so in "stackPrefix".
  --stack-name NAME           bootstrap --deploy: the bootstrap stack's name, which the prefix must not cover.
  --region R                  deploy, drift: the region instead of environment.json's.
  --no-execute                deploy: create and show the change set, leave it for review, execute nothing.
  --allow-replacement IDS     deploy: logical ids of stateful resources (database, cache, bucket, secrets)
                              the change set may replace or remove; without it such a change set is refused.
  --recreate-failed-stack     deploy: delete a stack in ROLLBACK_COMPLETE (a failed first create) and
                              create it again.
  --continue-update-rollback  deploy: continue the rollback of a stack in UPDATE_ROLLBACK_FAILED, then deploy.
  --no-wait                   deploy: stop instead of waiting when another operation runs on the stack.
  --artifact-bucket B         deploy: the bootstrap stack's ArtifactBucketName; needed when the template
                              is over 51,200 bytes (it is uploaded there and passed by URL).
  --cloudformation-role-arn ARN
                              deploy: the service role CloudFormation acts as (CloudFormationExecutionRoleArn).
  --timeout-minutes N         deploy (default 60), drift (default 15): stop watching after N minutes (1-360);
                              a timeout exits 1, and CloudFormation carries on.
  --strict                    Warnings fail too (exit 1).
  --debug                     Print stack traces of unexpected errors and of AWS errors.
  --version                   Print the version.

Exit codes: 0 ok, 1 problems found (deploy: refused or failed; drift: drifted or not known), 2 usage error.
`;
