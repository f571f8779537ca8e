export const id = 975;
export const ids = [975];
export const modules = {

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BOOTSTRAP_OUT: () => (/* binding */ DEFAULT_BOOTSTRAP_OUT),
  bootstrapCommand: () => (/* binding */ bootstrapCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/deploy/index.ts + 10 modules
var deploy = __webpack_require__(1398);
// EXTERNAL MODULE: ./src/aws/deploy/template-upload.ts
var template_upload = __webpack_require__(1453);
// EXTERNAL MODULE: ./src/environment/formats.ts + 4 modules
var formats = __webpack_require__(7820);
// EXTERNAL MODULE: ./src/environment/stack-prefix.ts
var stack_prefix = __webpack_require__(442);
// EXTERNAL MODULE: ./src/environment/unsafe-characters.ts
var unsafe_characters = __webpack_require__(6340);
;// CONCATENATED MODULE: ./src/bootstrap/bootstrap-options.ts



/** An option the bootstrap template cannot be rendered from: names the option, the value and how to fix it. */
class BootstrapOptionsError extends Error {
    option;
    hint;
    constructor(option, message, hint) {
        super(`${option}: ${message}. ${hint}`);
        this.name = 'BootstrapOptionsError';
        this.option = option;
        this.hint = hint;
    }
}
/** Stack names for the bootstrap stack; the first that the prefix does not cover is suggested. */
const BOOTSTRAP_STACK_NAMES = ['dify-aws-kit-bootstrap', 'bootstrap-dify-aws-kit'];
// GitHub: owner (user or organisation) 1-39 alphanumerics or single inner hyphens; repository 1-100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
/** The forms of a repository people paste: its web or clone URL, with or without `.git`. */
const REPOSITORY_URL = /^(?:(?:https?:\/\/|ssh:\/\/git@|git@)?(?:www\.)?github\.com[:/])([^/]*\/[^/]*?)(?:\.git)?\/?$/i;
/** A branch as it appears in the OIDC subject (`ref:refs/heads/<branch>`); `*`, `?` and `${` would be IAM wildcards or variables. */
const BRANCH = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const CLONE_SUFFIX = /\.git$/i;
/** The pull-request previews' change sets start with `dify-pr-`; a deploy's are `dify-<environment>-…`. */
const PREVIEW_ENVIRONMENT = /^pr(?:-|$)/;
/** Checks and normalises the options; throws BootstrapOptionsError naming the first one it cannot use. */
function validateBootstrapOptions(options) {
    const repository = normaliseRepository(options.githubRepo);
    const trust = validateTrust(options.environments ?? [], options.branches ?? []);
    const stackPrefix = validateStackPrefix(options.stackPrefix ?? stack_prefix/* DEFAULT_STACK_PREFIX */.aH);
    const stackName = validateStackName(stackPrefix, options.stackName);
    return { repository, trust, stackPrefix, stackName };
}
/**
 * `OWNER/REPO`, from that form or a github.com URL, without a trailing `.git`
 * or slash. The case is kept: the trust policies compare the repository
 * without regard to case wherever IAM can (see github-trust.ts).
 */
function normaliseRepository(given) {
    const hint = 'Give the repository as OWNER/REPO, as in its GitHub URL (github.com/OWNER/REPO), such as my-org/dify-infra';
    const trimmed = given.trim();
    const slug = (REPOSITORY_URL.exec(trimmed)?.[1] ?? trimmed).replace(CLONE_SUFFIX, '');
    const parts = slug.split('/');
    if (parts.length !== 2) {
        throw new BootstrapOptionsError('--github-repo', `${show(given)} is not OWNER/REPO`, hint);
    }
    const [owner = '', name = ''] = parts;
    if (!OWNER.test(owner)) {
        throw new BootstrapOptionsError('--github-repo', `the owner ${show(owner)} is not a GitHub user or organisation name (1 to 39 letters, digits or single inner hyphens)`, hint);
    }
    if (!REPOSITORY.test(name) || name === '.' || name === '..') {
        throw new BootstrapOptionsError('--github-repo', `the repository ${show(name)} is not a GitHub repository name (1 to 100 letters, digits, ".", "-" or "_")`, hint);
    }
    return `${owner}/${name}`;
}
function validateTrust(environments, branches) {
    if (environments.length > 0 && branches.length > 0) {
        throw new BootstrapOptionsError('--branches', 'give --environments or --branches, not both', 'With --environments each GitHub environment gets its own deploy role (its protection rules choose the branches); --branches gives one deploy role to workflows of the named branches');
    }
    if (environments.length > 0)
        return { kind: 'environments', environments: validateEnvironments(environments) };
    if (branches.length > 0)
        return { kind: 'branches', branches: validateBranches(branches) };
    throw new BootstrapOptionsError('--environments', 'say who may deploy: no deploy role is rendered that every branch and pull request of the repository could assume', 'Give --environments dev,prod (one deploy role per GitHub environment, recommended: protect prod with required reviewers), or --branches main');
}
function validateEnvironments(environments) {
    const hint = 'Name the GitHub environments (Settings → Environments) as the environment files name them (their "name"), separated by commas, such as dev,prod: 2 to 20 lowercase letters, digits and hyphens, starting with a letter';
    const seen = [];
    for (const environment of environments) {
        if (!formats/* stringFormats */.M['environment-name']?.validate(environment)) {
            throw new BootstrapOptionsError('--environments', environment === ''
                ? 'an environment name is empty'
                : `${show(environment)} is not an environment name (the "name" of an environment file)`, hint);
        }
        if (PREVIEW_ENVIRONMENT.test(environment)) {
            throw new BootstrapOptionsError('--environments', `${show(environment)} would name its deploy change sets dify-pr-…, which are pull-request previews that no role may execute`, 'Choose a name that is not pr and does not start with pr-');
        }
        if (seen.includes(environment)) {
            throw new BootstrapOptionsError('--environments', `${show(environment)} is named twice`, hint);
        }
        // IAM matches names by prefix: dev's scope, <prefix>dev*, would take in devops's resources.
        const overlapping = seen.find((other) => other.startsWith(environment) || environment.startsWith(other));
        if (overlapping !== undefined) {
            const [shorter, longer] = overlapping.length < environment.length ? [overlapping, environment] : [environment, overlapping];
            throw new BootstrapOptionsError('--environments', `${show(longer)} starts with ${show(shorter)}: the names of ${shorter}'s resources (<prefix>${shorter}…) would take in ${longer}'s, since IAM matches names by prefix`, 'Name the environments so that none starts with another (prod-jp and prod-us rather than prod and prod-jp), or bootstrap them in separate accounts');
        }
        seen.push(environment);
    }
    return seen;
}
function validateBranches(branches) {
    const hint = 'Name the branches whose workflows may deploy, separated by commas, such as main: letters, digits, ".", "-", "_" and "/" between parts, no wildcard';
    const seen = [];
    for (const branch of branches) {
        if (!BRANCH.test(branch) ||
            branch.length > 255 ||
            branch.split('/').some((part) => /^\.|\.\.|\.lock$/.test(part))) {
            throw new BootstrapOptionsError('--branches', branch === ''
                ? 'a branch name is empty'
                : `${show(branch)} is not a branch the deploy role can trust`, hint);
        }
        if (seen.includes(branch))
            throw new BootstrapOptionsError('--branches', `${show(branch)} is named twice`, hint);
        seen.push(branch);
    }
    return seen;
}
/** IAM's path of the bootstrap roles, which no prefix may cover (bootstrap-model.ts). */
const BOOTSTRAP_ROLE_PATH_NAME = 'github-actions';
function validateStackPrefix(prefix) {
    if (!stack_prefix/* STACK_PREFIX_PATTERN */.hC.test(prefix)) {
        throw new BootstrapOptionsError('--stack-prefix', prefix.length < 3 && /^[A-Za-z][A-Za-z0-9-]*$/.test(prefix)
            ? `${show(prefix)} is shorter than 3 characters, and would widen every scope granted on it to most names of the account`
            : `${show(prefix)} cannot start a CloudFormation stack name`, 'A stack prefix has 3 to 64 letters, digits and hyphens and starts with a letter; the default is dify-');
    }
    if (covers(prefix, BOOTSTRAP_ROLE_PATH_NAME)) {
        throw new BootstrapOptionsError('--stack-prefix', `${show(prefix)} would also cover the bootstrap roles (IAM path /${BOOTSTRAP_ROLE_PATH_NAME}/), which the Dify stacks must never manage`, 'Choose a prefix that the environments’ stack names share, such as dify-');
    }
    return prefix;
}
function validateStackName(prefix, stackName) {
    if (stackName === undefined) {
        return BOOTSTRAP_STACK_NAMES.find((name) => !covers(prefix, name)) ?? BOOTSTRAP_STACK_NAMES[1];
    }
    if (covers(prefix, stackName)) {
        throw new BootstrapOptionsError('--stack-name', `the bootstrap stack ${show(stackName)} starts with the stack prefix ${show(prefix)}, so the deploy roles could change the stack that defines them`, `Name it so that it does not start with ${prefix}, such as ${BOOTSTRAP_STACK_NAMES.find((name) => !covers(prefix, name)) ?? BOOTSTRAP_STACK_NAMES[1]}`);
    }
    return stackName;
}
/** Whether names starting with `prefix` include `name`, as IAM's case-insensitive role names and S3's lower case see it. */
function covers(prefix, name) {
    return name.toLowerCase().startsWith(prefix.toLowerCase());
}
/** A value shown in a message: quoted, bounded in length, control and bidirectional characters escaped. */
function show(value) {
    const bounded = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return (0,unsafe_characters/* escapeUnsafe */.au)(JSON.stringify(bounded));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/render/lint/lint-template.ts + 15 modules
var lint_template = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/render/nunjucks-environment.ts + 2 modules
var nunjucks_environment = __webpack_require__(2172);
// EXTERNAL MODULE: ./src/render/render-stack.ts + 7 modules
var render_stack = __webpack_require__(2856);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/render/intrinsics.ts
var intrinsics = __webpack_require__(3822);
;// CONCATENATED MODULE: ./src/bootstrap/dify-stack-permissions.ts
/**
 * What CloudFormation needs, acting as the execution role, to create, update,
 * read (drift) and delete the resource types the Dify stack renders
 * (templates/cloudformation/partials/). Every action is named: no `*`, no
 * `service:*`. Each area lists its read actions (Describe/Get/List, also
 * what the drift role needs, since drift detection reads the resources with
 * the caller's credentials) apart from its write actions.
 */
/**
 * Placeholders the model fills: `${AccountId}` with `${AWS::AccountId}`
 * (resolved by CloudFormation); `${Names}` / `${LowerNames}` with what the
 * environment's resource names start with (the stack prefix, followed by the
 * environment's name when the bootstrap has one execution role per environment;
 * lower case where AWS lower-cases generated names: S3 buckets); `${Path}` with
 * the environment's IAM path between its slashes; `${Environment}` with the
 * environment's name, or `*`.
 */
const DIFY_STACK_PERMISSIONS = [
    {
        group: 'network',
        sid: 'Ec2',
        covers: 'AWS::EC2::VPC, Subnet, RouteTable, Route, InternetGateway, VPCGatewayAttachment, SecurityGroup(Ingress), VPCEndpoint, the NAT instance (or NAT gateway)',
        read: [
            'ec2:DescribeAccountAttributes',
            'ec2:DescribeAddresses',
            'ec2:DescribeAvailabilityZones',
            'ec2:DescribeImages',
            'ec2:DescribeInstanceAttribute',
            'ec2:DescribeInstanceStatus',
            'ec2:DescribeInstances',
            'ec2:DescribeInternetGateways',
            'ec2:DescribeNatGateways',
            'ec2:DescribeNetworkInterfaces',
            'ec2:DescribePrefixLists',
            'ec2:DescribeRouteTables',
            'ec2:DescribeSecurityGroupRules',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeSubnets',
            'ec2:DescribeTags',
            'ec2:DescribeVpcAttribute',
            'ec2:DescribeVpcEndpointServices',
            'ec2:DescribeVpcEndpoints',
            'ec2:DescribeVpcs',
        ],
        write: [
            'ec2:AllocateAddress',
            'ec2:AssociateAddress',
            'ec2:AssociateRouteTable',
            'ec2:AttachInternetGateway',
            'ec2:AuthorizeSecurityGroupEgress',
            'ec2:AuthorizeSecurityGroupIngress',
            'ec2:CreateInternetGateway',
            'ec2:CreateNatGateway',
            'ec2:CreateNetworkInterface',
            'ec2:CreateRoute',
            'ec2:CreateRouteTable',
            'ec2:CreateSecurityGroup',
            'ec2:CreateSubnet',
            'ec2:CreateTags',
            'ec2:CreateVpc',
            'ec2:CreateVpcEndpoint',
            'ec2:DeleteInternetGateway',
            'ec2:DeleteNatGateway',
            'ec2:DeleteNetworkInterface',
            'ec2:DeleteRoute',
            'ec2:DeleteRouteTable',
            'ec2:DeleteSecurityGroup',
            'ec2:DeleteSubnet',
            'ec2:DeleteTags',
            'ec2:DeleteVpc',
            'ec2:DeleteVpcEndpoints',
            'ec2:DetachInternetGateway',
            'ec2:DisassociateAddress',
            'ec2:DisassociateRouteTable',
            'ec2:ModifyInstanceAttribute',
            'ec2:ModifyInstanceMetadataOptions',
            'ec2:ModifySecurityGroupRules',
            'ec2:ModifySubnetAttribute',
            'ec2:ModifyVpcAttribute',
            'ec2:ModifyVpcEndpoint',
            'ec2:ReleaseAddress',
            'ec2:ReplaceRoute',
            'ec2:ReplaceRouteTableAssociation',
            'ec2:RevokeSecurityGroupEgress',
            'ec2:RevokeSecurityGroupIngress',
            'ec2:RunInstances',
            'ec2:StartInstances',
            'ec2:StopInstances',
            'ec2:TerminateInstances',
            'ec2:UpdateSecurityGroupRuleDescriptionsEgress',
            'ec2:UpdateSecurityGroupRuleDescriptionsIngress',
        ],
        // EC2 resources are named by id; RunInstances also reads the (AWS-owned) AMI, which has no account.
        scope: {
            kind: 'account',
            arns: ['arn:${AWS::Partition}:ec2:*:${AccountId}:*', 'arn:${AWS::Partition}:ec2:*::image/*'],
        },
        readScope: { kind: 'any' },
        environmentScope: {
            by: 'tag',
            why: 'EC2 names resources by id. Each security group, subnet, route table, instance and VPC the stack makes carries the environment tag, so a write on one tagged for another environment (its security groups, its route tables, its subnets) is refused; untagged resources (an existing VPC of the network team, an AWS image) stay reachable, as they must for mode: existing',
        },
    },
    {
        group: 'edge',
        sid: 'LoadBalancing',
        covers: 'AWS::ElasticLoadBalancingV2::LoadBalancer, TargetGroup, Listener, ListenerRule',
        read: [
            'elasticloadbalancing:DescribeListenerAttributes',
            'elasticloadbalancing:DescribeListenerCertificates',
            'elasticloadbalancing:DescribeListeners',
            'elasticloadbalancing:DescribeLoadBalancerAttributes',
            'elasticloadbalancing:DescribeLoadBalancers',
            'elasticloadbalancing:DescribeRules',
            'elasticloadbalancing:DescribeTags',
            'elasticloadbalancing:DescribeTargetGroupAttributes',
            'elasticloadbalancing:DescribeTargetGroups',
            'elasticloadbalancing:DescribeTargetHealth',
        ],
        write: [
            'elasticloadbalancing:AddListenerCertificates',
            'elasticloadbalancing:AddTags',
            'elasticloadbalancing:CreateListener',
            'elasticloadbalancing:CreateLoadBalancer',
            'elasticloadbalancing:CreateRule',
            'elasticloadbalancing:CreateTargetGroup',
            'elasticloadbalancing:DeleteListener',
            'elasticloadbalancing:DeleteLoadBalancer',
            'elasticloadbalancing:DeleteRule',
            'elasticloadbalancing:DeleteTargetGroup',
            'elasticloadbalancing:ModifyListener',
            'elasticloadbalancing:ModifyListenerAttributes',
            'elasticloadbalancing:ModifyLoadBalancerAttributes',
            'elasticloadbalancing:ModifyRule',
            'elasticloadbalancing:ModifyTargetGroup',
            'elasticloadbalancing:ModifyTargetGroupAttributes',
            'elasticloadbalancing:RemoveListenerCertificates',
            'elasticloadbalancing:RemoveTags',
            'elasticloadbalancing:SetRulePriorities',
            'elasticloadbalancing:SetSecurityGroups',
            'elasticloadbalancing:SetSubnets',
        ],
        // Load balancer and target group names are generated and truncated to 32 characters: the account.
        scope: {
            kind: 'account',
            arns: [
                'arn:${AWS::Partition}:elasticloadbalancing:*:${AccountId}:loadbalancer/app/*',
                'arn:${AWS::Partition}:elasticloadbalancing:*:${AccountId}:targetgroup/*',
                'arn:${AWS::Partition}:elasticloadbalancing:*:${AccountId}:listener/app/*',
                'arn:${AWS::Partition}:elasticloadbalancing:*:${AccountId}:listener-rule/app/*',
            ],
        },
        readScope: { kind: 'any' },
        environmentScope: {
            by: 'tag',
            why: 'load balancer and target group names are generated and truncated to 32 characters; the stack tags them (and its listeners and rules carry the stack tags)',
        },
    },
    {
        group: 'services',
        sid: 'Ecs',
        covers: 'AWS::ECS::Cluster, ClusterCapacityProviderAssociations, Service (named after the stack)',
        read: ['ecs:DescribeClusters', 'ecs:DescribeServices', 'ecs:ListTagsForResource'],
        write: [
            'ecs:CreateCluster',
            'ecs:CreateService',
            'ecs:DeleteCluster',
            'ecs:DeleteService',
            'ecs:PutClusterCapacityProviders',
            'ecs:TagResource',
            'ecs:UntagResource',
            'ecs:UpdateCluster',
            'ecs:UpdateClusterSettings',
            'ecs:UpdateService',
        ],
        scope: {
            kind: 'stack-prefix',
            arns: [
                'arn:${AWS::Partition}:ecs:*:${AccountId}:cluster/${Names}*',
                'arn:${AWS::Partition}:ecs:*:${AccountId}:service/${Names}*/*',
                'arn:${AWS::Partition}:ecs:*:${AccountId}:task-definition/${Names}*:*',
            ],
        },
        environmentScope: { by: 'name' },
    },
    {
        group: 'services',
        sid: 'EcsTaskDefinitions',
        covers: 'AWS::ECS::TaskDefinition: IAM accepts no resource but "*" for these actions',
        read: ['ecs:DescribeTaskDefinition'],
        write: ['ecs:DeregisterTaskDefinition', 'ecs:RegisterTaskDefinition'],
        scope: { kind: 'any' },
        environmentScope: {
            by: 'nothing',
            why: 'IAM takes no resource but "*" for these actions; a task definition holds no secret value (every secret reaches a container through ECS Secrets, lint rule SEC008), and only the services of the environment, which are scoped by name, run it',
        },
    },
    {
        group: 'services',
        sid: 'Rds',
        covers: 'AWS::RDS::DBCluster (Aurora Serverless v2), DBInstance, DBSubnetGroup, the final snapshot',
        read: [
            'rds:DescribeDBClusterSnapshots',
            'rds:DescribeDBClusters',
            'rds:DescribeDBInstances',
            'rds:DescribeDBSubnetGroups',
            'rds:ListTagsForResource',
        ],
        write: [
            'rds:AddTagsToResource',
            'rds:CreateDBCluster',
            'rds:CreateDBClusterSnapshot',
            'rds:CreateDBInstance',
            'rds:CreateDBSubnetGroup',
            'rds:DeleteDBCluster',
            'rds:DeleteDBInstance',
            'rds:DeleteDBSubnetGroup',
            'rds:DisableHttpEndpoint',
            'rds:EnableHttpEndpoint',
            'rds:ModifyDBCluster',
            'rds:ModifyDBInstance',
            'rds:ModifyDBSubnetGroup',
            'rds:RemoveTagsFromResource',
        ],
        // Identifiers are generated (and the default parameter and option groups are AWS's): the account.
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:rds:*:${AccountId}:*'] },
        environmentScope: {
            by: 'tag',
            why: "cluster, instance and subnet group identifiers are generated; the stack tags them, so another environment's database is out of reach (AWS's default parameter groups are untagged and read only)",
        },
    },
    {
        group: 'services',
        sid: 'ElastiCache',
        covers: 'AWS::ElastiCache::ReplicationGroup (Valkey), SubnetGroup, the final snapshot',
        read: [
            'elasticache:DescribeCacheClusters',
            'elasticache:DescribeCacheSubnetGroups',
            'elasticache:DescribeReplicationGroups',
            'elasticache:DescribeSnapshots',
            'elasticache:ListTagsForResource',
        ],
        write: [
            'elasticache:AddTagsToResource',
            'elasticache:CreateCacheSubnetGroup',
            'elasticache:CreateReplicationGroup',
            'elasticache:CreateSnapshot',
            'elasticache:DeleteCacheSubnetGroup',
            'elasticache:DeleteReplicationGroup',
            'elasticache:ModifyCacheSubnetGroup',
            'elasticache:ModifyReplicationGroup',
            'elasticache:RemoveTagsFromResource',
        ],
        // Replication group ids are generated (40 characters at most): the account.
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:elasticache:*:${AccountId}:*'] },
        environmentScope: {
            by: 'tag',
            why: 'replication group ids are generated (40 characters at most); the stack tags the group and its subnet group',
        },
    },
    {
        group: 'services',
        sid: 'S3',
        covers: "AWS::S3::Bucket and BucketPolicy: Dify's storage bucket, named <stack>-storagebucket-<id>",
        read: [
            's3:GetAccelerateConfiguration',
            's3:GetBucketAcl',
            's3:GetBucketCORS',
            's3:GetBucketLocation',
            's3:GetBucketLogging',
            's3:GetBucketNotification',
            's3:GetBucketObjectLockConfiguration',
            's3:GetBucketOwnershipControls',
            's3:GetBucketPolicy',
            's3:GetBucketPublicAccessBlock',
            's3:GetBucketTagging',
            's3:GetBucketVersioning',
            's3:GetBucketWebsite',
            's3:GetEncryptionConfiguration',
            's3:GetLifecycleConfiguration',
            's3:GetReplicationConfiguration',
            's3:ListBucket',
        ],
        write: [
            's3:CreateBucket',
            's3:DeleteBucket',
            's3:DeleteBucketPolicy',
            's3:PutBucketOwnershipControls',
            's3:PutBucketPolicy',
            's3:PutBucketPublicAccessBlock',
            's3:PutBucketTagging',
            's3:PutBucketVersioning',
            's3:PutEncryptionConfiguration',
            's3:PutLifecycleConfiguration',
        ],
        scope: { kind: 'stack-prefix', arns: ['arn:${AWS::Partition}:s3:::${LowerNames}*'] },
        environmentScope: { by: 'name' },
    },
    {
        group: 'services',
        sid: 'Secrets',
        covers: 'AWS::SecretsManager::Secret, named <stack>/<name>; GetSecretValue resolves the {{resolve:secretsmanager}} references of the database and the cache',
        read: ['secretsmanager:DescribeSecret'],
        write: [
            'secretsmanager:CreateSecret',
            'secretsmanager:DeleteSecret',
            'secretsmanager:GetSecretValue',
            'secretsmanager:PutSecretValue',
            'secretsmanager:TagResource',
            'secretsmanager:UntagResource',
            'secretsmanager:UpdateSecret',
        ],
        scope: {
            kind: 'stack-prefix',
            arns: ['arn:${AWS::Partition}:secretsmanager:*:${AccountId}:secret:${Names}*'],
        },
        environmentScope: { by: 'name' },
    },
    {
        group: 'services',
        sid: 'SecretsPasswords',
        covers: 'GenerateSecretString: IAM accepts no resource but "*" for GetRandomPassword',
        read: [],
        write: ['secretsmanager:GetRandomPassword'],
        scope: { kind: 'any' },
        environmentScope: { by: 'nothing', why: 'it generates a random string and touches no resource' },
    },
    {
        group: 'identity',
        sid: 'Iam',
        covers: "AWS::IAM::Role (the tasks', the bootstrap function's) and AWS::IAM::User (SES SMTP), named <stack>-<id>, on the environment's path /<prefix><environment>/",
        read: [
            'iam:GetRole',
            'iam:GetRolePolicy',
            'iam:GetUser',
            'iam:GetUserPolicy',
            'iam:ListAccessKeys',
            'iam:ListAttachedRolePolicies',
            'iam:ListAttachedUserPolicies',
            'iam:ListGroupsForUser',
            'iam:ListRolePolicies',
            'iam:ListRoleTags',
            'iam:ListUserPolicies',
            'iam:ListUserTags',
        ],
        // The writes are the execution role's identity statements (execution-policies.ts): each held to the boundary.
        write: [],
        scope: {
            kind: 'stack-prefix',
            arns: [
                'arn:${AWS::Partition}:iam::${AccountId}:role/${Path}/*',
                'arn:${AWS::Partition}:iam::${AccountId}:user/${Path}/*',
            ],
        },
        environmentScope: { by: 'name' },
    },
    {
        group: 'services',
        sid: 'Lambda',
        covers: 'AWS::Lambda::Function (the bootstrap function) and invoking it for the custom resources',
        read: ['lambda:GetFunction', 'lambda:GetFunctionConfiguration', 'lambda:ListTags'],
        write: [
            'lambda:CreateFunction',
            'lambda:DeleteFunction',
            'lambda:InvokeFunction',
            'lambda:TagResource',
            'lambda:UntagResource',
            'lambda:UpdateFunctionCode',
            'lambda:UpdateFunctionConfiguration',
        ],
        scope: {
            kind: 'stack-prefix',
            arns: ['arn:${AWS::Partition}:lambda:*:${AccountId}:function:${Names}*'],
        },
        environmentScope: { by: 'name' },
    },
    {
        group: 'services',
        sid: 'Logs',
        covers: 'AWS::Logs::LogGroup: /dify/<environment>/<container>, and the bootstrap function’s <stack>-<id>',
        read: ['logs:DescribeLogGroups', 'logs:ListTagsForResource'],
        write: [
            'logs:CreateLogGroup',
            'logs:DeleteLogGroup',
            'logs:DeleteRetentionPolicy',
            'logs:PutRetentionPolicy',
            'logs:TagResource',
            'logs:UntagResource',
        ],
        scope: {
            kind: 'stack-prefix',
            arns: [
                'arn:${AWS::Partition}:logs:*:${AccountId}:log-group:/dify/${Environment}/*',
                'arn:${AWS::Partition}:logs:*:${AccountId}:log-group:${Names}*',
            ],
        },
        // DescribeLogGroups is authorized on every log group of the account.
        readScope: { kind: 'account', arns: ['arn:${AWS::Partition}:logs:*:${AccountId}:log-group:*'] },
        environmentScope: { by: 'name' },
    },
    {
        group: 'edge',
        sid: 'Certificates',
        covers: 'AWS::CertificateManager::Certificate (DNS validated)',
        read: ['acm:DescribeCertificate', 'acm:ListTagsForCertificate'],
        write: ['acm:AddTagsToCertificate', 'acm:DeleteCertificate', 'acm:RemoveTagsFromCertificate'],
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:acm:*:${AccountId}:certificate/*'] },
        environmentScope: { by: 'tag', why: 'certificates are named by id; the stack tags the one it requests' },
    },
    {
        group: 'edge',
        sid: 'CertificateRequests',
        covers: 'ACM RequestCertificate: IAM accepts no resource but "*"',
        read: [],
        write: ['acm:RequestCertificate'],
        scope: { kind: 'any' },
        environmentScope: { by: 'nothing', why: 'it creates a new certificate and touches no existing one' },
    },
    {
        group: 'edge',
        sid: 'Dns',
        covers: "AWS::Route53::RecordSet (the Dify name, the certificate's and DKIM validation records) and Cloud Map's private hosted zone",
        read: [
            'route53:GetChange',
            'route53:GetHostedZone',
            'route53:ListResourceRecordSets',
            'route53:ListTagsForResource',
        ],
        write: [
            'route53:ChangeResourceRecordSets',
            'route53:ChangeTagsForResource',
            'route53:CreateHostedZone',
            'route53:DeleteHostedZone',
        ],
        // Hosted zones are named by id (the environment's, and the one Cloud Map creates): every zone.
        scope: {
            kind: 'account',
            arns: ['arn:${AWS::Partition}:route53:::hostedzone/*', 'arn:${AWS::Partition}:route53:::change/*'],
        },
        environmentScope: {
            by: 'nothing',
            why: "Route 53 supports no resource tag condition, and the public zone an environment's file names may serve other environments' names too; record names come from each file, so the bootstrap cannot list them. CloudFormation only creates records it does not find and deletes those it made, but a zone shared by environments is shared: give each environment its own zone (or account)",
        },
    },
    {
        group: 'edge',
        sid: 'DnsLookups',
        covers: 'Cloud Map\'s private namespace looks its zone up by name: IAM accepts no resource but "*"',
        read: ['route53:ListHostedZonesByName'],
        write: [],
        scope: { kind: 'any' },
        environmentScope: { by: 'nothing', why: 'a read, which changes nothing' },
    },
    {
        group: 'network',
        sid: 'ServiceDiscovery',
        covers: 'AWS::ServiceDiscovery::PrivateDnsNamespace and Service',
        read: [
            'servicediscovery:GetNamespace',
            'servicediscovery:GetService',
            'servicediscovery:ListTagsForResource',
        ],
        write: [
            'servicediscovery:CreateService',
            'servicediscovery:DeleteNamespace',
            'servicediscovery:DeleteService',
            'servicediscovery:TagResource',
            'servicediscovery:UntagResource',
            'servicediscovery:UpdatePrivateDnsNamespace',
            'servicediscovery:UpdateService',
        ],
        // The stack's namespace and service are tagged when created (CreateService, CreatePrivateDnsNamespace).
        taggingWithoutResourceTag: ['servicediscovery:TagResource', 'servicediscovery:UntagResource'],
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:servicediscovery:*:${AccountId}:*'] },
        environmentScope: { by: 'tag', why: 'namespaces and services are named by id; the stack tags them' },
    },
    {
        group: 'network',
        sid: 'ServiceDiscoveryNamespaces',
        covers: 'Creating a namespace and following the operation: IAM accepts no resource but "*"',
        read: ['servicediscovery:GetOperation', 'servicediscovery:ListNamespaces'],
        write: ['servicediscovery:CreatePrivateDnsNamespace'],
        scope: { kind: 'any' },
        environmentScope: { by: 'nothing', why: 'it creates a new namespace and touches no existing one' },
    },
    {
        group: 'edge',
        sid: 'Email',
        covers: 'AWS::SES::EmailIdentity (Easy DKIM)',
        read: ['ses:GetEmailIdentity', 'ses:ListTagsForResource'],
        write: [
            'ses:CreateEmailIdentity',
            'ses:DeleteEmailIdentity',
            'ses:PutEmailIdentityDkimAttributes',
            'ses:PutEmailIdentityDkimSigningAttributes',
            'ses:TagResource',
            'ses:UntagResource',
        ],
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:ses:*:${AccountId}:identity/*'] },
        environmentScope: {
            by: 'tag',
            why: "an identity is named by its domain, which each file chooses; the stack's identity carries the stack tags",
        },
    },
    {
        group: 'network',
        sid: 'AmiParameter',
        covers: "the NAT instance's ImageId, {{resolve:ssm:/aws/service/ami-amazon-linux-latest/...}}",
        read: ['ssm:GetParameters'],
        write: [],
        scope: {
            kind: 'account',
            arns: ['arn:${AWS::Partition}:ssm:*::parameter/aws/service/ami-amazon-linux-latest/*'],
        },
        environmentScope: { by: 'nothing', why: "a read of AWS's public parameters" },
    },
];
/**
 * The services that create a service-linked role the first time they are used
 * in an account (ECS, load balancing, RDS, ElastiCache).
 */
const SERVICE_LINKED_ROLE_SERVICES = [
    'ecs.amazonaws.com',
    'elasticache.amazonaws.com',
    'elasticloadbalancing.amazonaws.com',
    'rds.amazonaws.com',
];
/** The services the Dify stack passes its own roles to: ECS tasks and the bootstrap function. */
const PASS_ROLE_SERVICES = ['ecs-tasks.amazonaws.com', 'lambda.amazonaws.com'];

// EXTERNAL MODULE: ./src/bootstrap/identity-names.ts
var identity_names = __webpack_require__(9815);
;// CONCATENATED MODULE: ./src/bootstrap/permissions-boundary.ts


/**
 * `${aws:PrincipalTag/dify-aws-kit:environment}`: the environment a role of a
 * Dify stack belongs to, as its tag says. The execution role of an environment
 * may create and tag roles only with its own environment (execution-policies.ts),
 * so the variable cannot name another one.
 */
const PRINCIPAL_ENVIRONMENT = `\${aws:PrincipalTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}}`;
/** The same variable written inside an `Fn::Sub`, where `${!…}` stands for a literal `${…}`. */
const ENVIRONMENT_IN_SUB = `\${!aws:PrincipalTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}}`;
/**
 * What any role or user of a Dify stack may ever do, whatever its own
 * policies say: the union of what the stack's roles need (src/render/model/
 * iam-model.ts and the data and email areas), each kept to the environment the
 * role is tagged with. A role with more in its inline policy gets no more.
 */
function permissionsBoundaryStatements(stackPrefix) {
    const prefix = (0,intrinsics/* escapeForSub */.Jo)(stackPrefix);
    const names = `${prefix}${ENVIRONMENT_IN_SUB}`;
    const lowerNames = `${(0,intrinsics/* escapeForSub */.Jo)(stackPrefix.toLowerCase())}${ENVIRONMENT_IN_SUB}`;
    const arn = (text) => (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:${text}`);
    const taggedForThisEnvironment = {
        StringEquals: { [`aws:ResourceTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}`]: PRINCIPAL_ENVIRONMENT },
    };
    return [
        {
            Sid: 'WriteLogs',
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: [
                arn(`logs:*:\${AWS::AccountId}:log-group:/dify/${ENVIRONMENT_IN_SUB}/*`),
                arn(`logs:*:\${AWS::AccountId}:log-group:${names}*`),
            ],
        },
        {
            // The stack's own secrets, named <stack>/<name>.
            Sid: 'ReadStackSecrets',
            Effect: 'Allow',
            Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'],
            Resource: [arn(`secretsmanager:*:\${AWS::AccountId}:secret:${names}*`)],
        },
        {
            // The secrets, parameters and ECS Exec key a file names (valueFrom, execSessionKmsKeyArn):
            // only those tagged for the environment, so that no file can name another environment's.
            Sid: 'ReadTaggedSecrets',
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'secretsmanager:GetSecretValue', 'ssm:GetParameters'],
            Resource: [arn('secretsmanager:*:*:secret:*'), arn('ssm:*:*:parameter/*'), arn('kms:*:*:key/*')],
            Condition: taggedForThisEnvironment,
        },
        {
            // Images are the account's (a mirror serves every environment) and hold no environment's data.
            Sid: 'PullImages',
            Effect: 'Allow',
            Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
            Resource: [arn('ecr:*:${AWS::AccountId}:repository/*')],
        },
        { Sid: 'EcrAuthorization', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
        {
            // Models hold no environment's data; the roles' own policies name the configured ones.
            Sid: 'InvokeModels',
            Effect: 'Allow',
            Action: ['bedrock:GetInferenceProfile', 'bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
            Resource: [
                arn('bedrock:*::foundation-model/*'),
                arn('bedrock:*:${AWS::AccountId}:inference-profile/*'),
            ],
        },
        {
            Sid: 'ListBucket',
            Effect: 'Allow',
            Action: ['s3:ListBucket'],
            Resource: [arn(`s3:::${lowerNames}*`)],
            // Bucket ARNs name no account: this account's bucket only, never a same-named one elsewhere.
            Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } },
        },
        {
            Sid: 'ReadWriteObjects',
            Effect: 'Allow',
            Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
            Resource: [arn(`s3:::${lowerNames}*/*`)],
            Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } },
        },
        {
            // ECS Exec's Session Manager channels take no resource but "*".
            Sid: 'EcsExec',
            Effect: 'Allow',
            Action: [
                'ssmmessages:CreateControlChannel',
                'ssmmessages:CreateDataChannel',
                'ssmmessages:OpenControlChannel',
                'ssmmessages:OpenDataChannel',
            ],
            Resource: '*',
        },
        {
            // The bootstrap function prepares the environment's database (its cluster id is generated: by tag).
            Sid: 'PrepareDatabases',
            Effect: 'Allow',
            Action: ['rds-data:ExecuteStatement'],
            Resource: [arn('rds:*:${AWS::AccountId}:cluster:*')],
            Condition: taggedForThisEnvironment,
        },
        {
            // The bootstrap function makes the SMTP user's access key: users on the environment's path only.
            Sid: 'ManageSmtpAccessKeys',
            Effect: 'Allow',
            Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'],
            Resource: [arn(`iam::\${AWS::AccountId}:user/${names}/*`)],
        },
        {
            // The SMTP user sends mail; its own policy holds it to the from address.
            Sid: 'SendEmail',
            Effect: 'Allow',
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Resource: [arn('ses:*:${AWS::AccountId}:identity/*')],
        },
    ];
}

;// CONCATENATED MODULE: ./src/bootstrap/execution-policies.ts





/** `${aws:PrincipalTag/…}` inside an `Fn::Sub`, where `${!…}` is a literal `${…}`. */
const execution_policies_ENVIRONMENT_IN_SUB = `\${!aws:PrincipalTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}}`;
/** Fills the placeholders of dify-stack-permissions.ts for a stack prefix and a reach. */
function placeholders(stackPrefix, reach) {
    const prefix = (0,intrinsics/* escapeForSub */.Jo)(stackPrefix);
    const lowerPrefix = (0,intrinsics/* escapeForSub */.Jo)(stackPrefix.toLowerCase());
    const one = reach === 'tagged-environment';
    return (arn) => arn
        .replaceAll('${AccountId}', '${AWS::AccountId}')
        .replaceAll('${Names}', one ? `${prefix}${execution_policies_ENVIRONMENT_IN_SUB}` : prefix)
        .replaceAll('${LowerNames}', one ? `${lowerPrefix}${execution_policies_ENVIRONMENT_IN_SUB}` : lowerPrefix)
        .replaceAll('${Path}', one ? `${prefix}${execution_policies_ENVIRONMENT_IN_SUB}` : `${prefix}*`)
        .replaceAll('${Environment}', one ? execution_policies_ENVIRONMENT_IN_SUB : '*');
}
function resourcesOf(scope, fill) {
    if (scope.kind === 'any')
        return '*';
    return scope.arns.map((arn) => (0,intrinsics/* sub */.jb)(fill(arn)));
}
/** A write may not touch a resource tagged for another environment, nor tag one for another environment. */
const TAGGED_FOR_THIS_ENVIRONMENT_IF_TAGGED = {
    StringEqualsIfExists: {
        [`aws:ResourceTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}`]: PRINCIPAL_ENVIRONMENT,
        [`aws:RequestTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}`]: PRINCIPAL_ENVIRONMENT,
    },
};
/** Bucket ARNs name no account: act on this account's buckets only, never on a same-named one elsewhere. */
const IN_THIS_ACCOUNT = { StringEquals: { 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } };
/**
 * The execution role's statements for the areas of the Dify stack: reads
 * wherever IAM requires, writes on the environment's names, or on resources
 * not tagged for another environment (see each area's `environmentScope` for
 * why, and for what cannot be scoped).
 */
function areaStatements(areas, stackPrefix, reach) {
    const fill = placeholders(stackPrefix, reach);
    return areas.flatMap((area) => {
        const byTag = reach === 'tagged-environment' && area.environmentScope.by === 'tag';
        const statement = (Sid, Action, scope, Condition) => ({
            Sid,
            Effect: 'Allow',
            Action: [...Action],
            Resource: resourcesOf(scope, fill),
            ...(Condition ? { Condition } : {}),
        });
        if (area.sid === 'S3')
            return bucketStatements(area, fill);
        // One statement when reads and writes apply alike; apart when the reads take only "*" or are not tag-bound.
        if (area.readScope === undefined && !byTag)
            return [statement(area.sid, [...area.read, ...area.write].sort(), area.scope)];
        const tagging = byTag ? (area.taggingWithoutResourceTag ?? []) : [];
        const writes = area.write.filter((action) => !tagging.includes(action));
        const bound = byTag ? TAGGED_FOR_THIS_ENVIRONMENT_IF_TAGGED : undefined;
        const untouchedTag = { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': [stack_prefix/* ENVIRONMENT_TAG_KEY */.V] } };
        return [
            ...(area.read.length > 0
                ? [statement(`${area.sid}Read`, area.read, area.readScope ?? area.scope)]
                : []),
            ...(writes.length > 0 ? [statement(`${area.sid}Write`, writes, area.scope, bound)] : []),
            ...(tagging.length > 0 ? [statement(`${area.sid}Tagging`, tagging, area.scope, untouchedTag)] : []),
        ];
    });
}
/**
 * The storage bucket: every call held to this account's buckets, except
 * CreateBucket, which makes the bucket in the caller's account by definition
 * (a name taken in another account makes it fail, it never reaches that bucket).
 */
function bucketStatements(area, fill) {
    const creates = area.write.filter((action) => action === 's3:CreateBucket');
    const rest = [...area.read, ...area.write.filter((action) => action !== 's3:CreateBucket')].sort();
    return [
        { Sid: 'S3Create', Effect: 'Allow', Action: creates, Resource: resourcesOf(area.scope, fill) },
        {
            Sid: area.sid,
            Effect: 'Allow',
            Action: rest,
            Resource: resourcesOf(area.scope, fill),
            Condition: IN_THIS_ACCOUNT,
        },
    ];
}
/** The read statements of every area, for the read-only role (which reads every environment's stacks). */
function readStatements(stackPrefix) {
    const fill = placeholders(stackPrefix, 'every-environment');
    return DIFY_STACK_PERMISSIONS.filter((area) => area.read.length > 0).map((area) => ({
        Sid: `Read${area.sid}`,
        Effect: 'Allow',
        Action: [...area.read],
        Resource: resourcesOf(area.readScope ?? area.scope, fill),
    }));
}
/**
 * What the execution role may do to the stack's own roles and user, and to
 * nothing else in IAM. Every role and user it creates carries the boundary, on
 * the environment's path, tagged with the environment; nothing it may do
 * removes or replaces the boundary, or changes the boundary policy. What the
 * other paths to more privilege meet:
 * - CreatePolicy, CreatePolicyVersion, AttachRolePolicy, AttachUserPolicy,
 *   AddUserToGroup, CreateInstanceProfile, AddRoleToInstanceProfile,
 *   CreateAccessKey, CreateLoginProfile: never allowed (the stack uses inline
 *   policies only); Attach* is also denied without the boundary.
 * - UpdateAssumeRolePolicy (letting another principal assume a role): only on
 *   roles that carry the boundary, so whoever assumes one gets no more than it.
 * - PassRole: only roles on the environment's path (which carry the boundary),
 *   only to ECS tasks and Lambda; never to EC2 (no instance profile), never
 *   the bootstrap's roles (denied below).
 * - Service-linked roles: only the four services the stack uses; their
 *   policies are AWS's and no principal of the account can assume them.
 * - Lambda and ECS run with a role passed to them, hence a bounded one; a
 *   custom resource may invoke only the environment's functions.
 */
function identityStatements(stackPrefix, reach) {
    const fill = placeholders(stackPrefix, reach);
    const boundary = (0,identity_names/* permissionsBoundaryArn */.S8)(stackPrefix);
    const roles = (0,intrinsics/* sub */.jb)(fill('arn:${AWS::Partition}:iam::${AccountId}:role/${Path}/*'));
    const users = (0,intrinsics/* sub */.jb)(fill('arn:${AWS::Partition}:iam::${AccountId}:user/${Path}/*'));
    const withBoundary = { ArnEquals: { 'iam:PermissionsBoundary': boundary } };
    const one = reach === 'tagged-environment';
    const environmentTag = `aws:RequestTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}`;
    return [
        {
            Sid: 'CreateBoundedIdentities',
            Effect: 'Allow',
            Action: ['iam:CreateRole', 'iam:CreateUser'],
            Resource: [roles, users],
            Condition: {
                ...withBoundary,
                ...(one ? { StringEquals: { [environmentTag]: PRINCIPAL_ENVIRONMENT } } : {}),
            },
        },
        {
            Sid: 'ManageBoundedIdentities',
            Effect: 'Allow',
            Action: [
                'iam:DeleteRole',
                'iam:DeleteRolePolicy',
                'iam:DeleteUserPolicy',
                'iam:PutRolePermissionsBoundary',
                'iam:PutRolePolicy',
                'iam:PutUserPermissionsBoundary',
                'iam:PutUserPolicy',
                'iam:UpdateAssumeRolePolicy',
                'iam:UpdateRole',
                'iam:UpdateRoleDescription',
            ],
            Resource: [roles, users],
            Condition: withBoundary,
        },
        {
            // IAM offers no boundary condition for these: the path keeps them to the stack's own identities.
            Sid: 'TagIdentities',
            Effect: 'Allow',
            Action: ['iam:TagRole', 'iam:TagUser'],
            Resource: [roles, users],
            ...(one ? { Condition: { StringEqualsIfExists: { [environmentTag]: PRINCIPAL_ENVIRONMENT } } } : {}),
        },
        {
            Sid: 'UntagIdentities',
            Effect: 'Allow',
            Action: ['iam:UntagRole', 'iam:UntagUser'],
            Resource: [roles, users],
            Condition: { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': [stack_prefix/* ENVIRONMENT_TAG_KEY */.V] } },
        },
        { Sid: 'DeleteUsers', Effect: 'Allow', Action: ['iam:DeleteUser'], Resource: [users] },
        {
            Sid: 'PassStackRoles',
            Effect: 'Allow',
            Action: ['iam:PassRole'],
            Resource: [roles],
            Condition: { StringEquals: { 'iam:PassedToService': [...PASS_ROLE_SERVICES] } },
        },
        {
            Sid: 'CreateServiceLinkedRoles',
            Effect: 'Allow',
            Action: ['iam:CreateServiceLinkedRole'],
            Resource: [(0,intrinsics/* sub */.jb)('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/*')],
            Condition: { StringEquals: { 'iam:AWSServiceName': [...SERVICE_LINKED_ROLE_SERVICES] } },
        },
    ];
}
/**
 * Denies that hold whatever else is attached to the role later: no role or
 * user without the boundary, no boundary removed, the bootstrap's own roles,
 * policies (the boundary among them) and bucket out of reach, no preview
 * change set executed.
 */
function guardStatements(stackPrefix, bootstrapPath) {
    return [
        {
            // ArnNotEquals also holds when the request names no boundary at all.
            Sid: 'DenyUnboundedIdentities',
            Effect: 'Deny',
            Action: [
                'iam:AttachRolePolicy',
                'iam:AttachUserPolicy',
                'iam:CreateRole',
                'iam:CreateUser',
                'iam:PutRolePermissionsBoundary',
                'iam:PutRolePolicy',
                'iam:PutUserPermissionsBoundary',
                'iam:PutUserPolicy',
            ],
            Resource: '*',
            Condition: { ArnNotEquals: { 'iam:PermissionsBoundary': (0,identity_names/* permissionsBoundaryArn */.S8)(stackPrefix) } },
        },
        {
            Sid: 'DenyBoundaryRemoval',
            Effect: 'Deny',
            Action: ['iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary'],
            Resource: '*',
        },
        {
            // Whatever the prefix: the bootstrap's roles and managed policies (the boundary among them) and its bucket.
            Sid: 'DenyBootstrapResources',
            Effect: 'Deny',
            Action: ['iam:*', 's3:*'],
            Resource: [
                (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role${bootstrapPath}*`),
                (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${bootstrapPath}*`),
                (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${identity_names/* PERMISSIONS_BOUNDARY_PATH */.qS}*`),
                { 'Fn::GetAtt': ['ArtifactBucket', 'Arn'] },
                (0,intrinsics/* sub */.jb)('${ArtifactBucket.Arn}/*'),
            ],
        },
        denyPreviewExecution(),
    ];
}
/** The pull-request previews' change sets: created by the read-only role, never executed by anyone. */
const PREVIEW_CHANGE_SET_PREFIX = 'dify-pr-';
/** How a change set is named in a request: by name, or by ARN. */
const PREVIEW_CHANGE_SET_NAMES = [
    `${PREVIEW_CHANGE_SET_PREFIX}*`,
    `arn:*:cloudformation:*:*:changeSet/${PREVIEW_CHANGE_SET_PREFIX}*/*`,
];
/** Every role the bootstrap makes carries it. */
function denyPreviewExecution() {
    return {
        Sid: 'DenyPreviewExecution',
        Effect: 'Deny',
        Action: ['cloudformation:ExecuteChangeSet'],
        Resource: '*',
        Condition: { StringLike: { 'cloudformation:ChangeSetName': PREVIEW_CHANGE_SET_NAMES } },
    };
}

;// CONCATENATED MODULE: ./src/bootstrap/github-trust.ts
/** GitHub's OIDC issuer and the audience configure-aws-credentials asks for. */
const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';
const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
const SUBJECT = `${GITHUB_OIDC_HOST}:sub`;
const AUDIENCE = `${GITHUB_OIDC_HOST}:aud`;
/** The logical ids the trust statements refer to, in the bootstrap template. */
const PROVIDER = {
    'Fn::If': ['CreateOidcProvider', { Ref: 'GitHubOidcProvider' }, { Ref: 'ExistingOidcProviderArn' }],
};
/** The `sub` of a job that runs in a GitHub environment. */
const environmentSubject = (repository, environment) => `repo:${repository}:environment:${environment}`;
/** The `sub` of a job of a push, schedule or dispatch on a branch (in no environment). */
const branchSubject = (repository, branch) => `repo:${repository}:ref:refs/heads/${branch}`;
/** The `sub` of a pull request's job (in no environment). */
const pullRequestSubject = (repository) => `repo:${repository}:pull_request`;
/**
 * Trust for jobs of the given environments: GitHub spells the repository in
 * `sub` as github.com shows it (Octo-Org/Repo), and environment names are
 * case-insensitive, so the whole subject is compared without regard to case.
 * No wildcard: nothing but these environments of this repository matches.
 */
function environmentTrust(repository, environments) {
    return trust('GitHubEnvironments', {
        StringEqualsIgnoreCase: { [SUBJECT]: environments.map((e) => environmentSubject(repository, e)) },
    });
}
/**
 * Trust for jobs on the given branches. The repository is compared without
 * regard to case (as above) but the branch exactly, since git tells `main` from
 * `MAIN` and only one of them may be protected: the second condition pins the
 * branch's spelling, the first the rest of the subject.
 */
function branchTrust(repository, branches) {
    return trust('GitHubBranches', {
        StringEqualsIgnoreCase: { [SUBJECT]: branches.map((b) => branchSubject(repository, b)) },
        StringLike: { [SUBJECT]: branches.map((b) => `repo:*:ref:refs/heads/${b}`) },
    });
}
/**
 * The read-only role's trust: the repository's pull requests (compared
 * without regard to case), and its branch runs (scheduled drift checks), where
 * a wildcard is needed and IAM's wildcard comparison is case-sensitive: the
 * repository must be spelled as github.com shows it.
 */
function readOnlyTrust(repository) {
    return [
        trust('GitHubPullRequests', { StringEqualsIgnoreCase: { [SUBJECT]: pullRequestSubject(repository) } }),
        trust('GitHubBranchRuns', { StringLike: { [SUBJECT]: branchSubject(repository, '*') } }),
    ];
}
function trust(Sid, subjectCondition) {
    return {
        Sid,
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [AUDIENCE]: GITHUB_OIDC_AUDIENCE }, ...subjectCondition },
    };
}
/** The trust policy's size as IAM counts it, with the longest provider ARN in place of the intrinsic. */
function trustPolicyCharacters(statements) {
    const resolved = statements.map((statement) => ({
        ...statement,
        Principal: { Federated: `arn:aws-us-gov:iam::123456789012:oidc-provider/${GITHUB_OIDC_HOST}` },
    }));
    return JSON.stringify({ Version: '2012-10-17', Statement: resolved }).length;
}

;// CONCATENATED MODULE: ./src/bootstrap/bootstrap-model.ts










/**
 * The bootstrap roles live on this IAM path, so that no role the execution
 * role may manage (on `/<prefix><environment>/`) is one of them; the execution
 * role is denied every IAM action on it as well.
 */
const BOOTSTRAP_ROLE_PATH = '/github-actions/';
/** Days an uploaded template is kept: each deploy uploads its own (content-addressed) copy. */
const ARTIFACT_EXPIRATION_DAYS = 30;
/** `${aws:PrincipalTag/…}` inside an `Fn::Sub`, where `${!…}` is a literal `${…}`. */
const bootstrap_model_ENVIRONMENT_IN_SUB = `\${!aws:PrincipalTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}}`;
/** IAM's quota on a role trust policy (the default; it can be raised to 4,096). */
const MAX_TRUST_POLICY_CHARACTERS = 2048;
const BootstrapLogicalIds = {
    oidcProvider: 'GitHubOidcProvider',
    driftRole: 'DriftRole',
    permissionsBoundary: 'PermissionsBoundary',
    deployPolicy: 'DeployPolicy',
    artifactBucket: 'ArtifactBucket',
    createOidcProvider: 'CreateOidcProvider',
    existingOidcProviderArn: 'ExistingOidcProviderArn',
    deployRole: (suffix) => `DeployRole${suffix}`,
    executionRole: (suffix) => `CloudFormationExecutionRole${suffix}`,
    executionPolicy: (group) => `CloudFormationExecution${group.charAt(0).toUpperCase()}${group.slice(1)}Policy`,
};
const GROUP_DESCRIPTIONS = {
    network: 'VPC, subnets, routes, security groups, endpoints, the NAT instance, Cloud Map',
    edge: 'load balancer, certificate, DNS records, SES identity',
    services: 'ECS, Lambda, logs, Aurora, ElastiCache, the storage bucket, the secrets',
    identity: "the stack's IAM roles and SMTP user, each with the permissions boundary, passing them to ECS and Lambda, service-linked roles",
    guards: "denies: no role or user without the permissions boundary, no boundary removed, the bootstrap's roles, policies and bucket out of reach, no preview change set executed",
};
/** The actions a deploy needs on its stack (src/aws/deploy/). */
const DEPLOY_STACK_ACTIONS = [
    'cloudformation:ContinueUpdateRollback',
    'cloudformation:CreateChangeSet',
    'cloudformation:DeleteChangeSet',
    'cloudformation:DeleteStack',
    'cloudformation:DescribeChangeSet',
    // Why early validation refused a change set (src/aws/deploy/change-set-events.ts).
    'cloudformation:DescribeEvents',
    'cloudformation:DescribeStackDriftDetectionStatus',
    'cloudformation:DescribeStackEvents',
    'cloudformation:DescribeStackResourceDrifts',
    'cloudformation:DescribeStacks',
    'cloudformation:DetectStackDrift',
    'cloudformation:DetectStackResourceDrift',
    'cloudformation:ExecuteChangeSet',
    'cloudformation:GetTemplate',
    'cloudformation:SetStackPolicy',
    'cloudformation:UpdateTerminationProtection',
];
/** The bootstrap template's model: pure, validated, the same options give the same model. */
function buildBootstrapModel(options, kitVersion) {
    const { repository, trust, stackPrefix, stackName } = validateBootstrapOptions(options);
    const prefix = (0,intrinsics/* escapeForSub */.Jo)(stackPrefix);
    const reach = trust.kind === 'environments' ? 'tagged-environment' : 'every-environment';
    const targets = deployTargets(repository, trust, stackPrefix);
    const repositoryTags = (role) => [
        { Key: 'dify-aws-kit:role', Value: role },
        { Key: 'dify-aws-kit:repository', Value: repository },
    ];
    const managedPolicies = [
        ...executionPolicies(stackPrefix, reach),
        {
            logicalId: BootstrapLogicalIds.deployPolicy,
            name: 'deploy',
            path: BOOTSTRAP_ROLE_PATH,
            description: `dify-aws-kit deploy roles: change sets on ${trust.kind === 'environments' ? "the stacks of the role's environment" : `the ${stackPrefix}* stacks`}, passing the execution role of the same environment`,
            statements: deployStatements(reach, prefix),
        },
    ];
    const executionPolicyArns = managedPolicies
        .filter((policy) => policy.logicalId.startsWith('CloudFormationExecution'))
        .map((policy) => ({ Ref: policy.logicalId }));
    const stackArns = (patterns) => patterns.map((pattern) => (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:stack/${pattern}`));
    const roles = targets.flatMap((target) => {
        const who = target.environment === undefined
            ? `branches ${trustedBranches(trust)}`
            : `environment ${target.environment}`;
        const names = target.environment === undefined ? `${stackPrefix}*` : `${stackPrefix}${target.environment}`;
        const deployRole = {
            logicalId: target.deployRoleLogicalId,
            description: trimDescription(`dify-aws-kit deploy role: ${repository} (${who}) deploys the ${names} stacks`),
            trust: [
                target.environment === undefined
                    ? branchTrust(repository, trust.kind === 'branches' ? trust.branches : [])
                    : environmentTrust(repository, [target.environment]),
            ],
            managedPolicyArns: [{ Ref: BootstrapLogicalIds.deployPolicy }],
            policies: [],
            tags: [
                ...repositoryTags('deploy'),
                ...(target.environment === undefined
                    ? []
                    : [{ Key: stack_prefix/* ENVIRONMENT_TAG_KEY */.V, Value: target.environment }]),
            ],
        };
        const executionRole = {
            logicalId: target.executionRoleLogicalId,
            description: trimDescription(`dify-aws-kit CloudFormation execution role of the ${names} stacks; only their deploy role passes it`),
            trust: [
                {
                    Sid: 'CloudFormation',
                    Effect: 'Allow',
                    Principal: { Service: 'cloudformation.amazonaws.com' },
                    Action: 'sts:AssumeRole',
                },
            ],
            policies: [],
            managedPolicyArns: executionPolicyArns,
            // The execution policies name the environment through this tag (aws:PrincipalTag): it is what keeps
            // one environment's execution role to that environment. No role can change it (the bootstrap path is denied).
            tags: [
                ...repositoryTags('cloudformation-execution'),
                ...(target.environment === undefined
                    ? []
                    : [{ Key: stack_prefix/* ENVIRONMENT_TAG_KEY */.V, Value: target.environment }]),
            ],
        };
        return [deployRole, executionRole];
    });
    for (const role of roles) {
        const characters = trustPolicyCharacters(role.trust.filter((statement) => statement.Principal?.Federated));
        if (characters > MAX_TRUST_POLICY_CHARACTERS) {
            throw new BootstrapOptionsError(trust.kind === 'environments' ? '--environments' : '--branches', `the deploy role's trust policy would be ${characters} characters, and IAM accepts ${MAX_TRUST_POLICY_CHARACTERS}`, 'Trust fewer or shorter names');
        }
    }
    const readOnly = readOnlyTrust(repository);
    roles.push({
        logicalId: BootstrapLogicalIds.driftRole,
        description: trimDescription(`dify-aws-kit drift and preflight role: ${repository} pull requests and branch runs read the ${stackPrefix}* stacks and preview change sets on them, never change them`),
        trust: readOnly,
        managedPolicyArns: [],
        policies: [
            {
                name: 'read-only',
                statements: [
                    {
                        Sid: 'ReadKitStacks',
                        Effect: 'Allow',
                        Action: [
                            // Also why early validation refused a preview: DescribeEvents, on the stack and its change sets.
                            'cloudformation:DescribeEvents',
                            'cloudformation:DescribeStackDriftDetectionStatus',
                            'cloudformation:DescribeStackEvents',
                            'cloudformation:DescribeStackResourceDrifts',
                            'cloudformation:DescribeStackResources',
                            'cloudformation:DescribeStacks',
                            'cloudformation:DetectStackDrift',
                            'cloudformation:DetectStackResourceDrift',
                            'cloudformation:GetTemplate',
                        ],
                        Resource: [
                            ...stackArns([`${prefix}*/*`]),
                            (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:changeSet/${PREVIEW_CHANGE_SET_NAMES[0]}/*`),
                        ],
                    },
                    // Drift detection reads each resource with the caller's credentials: the stack's read actions.
                    // None of them returns a secret value: task definitions hold none (every secret reaches a
                    // container through ECS Secrets, lint rule SEC008), and no secretsmanager:GetSecretValue is here.
                    ...readStatements(stackPrefix),
                ],
            },
            { name: 'preview', statements: previewStatements(stackArns([`${prefix}*/*`]), prefix) },
        ],
        tags: repositoryTags('drift'),
    });
    return {
        description: `dify-aws-kit bootstrap for github.com/${repository}: the GitHub OIDC provider, the deploy, drift and CloudFormation execution roles, the permissions boundary of the Dify stacks' roles, and the artifact bucket. Deploy once per account, as a stack whose name does not start with ${stackPrefix}.`,
        metadata: {
            kitVersion,
            githubRepository: repository,
            ...(trust.kind === 'environments'
                ? { environments: trust.environments }
                : { branches: trust.branches }),
            stackPrefix,
            suggestedStackName: stackName,
        },
        repository,
        trust,
        stackPrefix,
        suggestedStackName: stackName,
        oidc: {
            url: GITHUB_OIDC_URL,
            clientIds: [GITHUB_OIDC_AUDIENCE],
            existingArnPattern: `^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/${GITHUB_OIDC_HOST.replaceAll('.', '\\.')}$`,
            tags: [{ Key: 'dify-aws-kit:role', Value: 'github-oidc-provider' }],
        },
        rolePath: BOOTSTRAP_ROLE_PATH,
        targets,
        readOnlySubjects: [pullRequestSubject(repository), branchSubject(repository, '*')],
        roles,
        managedPolicies,
        artifactBucket: {
            // Starts with the account id, so no stack prefix (which starts with a letter) covers it.
            name: (0,intrinsics/* sub */.jb)(`\${AWS::AccountId}-\${AWS::Region}-dify-artifacts-${shortHash(repository.toLowerCase())}`),
            expirationDays: ARTIFACT_EXPIRATION_DAYS,
            tags: repositoryTags('artifacts'),
        },
        outputs: outputsOf(targets),
    };
}
/** One target per environment (roles `DeployRoleDev`, …), or one for the branches (`DeployRole`). */
function deployTargets(repository, trust, stackPrefix) {
    const prefix = (0,intrinsics/* escapeForSub */.Jo)(stackPrefix);
    if (trust.kind === 'branches') {
        return [
            {
                subjects: trust.branches.map((branch) => branchSubject(repository, branch)),
                deployRoleLogicalId: BootstrapLogicalIds.deployRole(''),
                executionRoleLogicalId: BootstrapLogicalIds.executionRole(''),
                outputSuffix: '',
                stackPatterns: [`${prefix}*/*`],
            },
        ];
    }
    const suffixes = new Map();
    return trust.environments.map((environment) => {
        const suffix = pascalCase(environment);
        const clash = suffixes.get(suffix);
        if (clash !== undefined) {
            throw new BootstrapOptionsError('--environments', `${JSON.stringify(clash)} and ${JSON.stringify(environment)} would both name their roles ${BootstrapLogicalIds.deployRole(suffix)}`, 'Rename one of them so that they differ by more than hyphens before digits');
        }
        suffixes.set(suffix, environment);
        return {
            environment,
            subjects: [environmentSubject(repository, environment)],
            deployRoleLogicalId: BootstrapLogicalIds.deployRole(suffix),
            executionRoleLogicalId: BootstrapLogicalIds.executionRole(suffix),
            outputSuffix: suffix,
            // <prefix><env> and <prefix><env>-…: the stack names validate accepts (STK001), and not <prefix><env>x.
            stackPatterns: [`${prefix}${environment}/*`, `${prefix}${environment}-*/*`],
        };
    });
}
/**
 * What a deploy role may do, as one managed policy every deploy role holds.
 * With one role per environment the policy names the environment through the
 * role's own tag (aws:PrincipalTag), which no role of the account may change:
 * the role acts on `<prefix><env>` and `<prefix><env>-…` stacks only, passes
 * only the execution role tagged with its environment, and writes only its
 * environment's template keys.
 */
function deployStatements(reach, prefix) {
    const one = reach === 'tagged-environment';
    const names = one ? `${prefix}${bootstrap_model_ENVIRONMENT_IN_SUB}` : prefix;
    const stacks = (one ? [`${names}/*`, `${names}-*/*`] : [`${names}*/*`]).map((pattern) => (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:stack/${pattern}`));
    const templates = one ? [`templates/${names}/*`, `templates/${names}-*`] : [`templates/${names}*`];
    return [
        {
            // The change sets too: DescribeEvents of a change set (why early validation refused it) may be
            // authorised on its ARN; the deploy names them dify-<environment>-<run> (aws/deploy/change-set-name.ts).
            Sid: 'DeployKitStacks',
            Effect: 'Allow',
            Action: [...DEPLOY_STACK_ACTIONS],
            Resource: [
                ...stacks,
                (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:changeSet/dify-${one ? `${bootstrap_model_ENVIRONMENT_IN_SUB}-` : ''}*/*`),
            ],
        },
        {
            Sid: 'PassExecutionRoleToCloudFormation',
            Effect: 'Allow',
            Action: ['iam:PassRole'],
            Resource: [(0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role${BOOTSTRAP_ROLE_PATH}*`)],
            Condition: {
                StringEquals: {
                    'iam:PassedToService': 'cloudformation.amazonaws.com',
                    'aws:ResourceTag/dify-aws-kit:role': 'cloudformation-execution',
                    ...(one ? { [`aws:ResourceTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}`]: PRINCIPAL_ENVIRONMENT } : {}),
                },
            },
        },
        {
            // Templates over 51,200 bytes, under templates/<stack>/: only the environment's own keys, so that no
            // other environment can plant the template a deploy of this one would reuse.
            Sid: 'UploadTemplates',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: templates.map((key) => (0,intrinsics/* sub */.jb)(`\${ArtifactBucket.Arn}/${key}`)),
            Condition: IN_THIS_ACCOUNT,
        },
        {
            // The kit never imports: an import would adopt a resource that another stack (or no stack) owns.
            Sid: 'DenyImports',
            Effect: 'Deny',
            Action: ['cloudformation:CreateChangeSet'],
            Resource: '*',
            Condition: { Null: { 'cloudformation:ImportResourceTypes': 'false' } },
        },
        denyPreviewExecution(),
    ];
}
/**
 * Pull-request previews: dify-pr-* change sets on the kit's existing stacks,
 * no role passed (CloudFormation reuses the stack's), no import. IAM has no
 * change-set-type key; a CREATE change set names a stack that does not exist,
 * which carries no tag, so requiring (and denying the lack of) the
 * environment tag on the stack closes that path: this role never creates a
 * stack, not even an empty one in REVIEW_IN_PROGRESS.
 */
function previewStatements(stacks, prefix) {
    const changeSets = (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:changeSet/${PREVIEW_CHANGE_SET_NAMES[0]}/*`);
    const previewName = { StringLike: { 'cloudformation:ChangeSetName': PREVIEW_CHANGE_SET_NAMES } };
    const stackTag = `aws:ResourceTag/${stack_prefix/* ENVIRONMENT_TAG_KEY */.V}`;
    return [
        {
            Sid: 'PreviewChangeSets',
            Effect: 'Allow',
            Action: ['cloudformation:CreateChangeSet'],
            Resource: stacks,
            Condition: {
                ...previewName,
                Null: {
                    'cloudformation:RoleArn': 'true',
                    'cloudformation:ImportResourceTypes': 'true',
                    [stackTag]: 'false',
                },
            },
        },
        {
            Sid: 'ReadAndDeletePreviews',
            Effect: 'Allow',
            Action: ['cloudformation:DeleteChangeSet', 'cloudformation:DescribeChangeSet'],
            Resource: [...stacks, changeSets],
            Condition: previewName,
        },
        {
            // Templates over 51,200 bytes: the preview PUTs previews/<stack>/<sha>.yaml (never templates/,
            // which deploys trust), read by CloudFormation with this role's credentials.
            Sid: 'UploadPreviewTemplates',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: [(0,intrinsics/* sub */.jb)(`\${ArtifactBucket.Arn}/previews/${prefix}*`)],
            Condition: IN_THIS_ACCOUNT,
        },
        {
            Sid: 'DenyNewStacks',
            Effect: 'Deny',
            Action: ['cloudformation:CreateChangeSet'],
            Resource: '*',
            Condition: { Null: { [stackTag]: 'true' } },
        },
        {
            // Belt and braces: whatever policy is attached to this role later, it never changes a stack.
            Sid: 'DenyStackChanges',
            Effect: 'Deny',
            Action: [
                'cloudformation:CreateStack',
                'cloudformation:DeleteStack',
                'cloudformation:ExecuteChangeSet',
                'cloudformation:UpdateStack',
            ],
            Resource: '*',
        },
    ];
}
/** The execution roles' managed policies (one set, shared: the roles' environment tag scopes them), and the boundary. */
function executionPolicies(stackPrefix, reach) {
    const groups = ['network', 'edge', 'services', 'identity'];
    const policy = (group, statements) => ({
        logicalId: BootstrapLogicalIds.executionPolicy(group),
        name: group,
        description: `dify-aws-kit CloudFormation execution role, ${group}: ${GROUP_DESCRIPTIONS[group]}`,
        path: BOOTSTRAP_ROLE_PATH,
        statements,
    });
    return [
        {
            logicalId: BootstrapLogicalIds.permissionsBoundary,
            name: 'permissions-boundary',
            managedPolicyName: (0,identity_names/* permissionsBoundaryName */.al)(stackPrefix),
            path: identity_names/* PERMISSIONS_BOUNDARY_PATH */.qS,
            description: `dify-aws-kit permissions boundary of every role and user of the ${stackPrefix}* Dify stacks: the most any of them may do, each within the environment it is tagged with`,
            statements: permissionsBoundaryStatements(stackPrefix),
        },
        ...groups.map((group) => policy(group, [
            ...areaStatements(DIFY_STACK_PERMISSIONS.filter((area) => area.group === group), stackPrefix, reach),
            ...(group === 'identity' ? identityStatements(stackPrefix, reach) : []),
        ])),
        policy('guards', guardStatements(stackPrefix, BOOTSTRAP_ROLE_PATH)),
    ];
}
function outputsOf(targets) {
    const perTarget = targets.flatMap((target) => {
        const suffix = target.outputSuffix;
        const forWhom = target.environment === undefined ? '' : ` of the ${target.environment} environment`;
        return [
            {
                logicalId: `DeployRoleArn${suffix}`,
                description: `role-arn of the deploy workflow${forWhom} (the deploy action's role-arn input)`,
                value: { 'Fn::GetAtt': [target.deployRoleLogicalId, 'Arn'] },
            },
            {
                logicalId: `CloudFormationExecutionRoleArn${suffix}`,
                description: `The service role the deploy${forWhom} passes to CloudFormation (the deploy action's cloudformation-role-arn input)`,
                value: { 'Fn::GetAtt': [target.executionRoleLogicalId, 'Arn'] },
            },
        ];
    });
    return [
        ...perTarget,
        {
            logicalId: 'DriftRoleArn',
            description: 'role-arn of the drift and preflight workflows: reads stacks and previews change sets; never changes a stack',
            value: { 'Fn::GetAtt': [BootstrapLogicalIds.driftRole, 'Arn'] },
        },
        {
            logicalId: 'ArtifactBucketName',
            description: "Where templates over 51,200 bytes are uploaded (the deploy action's artifact-bucket input)",
            value: { Ref: BootstrapLogicalIds.artifactBucket },
        },
        {
            logicalId: 'PermissionsBoundaryArn',
            description: 'The permissions boundary every role and user of the Dify stacks carries',
            value: { Ref: BootstrapLogicalIds.permissionsBoundary },
        },
        {
            logicalId: 'OidcProviderArn',
            description: 'The GitHub OIDC provider the roles trust',
            value: {
                'Fn::If': [
                    BootstrapLogicalIds.createOidcProvider,
                    (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/${GITHUB_OIDC_HOST}`),
                    { Ref: BootstrapLogicalIds.existingOidcProviderArn },
                ],
            },
        },
    ];
}
/** `prod-jp` → `ProdJp`: a logical id suffix (letters and digits only). */
function pascalCase(name) {
    return name
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
function trustedBranches(trust) {
    return trust.kind === 'branches' ? trust.branches.join(', ') : '';
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
/** IAM role descriptions hold at most 1000 characters. */
function trimDescription(text) {
    return text.length <= 1000 ? text : `${text.slice(0, 997)}...`;
}

;// CONCATENATED MODULE: ./src/bootstrap/render-bootstrap.ts






/**
 * Renders the one-time bootstrap template: deterministic, the same options
 * give the same bytes. Throws BootstrapOptionsError for options it cannot use.
 */
function renderBootstrap(options, kitVersion) {
    const model = buildBootstrapModel(options, kitVersion);
    let text;
    try {
        text = (0,nunjucks_environment/* renderEnvironment */.C)().render('bootstrap.yaml.njk', { ...model });
    }
    catch (error) {
        throw new render_stack/* RenderError */.v(`rendering the bootstrap template failed: ${error.message}`, {
            cause: error,
        });
    }
    let template;
    try {
        template = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new render_stack/* RenderError */.v(`the rendered bootstrap template is not valid YAML: ${error.message}`, {
            cause: error,
        });
    }
    return { text, template, plan: planOf(model, template, text) };
}
/** Renders the bootstrap template and lints it as every template of the kit is linted. */
function renderAndLintBootstrap(options, kitVersion) {
    const rendered = renderBootstrap(options, kitVersion);
    const lint = (0,lint_template/* lintTemplate */.e)({
        template: rendered.template,
        text: rendered.text,
        environment: undefined,
    });
    return { rendered, lint };
}
function planOf(model, template, text) {
    const byType = {};
    for (const resource of Object.values(template.Resources))
        byType[resource.Type] = (byType[resource.Type] ?? 0) + 1;
    return {
        repository: model.repository,
        environments: model.trust.kind === 'environments' ? model.trust.environments : [],
        branches: model.trust.kind === 'branches' ? model.trust.branches : [],
        stackPrefix: model.stackPrefix,
        suggestedStackName: model.suggestedStackName,
        deployRoles: model.targets.map((target) => ({
            ...(target.environment === undefined ? {} : { environment: target.environment }),
            subjects: target.subjects,
            stacks: target.environment === undefined
                ? `${model.stackPrefix}*`
                : `${model.stackPrefix}${target.environment}, ${model.stackPrefix}${target.environment}-*`,
            output: `DeployRoleArn${target.outputSuffix}`,
        })),
        readOnlySubjects: model.readOnlySubjects,
        permissionsBoundary: (0,identity_names/* permissionsBoundaryName */.al)(model.stackPrefix),
        resourceCount: Object.keys(template.Resources).length,
        resourcesByType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))),
        templateBytes: Buffer.byteLength(text),
    };
}

// EXTERNAL MODULE: ./src/render/lint/rules/sec007-stateful-protection.ts
var sec007_stateful_protection = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/report/template-finding-line.ts
var template_finding_line = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/text/printable.ts
var printable = __webpack_require__(8572);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/cli/commands/deploy.ts + 5 modules
var commands_deploy = __webpack_require__(9330);
// EXTERNAL MODULE: ./src/cli/commands/output-folder.ts
var output_folder = __webpack_require__(3173);
;// CONCATENATED MODULE: ./src/cli/commands/bootstrap.ts

















const DEFAULT_BOOTSTRAP_OUT = 'out/bootstrap';
const OPTIONS = {
    'github-repo': { type: 'string' },
    environments: { type: 'string' },
    branches: { type: 'string' },
    'stack-prefix': { type: 'string' },
    out: { type: 'string' },
    deploy: { type: 'boolean', default: false },
    region: { type: 'string' },
    'stack-name': { type: 'string' },
    'existing-oidc-provider-arn': { type: 'string' },
    debug: { type: 'boolean', default: false },
};
/** The bootstrap stack is small and quick; half an hour covers a slow IAM propagation. */
const BOOTSTRAP_TIMEOUT_MS = 30 * 60_000;
/**
 * `dify-aws-kit bootstrap --github-repo OWNER/REPO (--environments dev,prod |
 * --branches main) [--stack-prefix dify-] [--out DIR]`: renders the one-time
 * bootstrap template into DIR/bootstrap.yaml, only when it passes the lint with
 * no finding.
 */
async function bootstrapCommand(args, io) {
    const { options, out, deploy } = parseBootstrapArgs(args);
    let linted;
    try {
        linted = renderAndLintBootstrap(options, version/* VERSION */.x);
    }
    catch (error) {
        if (error instanceof BootstrapOptionsError)
            throw new cli_io/* UsageError */.eb(`bootstrap: ${error.message}`);
        throw error;
    }
    const { rendered, lint } = linted;
    await (0,output_folder/* checkOutputFolder */.Q)('bootstrap', '--out', out);
    const file = (0,external_node_path_.join)(out, 'bootstrap.yaml');
    for (const finding of lint.findings)
        io.stdout(`${(0,template_finding_line/* formatTemplateFindingLine */.H)(finding, file)}\n`);
    if (lint.findings.length > 0) {
        io.stderr(`dify-aws-kit: the bootstrap template has ${lint.errors} lint error(s) and ${lint.warnings} warning(s); nothing was written\n`);
        return cli_io/* EXIT_FINDINGS */.cB;
    }
    // The account has no bucket yet to upload a larger template to: refuse before writing or calling AWS.
    if (deploy && rendered.plan.templateBytes > template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_) {
        throw new cli_io/* UsageError */.eb(`bootstrap: the template is ${rendered.plan.templateBytes} bytes, over the ${template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_} CloudFormation takes inline, and --deploy has no bucket to upload it to; render it without --deploy and deploy it with aws cloudformation deploy --s3-bucket <a bucket of yours>`);
    }
    await (0,promises_.mkdir)(out, { recursive: true });
    await (0,promises_.writeFile)(file, rendered.text);
    if (!deploy) {
        io.stdout(summary(file, rendered.plan));
        return cli_io/* EXIT_OK */.Ij;
    }
    const stackName = rendered.plan.suggestedStackName;
    return (0,commands_deploy.reportingAwsErrors)(io, deploy.debug, () => deployBootstrap({ ...deploy, stackName, templateBody: rendered.text, template: rendered.template }, io));
}
/**
 * `--deploy`: the same engine as a Dify deploy, with the credentials of the
 * local profile (an administrator's: the bootstrap creates IAM roles). There is
 * no environment file to name the account, so the account is shown first.
 */
async function deployBootstrap(options, io) {
    const { region, stackName } = options;
    const identity = await new client_sts_dist_cjs/* STSClient */.iM({ region }).send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
    io.stdout(`deploying ${(0,printable/* printable */.g)(stackName)} to AWS account ${(0,printable/* printable */.g)(identity.Account ?? '(unknown)')} in ${(0,printable/* printable */.g)(region)} as ${(0,printable/* printable */.g)(identity.Arn ?? '(unknown)')}\n`);
    const statefulIds = Object.entries(options.template.Resources)
        .filter(([, resource]) => (0,sec007_stateful_protection/* isStatefulResourceType */.lu)(resource.Type))
        .map(([id]) => id);
    const outcome = await (0,deploy/* deployStack */.gE)({
        stackName,
        region,
        templateBody: options.templateBody,
        tags: [{ Key: 'ManagedBy', Value: 'dify-aws-kit' }],
        changeSetName: (0,deploy/* changeSetName */.G)('bootstrap', `local-${Date.now()}`),
        execute: true,
        allowReplacement: [],
        recreateFailedStack: false,
        waitForInProgress: true,
        continueUpdateRollback: false,
        terminationProtection: true,
        stackPolicy: (0,deploy/* protectiveStackPolicy */.qo)(statefulIds),
        ...(options.existingOidcProviderArn
            ? {
                parameters: [
                    { ParameterKey: 'ExistingOidcProviderArn', ParameterValue: options.existingOidcProviderArn },
                ],
            }
            : {}),
        clients: { cloudFormation: new dist_cjs/* CloudFormationClient */.m1N({ region }), s3: new client_s3_dist_cjs/* S3Client */.YxF({ region }) },
        log: (line) => io.stdout(`${(0,printable/* printable */.g)(line)}\n`),
        timeoutMs: BOOTSTRAP_TIMEOUT_MS,
    });
    io.stdout(`${outcome.status}: ${(0,printable/* printable */.g)(outcome.message)}\n`);
    for (const [key, value] of Object.entries(outcome.outputs).sort(([a], [b]) => a.localeCompare(b))) {
        io.stdout(`  ${(0,printable/* printable */.g)(key)}: ${(0,printable/* printable */.g)(value)}\n`);
    }
    return outcome.status === 'deployed' || outcome.status === 'unchanged' ? cli_io/* EXIT_OK */.Ij : cli_io/* EXIT_FINDINGS */.cB;
}
function parseBootstrapArgs(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new cli_io/* UsageError */.eb(`bootstrap: ${error.message.split('\n')[0]}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 0) {
        throw new cli_io/* UsageError */.eb(`bootstrap: takes no file (got ${JSON.stringify(positionals[0])}); use --github-repo`);
    }
    const githubRepo = values['github-repo'];
    if (githubRepo === undefined)
        throw new cli_io/* UsageError */.eb('bootstrap: --github-repo OWNER/REPO is required');
    if (values.out === '')
        throw new cli_io/* UsageError */.eb('bootstrap: --out needs a directory');
    const list = (value) => value === undefined ? [] : value.split(',').map((name) => name.trim());
    for (const option of ['region', 'stack-name', 'existing-oidc-provider-arn']) {
        if (values[option] !== undefined && !values.deploy)
            throw new cli_io/* UsageError */.eb(`bootstrap: --${option} goes with --deploy`);
    }
    const region = (0,commands_deploy.regionOption)('bootstrap', values.region) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (values.deploy && !region)
        throw new cli_io/* UsageError */.eb('bootstrap: --deploy needs --region (or AWS_REGION)');
    const oidcArn = values['existing-oidc-provider-arn'];
    if (oidcArn !== undefined &&
        !/^arn:aws[\w-]*:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/.test(oidcArn)) {
        throw new cli_io/* UsageError */.eb('bootstrap: --existing-oidc-provider-arn must be the ARN of the GitHub OIDC provider (…:oidc-provider/token.actions.githubusercontent.com)');
    }
    return {
        deploy: values.deploy && region
            ? { region, stackName: values['stack-name'], existingOidcProviderArn: oidcArn, debug: values.debug }
            : undefined,
        options: {
            githubRepo,
            environments: list(values.environments),
            branches: list(values.branches),
            ...(values['stack-prefix'] !== undefined ? { stackPrefix: values['stack-prefix'] } : {}),
            ...(values['stack-name'] !== undefined ? { stackName: values['stack-name'] } : {}),
        },
        out: values.out ?? DEFAULT_BOOTSTRAP_OUT,
    };
}
function summary(file, plan) {
    const lines = [
        `${file}: bootstrap for github.com/${plan.repository}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes`,
        ...plan.deployRoles.flatMap((role) => [
            `  deploy role ${role.output}: trusts ${role.subjects.join(', ')}; may touch the stacks ${role.stacks}`,
        ]),
        `  drift role DriftRoleArn: trusts ${plan.readOnlySubjects.join(', ')}; reads the stacks ${plan.stackPrefix}*, never changes one`,
        `  every role of the Dify stacks carries the permissions boundary ${plan.permissionsBoundary}`,
    ];
    if (plan.branches.length > 0) {
        lines.push('', `note: one deploy role and one execution role serve every environment: a workflow on ${plan.branches.join(', ')} may deploy any ${plan.stackPrefix}* stack.`, '  Per-environment roles, each trusted by one GitHub environment and kept to its resources, are recommended: --environments dev,prod.');
    }
    lines.push('', `The drift role's branch runs must spell the repository as github.com shows it (${plan.repository}): IAM compares that subject case-sensitively.`, 'Deploy it once per account, with administrator credentials, as a stack whose name the prefix does not cover:', `  aws cloudformation deploy --template-file ${file} --stack-name ${plan.suggestedStackName} --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM${plan.templateBytes > template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_ ? ' --s3-bucket <a bucket of yours>' : ''}`, '  (add --parameter-overrides ExistingOidcProviderArn=<arn> when the account already has the GitHub OIDC provider)', ...(plan.templateBytes > template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_
        ? [
            `  (the template is over ${template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_} bytes, which CloudFormation takes only from S3: hence --s3-bucket)`,
        ]
        : []), "Then put the stack's outputs (each environment's DeployRoleArn… and CloudFormationExecutionRoleArn…, DriftRoleArn, ArtifactBucketName) into the workflows' variables.");
    // The directory is the user's text: no control or bidirectional character reaches the terminal raw.
    return `${lines.map((line) => (0,printable/* printable */.g)(line)).join('\n')}\n`;
}


/***/ }),

/***/ 3173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkOutputFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8572);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6061);





/**
 * File systems of the kernel's own (/proc, /sys, /dev…), by statfs magic
 * number (Linux, statfs(2)): files cannot be written there as in a folder, and
 * some paths there make a recursive mkdir spin forever.
 */
const KERNEL_FILE_SYSTEMS = new Map([
    [0x9fa0, 'proc'],
    [0x62656572, 'sysfs'],
    [0x1cd1, 'devpts'],
    [0x64626720, 'debugfs'],
    [0x73636673, 'securityfs'],
    [0x27e0eb, 'cgroup'],
    [0x63677270, 'cgroup2'],
    [0x62656570, 'configfs'],
    [0x74726163, 'tracefs'],
    [0xcafe4a11, 'bpf'],
]);
/**
 * Checks, before anything is rendered, that `folder` (the value of `option`)
 * is or can become a folder the command writes files into: not a file, not
 * inside one, not on a kernel file system, and writable. A usage error says
 * which; nothing is created here.
 */
async function checkOutputFolder(command, option, folder) {
    const shown = `${command}: ${option} ${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(JSON.stringify(folder))}`;
    const wanted = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder);
    let existing = wanted;
    let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(existing).catch(() => undefined);
    while (info === undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing) !== existing) {
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(existing).catch(() => undefined);
    }
    if (info === undefined)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${shown} is not on any file system this machine can reach`);
    if (!info.isDirectory())
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(existing === wanted
            ? `${shown} is a file, not a folder: name a folder (it is created when missing)`
            : `${shown} is inside a file, not a folder: name a folder`);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(existing);
    const system = KERNEL_FILE_SYSTEMS.get(Number((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.statfs)(real)).type));
    if (system !== undefined)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${shown} is on ${system}, a file system of the kernel, not a folder for files`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${shown}: this user cannot write in ${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(real)}`);
    }
}


/***/ })

};
