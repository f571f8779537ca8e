export const id = 424;
export const ids = [424];
export const modules = {

/***/ 6424:
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
// EXTERNAL MODULE: ./src/aws/deploy/index.ts + 12 modules
var deploy = __webpack_require__(8553);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/environment/unsafe-characters.ts
var unsafe_characters = __webpack_require__(6340);
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
 * `${AccountId}` and `${Prefix}` / `${LowerPrefix}` are placeholders the model
 * fills: the account with `${AWS::AccountId}` (resolved by CloudFormation), the
 * prefix with the validated stack prefix (lower case where AWS lower-cases
 * generated names: S3 buckets).
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
    },
    {
        group: 'network',
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
                'arn:${AWS::Partition}:ecs:*:${AccountId}:cluster/${Prefix}*',
                'arn:${AWS::Partition}:ecs:*:${AccountId}:service/${Prefix}*/*',
                'arn:${AWS::Partition}:ecs:*:${AccountId}:task-definition/${Prefix}*:*',
            ],
        },
    },
    {
        group: 'services',
        sid: 'EcsTaskDefinitions',
        covers: 'AWS::ECS::TaskDefinition: IAM accepts no resource but "*" for these actions',
        read: ['ecs:DescribeTaskDefinition'],
        write: ['ecs:DeregisterTaskDefinition', 'ecs:RegisterTaskDefinition'],
        scope: { kind: 'any' },
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
        scope: { kind: 'stack-prefix', arns: ['arn:${AWS::Partition}:s3:::${LowerPrefix}*'] },
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
            arns: ['arn:${AWS::Partition}:secretsmanager:*:${AccountId}:secret:${Prefix}*'],
        },
    },
    {
        group: 'services',
        sid: 'SecretsPasswords',
        covers: 'GenerateSecretString: IAM accepts no resource but "*" for GetRandomPassword',
        read: [],
        write: ['secretsmanager:GetRandomPassword'],
        scope: { kind: 'any' },
    },
    {
        group: 'identity',
        sid: 'Iam',
        covers: "AWS::IAM::Role (the tasks', the bootstrap function's) and AWS::IAM::User (SES SMTP), named <stack>-<id>, on path /",
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
        write: [
            'iam:CreateRole',
            'iam:CreateUser',
            'iam:DeleteRole',
            'iam:DeleteRolePolicy',
            'iam:DeleteUser',
            'iam:DeleteUserPolicy',
            'iam:PutRolePolicy',
            'iam:PutUserPolicy',
            'iam:TagRole',
            'iam:TagUser',
            'iam:UntagRole',
            'iam:UntagUser',
            'iam:UpdateAssumeRolePolicy',
            'iam:UpdateRole',
            'iam:UpdateRoleDescription',
        ],
        scope: {
            kind: 'stack-prefix',
            arns: [
                'arn:${AWS::Partition}:iam::${AccountId}:role/${Prefix}*',
                'arn:${AWS::Partition}:iam::${AccountId}:user/${Prefix}*',
            ],
        },
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
            arns: ['arn:${AWS::Partition}:lambda:*:${AccountId}:function:${Prefix}*'],
        },
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
                'arn:${AWS::Partition}:logs:*:${AccountId}:log-group:/dify/*',
                'arn:${AWS::Partition}:logs:*:${AccountId}:log-group:${Prefix}*',
            ],
        },
        // DescribeLogGroups is authorized on every log group of the account.
        readScope: { kind: 'account', arns: ['arn:${AWS::Partition}:logs:*:${AccountId}:log-group:*'] },
    },
    {
        group: 'network',
        sid: 'Certificates',
        covers: 'AWS::CertificateManager::Certificate (DNS validated)',
        read: ['acm:DescribeCertificate', 'acm:ListTagsForCertificate'],
        write: ['acm:AddTagsToCertificate', 'acm:DeleteCertificate', 'acm:RemoveTagsFromCertificate'],
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:acm:*:${AccountId}:certificate/*'] },
    },
    {
        group: 'network',
        sid: 'CertificateRequests',
        covers: 'ACM RequestCertificate: IAM accepts no resource but "*"',
        read: [],
        write: ['acm:RequestCertificate'],
        scope: { kind: 'any' },
    },
    {
        group: 'network',
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
    },
    {
        group: 'network',
        sid: 'DnsLookups',
        covers: 'Cloud Map\'s private namespace looks its zone up by name: IAM accepts no resource but "*"',
        read: ['route53:ListHostedZonesByName'],
        write: [],
        scope: { kind: 'any' },
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
        scope: { kind: 'account', arns: ['arn:${AWS::Partition}:servicediscovery:*:${AccountId}:*'] },
    },
    {
        group: 'network',
        sid: 'ServiceDiscoveryNamespaces',
        covers: 'Creating a namespace and following the operation: IAM accepts no resource but "*"',
        read: ['servicediscovery:GetOperation', 'servicediscovery:ListNamespaces'],
        write: ['servicediscovery:CreatePrivateDnsNamespace'],
        scope: { kind: 'any' },
    },
    {
        group: 'services',
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

;// CONCATENATED MODULE: ./src/bootstrap/bootstrap-model.ts




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
const DEFAULT_STACK_PREFIX = 'dify-';
const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';
const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
/**
 * The bootstrap roles live on this IAM path, so that `role/<prefix>*`, which
 * the execution role may manage, never covers them (checked against the
 * prefix, and denied in the execution role's policy as well).
 */
const BOOTSTRAP_ROLE_PATH = '/github-actions/';
/** Stack names for the bootstrap stack, the first that the prefix does not cover is suggested. */
const BOOTSTRAP_STACK_NAMES = ['dify-aws-kit-bootstrap', 'bootstrap-dify-aws-kit'];
/** Days an uploaded template is kept: each deploy uploads its own (content-addressed) copy. */
const ARTIFACT_EXPIRATION_DAYS = 30;
/** The pull-request preview's change sets start with it: the drift role may create, read and delete only these. */
const PREVIEW_CHANGE_SET_PREFIX = 'dify-pr-';
// GitHub: owner (user or organisation) 1-39 alphanumerics or single inner hyphens; repository 1-100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
// Environment names as they appear in the OIDC subject; `*`, `?` and `${` would be IAM wildcards or variables.
const ENVIRONMENT = /^[A-Za-z0-9._-]{1,255}$/;
// A CloudFormation stack name starts with a letter and holds letters, digits and hyphens (128 at most).
const STACK_PREFIX = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const BootstrapLogicalIds = {
    oidcProvider: 'GitHubOidcProvider',
    deployRole: 'DeployRole',
    driftRole: 'DriftRole',
    executionRole: 'CloudFormationExecutionRole',
    artifactBucket: 'ArtifactBucket',
    artifactBucketPolicy: 'ArtifactBucketPolicy',
    createOidcProvider: 'CreateOidcProvider',
    existingOidcProviderArn: 'ExistingOidcProviderArn',
    executionPolicy: (group) => `CloudFormationExecution${group.charAt(0).toUpperCase()}${group.slice(1)}Policy`,
};
/** IAM's quota on a role trust policy (the default; it can be raised to 4,096). */
const MAX_TRUST_POLICY_CHARACTERS = 2048;
const GROUP_DESCRIPTIONS = {
    network: 'VPC, subnets, routes, security groups, endpoints, the NAT instance, load balancer, certificate, DNS, Cloud Map',
    services: 'ECS, Lambda, logs, Aurora, ElastiCache, the storage bucket, the secrets, SES',
    identity: "the stack's IAM roles and SMTP user, passing them to ECS and Lambda, service-linked roles",
};
/** The bootstrap template's model: pure, validated, the same options give the same model. */
function buildBootstrapModel(options, kitVersion) {
    const repository = validateRepository(options.githubRepo);
    const environments = validateEnvironments(options.environments ?? []);
    const stackPrefix = validateStackPrefix(options.stackPrefix ?? DEFAULT_STACK_PREFIX);
    const suggestedStackName = BOOTSTRAP_STACK_NAMES.find((name) => !covers(stackPrefix, name)) ?? BOOTSTRAP_STACK_NAMES[1];
    const deploySubjects = deploySubjectsOf(repository, environments);
    const trustCharacters = trustPolicyCharacters(deploySubjects);
    if (trustCharacters > MAX_TRUST_POLICY_CHARACTERS) {
        throw new BootstrapOptionsError('--environments', `the deploy role's trust policy would be ${trustCharacters} characters, and IAM accepts ${MAX_TRUST_POLICY_CHARACTERS}`, 'Trust fewer or shorter environment names');
    }
    const driftSubjects = [`repo:${repository}:pull_request`, `repo:${repository}:ref:refs/heads/*`];
    const tags = (role) => [
        { Key: 'dify-aws-kit:role', Value: role },
        { Key: 'dify-aws-kit:repository', Value: repository },
    ];
    const account = '${AWS::AccountId}';
    const placeholders = (arn) => arn
        .replaceAll('${AccountId}', account)
        .replaceAll('${Prefix}', (0,intrinsics/* escapeForSub */.Jo)(stackPrefix))
        .replaceAll('${LowerPrefix}', (0,intrinsics/* escapeForSub */.Jo)(stackPrefix.toLowerCase()));
    const artifactBucketArn = { 'Fn::GetAtt': [BootstrapLogicalIds.artifactBucket, 'Arn'] };
    const executionRoleArn = { 'Fn::GetAtt': [BootstrapLogicalIds.executionRole, 'Arn'] };
    const stackArn = (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:${account}:stack/${(0,intrinsics/* escapeForSub */.Jo)(stackPrefix)}*/*`);
    const previewChangeSetArn = (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:cloudformation:*:${account}:changeSet/${PREVIEW_CHANGE_SET_PREFIX}*/*`);
    const identityStatements = [
        {
            Sid: 'PassStackRoles',
            Effect: 'Allow',
            Action: ['iam:PassRole'],
            Resource: [(0,intrinsics/* sub */.jb)(placeholders('arn:${AWS::Partition}:iam::${AccountId}:role/${Prefix}*'))],
            Condition: { StringEquals: { 'iam:PassedToService': [...PASS_ROLE_SERVICES] } },
        },
        {
            Sid: 'CreateServiceLinkedRoles',
            Effect: 'Allow',
            Action: ['iam:CreateServiceLinkedRole'],
            Resource: [(0,intrinsics/* sub */.jb)(placeholders('arn:${AWS::Partition}:iam::${AccountId}:role/aws-service-role/*'))],
            Condition: { StringEquals: { 'iam:AWSServiceName': [...SERVICE_LINKED_ROLE_SERVICES] } },
        },
        {
            // Whatever the prefix, the bootstrap's own roles and bucket stay out of the Dify stacks' reach.
            Sid: 'DenyBootstrapResources',
            Effect: 'Deny',
            Action: ['iam:*', 's3:*'],
            Resource: [
                (0,intrinsics/* sub */.jb)(`arn:\${AWS::Partition}:iam::${account}:role${BOOTSTRAP_ROLE_PATH}*`),
                artifactBucketArn,
                (0,intrinsics/* sub */.jb)(`\${${BootstrapLogicalIds.artifactBucket}.Arn}/*`),
            ],
        },
    ];
    const groups = ['network', 'services', 'identity'];
    const managedPolicies = groups.map((group) => ({
        logicalId: BootstrapLogicalIds.executionPolicy(group),
        name: group,
        description: `dify-aws-kit CloudFormation execution role, ${group}: ${GROUP_DESCRIPTIONS[group]}`,
        statements: [
            ...executionStatements(DIFY_STACK_PERMISSIONS.filter((area) => area.group === group), placeholders),
            ...(group === 'identity' ? identityStatements : []),
        ],
    }));
    return {
        description: `dify-aws-kit bootstrap for github.com/${repository}: the GitHub OIDC provider, the deploy, drift and CloudFormation execution roles, and the artifact bucket. Deploy once per account, as a stack whose name does not start with ${stackPrefix}.`,
        metadata: {
            kitVersion,
            githubRepository: repository,
            environments,
            stackPrefix,
            suggestedStackName,
        },
        repository,
        environments,
        stackPrefix,
        suggestedStackName,
        oidc: {
            url: GITHUB_OIDC_URL,
            clientIds: [GITHUB_OIDC_AUDIENCE],
            existingArnPattern: `^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/${GITHUB_OIDC_HOST.replaceAll('.', '\\.')}$`,
            tags: [{ Key: 'dify-aws-kit:role', Value: 'github-oidc-provider' }],
        },
        rolePath: BOOTSTRAP_ROLE_PATH,
        deploySubjects,
        driftSubjects,
        roles: [
            {
                logicalId: BootstrapLogicalIds.deployRole,
                description: trimDescription(`dify-aws-kit deploy role: ${repository} ${environments.length > 0 ? `(environments ${environments.join(', ')})` : '(any workflow)'} deploys the ${stackPrefix}* stacks through change sets`),
                trust: [githubTrust(deploySubjects)],
                managedPolicyArns: [],
                policies: [
                    {
                        name: 'deploy',
                        statements: [
                            {
                                Sid: 'DeployKitStacks',
                                Effect: 'Allow',
                                Action: [
                                    'cloudformation:ContinueUpdateRollback',
                                    'cloudformation:CreateChangeSet',
                                    'cloudformation:DeleteChangeSet',
                                    'cloudformation:DeleteStack',
                                    'cloudformation:DescribeChangeSet',
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
                                ],
                                Resource: [stackArn],
                            },
                            {
                                Sid: 'PassExecutionRoleToCloudFormation',
                                Effect: 'Allow',
                                Action: ['iam:PassRole'],
                                Resource: [executionRoleArn],
                                Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
                            },
                            {
                                Sid: 'UploadTemplates',
                                Effect: 'Allow',
                                Action: ['s3:GetObject', 's3:PutObject'],
                                Resource: [(0,intrinsics/* sub */.jb)(`\${${BootstrapLogicalIds.artifactBucket}.Arn}/*`)],
                            },
                        ],
                    },
                ],
                tags: tags('deploy'),
            },
            {
                logicalId: BootstrapLogicalIds.driftRole,
                description: trimDescription(`dify-aws-kit drift and preflight role: ${repository} pull requests and scheduled runs read the ${stackPrefix}* stacks and preview change sets on them, never change them`),
                trust: [githubTrust(driftSubjects)],
                managedPolicyArns: [],
                policies: [
                    {
                        name: 'read-only',
                        statements: [
                            {
                                Sid: 'ReadKitStacks',
                                Effect: 'Allow',
                                Action: [
                                    'cloudformation:DescribeStackDriftDetectionStatus',
                                    'cloudformation:DescribeStackEvents',
                                    'cloudformation:DescribeStackResourceDrifts',
                                    'cloudformation:DescribeStackResources',
                                    'cloudformation:DescribeStacks',
                                    'cloudformation:DetectStackDrift',
                                    'cloudformation:DetectStackResourceDrift',
                                    'cloudformation:GetTemplate',
                                ],
                                Resource: [stackArn],
                            },
                            // Drift detection reads each resource with the caller's credentials: the stack's read actions.
                            ...readStatements(DIFY_STACK_PERMISSIONS, placeholders),
                        ],
                    },
                    {
                        name: 'preview',
                        statements: [
                            {
                                // Pull-request previews: dify-pr-* change sets, no role passed (CloudFormation reuses the
                                // stack's), no import. IAM has no ChangeSetType key: a CREATE on an absent name is not
                                // refused; it leaves an empty REVIEW_IN_PROGRESS stack this role cannot execute or delete.
                                Sid: 'PreviewChangeSets',
                                Effect: 'Allow',
                                Action: [
                                    'cloudformation:CreateChangeSet',
                                    'cloudformation:DeleteChangeSet',
                                    'cloudformation:DescribeChangeSet',
                                ],
                                Resource: [stackArn, previewChangeSetArn],
                                Condition: {
                                    // The request names the change set, or gives its ARN (the kit describes it by ARN).
                                    StringLike: {
                                        'cloudformation:ChangeSetName': [
                                            `${PREVIEW_CHANGE_SET_PREFIX}*`,
                                            `arn:*:cloudformation:*:*:changeSet/${PREVIEW_CHANGE_SET_PREFIX}*/*`,
                                        ],
                                    },
                                    Null: { 'cloudformation:RoleArn': 'true', 'cloudformation:ImportResourceTypes': 'true' },
                                },
                            },
                            {
                                // Templates over 51,200 bytes: the preview PUTs previews/<stack>/<sha>.yaml (never templates/,
                                // which deploys trust), read by CloudFormation with this role's credentials.
                                Sid: 'UploadPreviewTemplates',
                                Effect: 'Allow',
                                Action: ['s3:GetObject', 's3:PutObject'],
                                Resource: [
                                    (0,intrinsics/* sub */.jb)(`\${${BootstrapLogicalIds.artifactBucket}.Arn}/previews/${(0,intrinsics/* escapeForSub */.Jo)(stackPrefix)}*`),
                                ],
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
                        ],
                    },
                ],
                tags: tags('drift'),
            },
            {
                logicalId: BootstrapLogicalIds.executionRole,
                description: trimDescription(`dify-aws-kit CloudFormation execution role: what CloudFormation may do to create, update and delete the ${stackPrefix}* Dify stacks; only the deploy role may pass it`),
                trust: [
                    {
                        Sid: 'CloudFormation',
                        Effect: 'Allow',
                        Principal: { Service: 'cloudformation.amazonaws.com' },
                        Action: 'sts:AssumeRole',
                    },
                ],
                policies: [],
                managedPolicyArns: managedPolicies.map((policy) => ({ Ref: policy.logicalId })),
                tags: tags('cloudformation-execution'),
            },
        ],
        managedPolicies,
        artifactBucket: {
            // Starts with the account id, so no stack prefix (which starts with a letter) covers it.
            name: (0,intrinsics/* sub */.jb)(`${account}-\${AWS::Region}-dify-artifacts-${shortHash(repository.toLowerCase())}`),
            expirationDays: ARTIFACT_EXPIRATION_DAYS,
            tags: tags('artifacts'),
        },
    };
}
/** The deploy role's subjects: one per GitHub environment, or the whole repository when none is given. */
function deploySubjectsOf(repository, environments) {
    if (environments.length === 0)
        return [`repo:${repository}:*`];
    return environments.map((environment) => `repo:${repository}:environment:${environment}`);
}
/** The trust policy's size as IAM counts it, with the longest provider ARN in place of the intrinsic. */
function trustPolicyCharacters(subjects) {
    const statement = {
        ...githubTrust(subjects),
        Principal: { Federated: `arn:aws-us-gov:iam::123456789012:oidc-provider/${GITHUB_OIDC_HOST}` },
    };
    return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }).length;
}
function githubTrust(subjects) {
    return {
        Sid: 'GitHubActions',
        Effect: 'Allow',
        Principal: {
            Federated: {
                'Fn::If': [
                    BootstrapLogicalIds.createOidcProvider,
                    { Ref: BootstrapLogicalIds.oidcProvider },
                    { Ref: BootstrapLogicalIds.existingOidcProviderArn },
                ],
            },
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
            StringEquals: { [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE },
            StringLike: { [`${GITHUB_OIDC_HOST}:sub`]: [...subjects] },
        },
    };
}
function resourcesOf(scope, placeholders) {
    if (scope.kind === 'any')
        return '*';
    return scope.arns.map((arn) => (0,intrinsics/* sub */.jb)(placeholders(arn)));
}
function executionStatements(areas, placeholders) {
    return areas.flatMap((area) => {
        const statement = (Sid, Action, scope) => ({
            Sid,
            Effect: 'Allow',
            Action: [...Action],
            Resource: resourcesOf(scope, placeholders),
        });
        // One statement when reads and writes apply to the same resources; two when the reads take only "*".
        if (area.readScope === undefined)
            return [statement(area.sid, [...area.read, ...area.write].sort(), area.scope)];
        return [
            ...(area.read.length > 0 ? [statement(`${area.sid}Read`, area.read, area.readScope)] : []),
            ...(area.write.length > 0 ? [statement(`${area.sid}Write`, area.write, area.scope)] : []),
        ];
    });
}
function readStatements(areas, placeholders) {
    return areas
        .filter((area) => area.read.length > 0)
        .map((area) => ({
        Sid: `Read${area.sid}`,
        Effect: 'Allow',
        Action: [...area.read],
        Resource: resourcesOf(area.readScope ?? area.scope, placeholders),
    }));
}
function validateRepository(slug) {
    const hint = 'Give the repository as OWNER/REPO, exactly as in its GitHub URL (github.com/OWNER/REPO), such as my-org/dify-infra';
    const parts = slug.split('/');
    if (parts.length !== 2) {
        throw new BootstrapOptionsError('--github-repo', `${show(slug)} is not OWNER/REPO`, hint);
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
function validateEnvironments(environments) {
    const hint = 'Name the GitHub environments (Settings → Environments) separated by commas, such as dev,prod; letters, digits, ".", "-" and "_" only, so that no name acts as an IAM wildcard (*, ?) or variable (${…})';
    const seen = new Set();
    for (const environment of environments) {
        if (!ENVIRONMENT.test(environment)) {
            throw new BootstrapOptionsError('--environments', environment === ''
                ? 'an environment name is empty'
                : `${show(environment)} is not an environment name the deploy role can trust`, hint);
        }
        // GitHub environment names are case-insensitive: dev and DEV are the same environment.
        const key = environment.toLowerCase();
        if (seen.has(key)) {
            throw new BootstrapOptionsError('--environments', `${show(environment)} is named twice`, hint);
        }
        seen.add(key);
    }
    return [...environments];
}
function validateStackPrefix(prefix) {
    if (!STACK_PREFIX.test(prefix)) {
        throw new BootstrapOptionsError('--stack-prefix', `${show(prefix)} cannot start a CloudFormation stack name`, 'A stack name starts with a letter and holds letters, digits and hyphens; the default is dify-');
    }
    if (covers(prefix, BOOTSTRAP_ROLE_PATH.slice(1))) {
        throw new BootstrapOptionsError('--stack-prefix', `${show(prefix)} would also cover the bootstrap roles (IAM path ${BOOTSTRAP_ROLE_PATH}), which the Dify stacks must never manage`, 'Choose a prefix that the environments’ stack names share, such as dify-');
    }
    return prefix;
}
/** Whether names starting with `prefix` include `name`, as IAM's case-insensitive role names and S3's lower case see it. */
function covers(prefix, name) {
    return name.toLowerCase().startsWith(prefix.toLowerCase());
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
/** IAM role descriptions hold at most 1000 characters. */
function trimDescription(text) {
    return text.length <= 1000 ? text : `${text.slice(0, 997)}...`;
}
/** A value shown in a message: quoted, bounded in length, control and bidirectional characters escaped. */
function show(value) {
    const bounded = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return (0,unsafe_characters/* escapeUnsafe */.au)(JSON.stringify(bounded));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/render/lint/lint-template.ts + 14 modules
var lint_template = __webpack_require__(1015);
// EXTERNAL MODULE: ./src/render/nunjucks-environment.ts + 2 modules
var nunjucks_environment = __webpack_require__(2172);
// EXTERNAL MODULE: ./src/render/render-stack.ts + 7 modules
var render_stack = __webpack_require__(2856);
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
        environments: model.environments,
        stackPrefix: model.stackPrefix,
        suggestedStackName: model.suggestedStackName,
        deploySubjects: model.deploySubjects,
        driftSubjects: model.driftSubjects,
        repositoryWide: model.environments.length === 0,
        resourceCount: Object.keys(template.Resources).length,
        resourcesByType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))),
        templateBytes: Buffer.byteLength(text),
    };
}

// EXTERNAL MODULE: ./src/render/lint/rules/sec007-stateful-protection.ts
var sec007_stateful_protection = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/report/template-finding-line.ts
var template_finding_line = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/cli/commands/deploy.ts + 7 modules
var commands_deploy = __webpack_require__(9466);
;// CONCATENATED MODULE: ./src/cli/commands/bootstrap.ts















const DEFAULT_BOOTSTRAP_OUT = 'out/bootstrap';
const OPTIONS = {
    'github-repo': { type: 'string' },
    environments: { type: 'string' },
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
 * `dify-aws-kit bootstrap --github-repo OWNER/REPO [--environments dev,prod]
 * [--stack-prefix dify-] [--out DIR]`: renders the one-time bootstrap template
 * into DIR/bootstrap.yaml, only when it passes the lint with no finding.
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
    const file = (0,external_node_path_.join)(out, 'bootstrap.yaml');
    for (const finding of lint.findings)
        io.stdout(`${(0,template_finding_line/* formatTemplateFindingLine */.H)(finding, file)}\n`);
    if (lint.findings.length > 0) {
        io.stderr(`dify-aws-kit: the bootstrap template has ${lint.errors} lint error(s) and ${lint.warnings} warning(s); nothing was written\n`);
        return cli_io/* EXIT_FINDINGS */.cB;
    }
    await (0,promises_.mkdir)(out, { recursive: true });
    await (0,promises_.writeFile)(file, rendered.text);
    if (!deploy) {
        io.stdout(summary(file, rendered.plan));
        return cli_io/* EXIT_OK */.Ij;
    }
    const stackName = deploy.stackName ?? rendered.plan.suggestedStackName;
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
    io.stdout(`deploying ${stackName} to AWS account ${identity.Account ?? '(unknown)'} in ${region} as ${(0,unsafe_characters/* escapeUnsafe */.au)(identity.Arn ?? '(unknown)')}\n`);
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
        log: (line) => io.stdout(`${line}\n`),
        timeoutMs: BOOTSTRAP_TIMEOUT_MS,
    });
    io.stdout(`${outcome.status}: ${(0,unsafe_characters/* escapeUnsafe */.au)(outcome.message)}\n`);
    for (const [key, value] of Object.entries(outcome.outputs).sort(([a], [b]) => a.localeCompare(b))) {
        io.stdout(`  ${key}: ${(0,unsafe_characters/* escapeUnsafe */.au)(value)}\n`);
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
    const environments = values.environments === undefined ? [] : values.environments.split(',').map((name) => name.trim());
    for (const option of ['region', 'stack-name', 'existing-oidc-provider-arn']) {
        if (values[option] !== undefined && !values.deploy)
            throw new cli_io/* UsageError */.eb(`bootstrap: --${option} goes with --deploy`);
    }
    const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
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
            environments,
            ...(values['stack-prefix'] !== undefined ? { stackPrefix: values['stack-prefix'] } : {}),
        },
        out: values.out ?? DEFAULT_BOOTSTRAP_OUT,
    };
}
function summary(file, plan) {
    const lines = [
        `${file}: bootstrap for github.com/${plan.repository}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes`,
        `  deploy role trusts: ${plan.deploySubjects.join(', ')}`,
        `  drift role trusts:  ${plan.driftSubjects.join(', ')}`,
        `  stacks they may touch: ${plan.stackPrefix}*`,
    ];
    if (plan.repositoryWide) {
        lines.push('', `warning: no --environments given, so every workflow of ${plan.repository} (any branch, any event) may assume the deploy role.`, '  Restricting it per GitHub environment is recommended: --environments dev,prod, with required reviewers on prod.');
    }
    lines.push('', 'Deploy it once per account, with administrator credentials, as a stack whose name the prefix does not cover:', `  aws cloudformation deploy --template-file ${file} --stack-name ${plan.suggestedStackName} --capabilities CAPABILITY_IAM`, '  (add --parameter-overrides ExistingOidcProviderArn=<arn> when the account already has the GitHub OIDC provider)', `Then put the stack's outputs (DeployRoleArn, DriftRoleArn, CloudFormationExecutionRoleArn, ArtifactBucketName) into the workflows.`);
    // The directory is the user's text: no control or bidirectional character reaches the terminal raw.
    return `${lines.map(unsafe_characters/* escapeUnsafe */.au).join('\n')}\n`;
}


/***/ })

};
