/* Generated from schemas/environment.schema.json by `npm run generate`. Do not edit by hand:
 * change the schema and regenerate; a test fails when this file is stale. */

/**
 * Create a new VPC (mode create) or use an existing one (mode existing).
 */
export type VPCFile = NewVPCFile | ExistingVPCFile;

/**
 * One Dify environment on one AWS account: the network it lives in, the Dify release and sizes it runs, its database, cache and Bedrock models. One file per environment, reviewed in pull requests.
 */
export interface EnvironmentFile {
  /**
   * Path or URL of this schema, so that editors offer completion. The kit ignores it.
   */
  $schema?: string;
  /**
   * Short name of the environment: 2 to 20 lowercase letters, digits and hyphens, starting with a letter. It prefixes the stack name and every resource name, so changing it later creates a new environment.
   */
  name: string;
  /**
   * One sentence about the environment, shown in reports and pull-request comments: one line of visible text.
   */
  description?: string;
  /**
   * The 12-digit ID of the AWS account the environment is deployed to. Deploys stop before touching anything when the credentials belong to another account.
   */
  accountId: string;
  /**
   * The AWS region of the stack, for example ap-northeast-1 (Tokyo).
   */
  region: string;
  /**
   * The --stack-prefix the account was bootstrapped with (default dify-): the bootstrap's roles may act only on stacks and resources whose names start with it and the environment's name, so the stack name must start with <stackPrefix><name>. Also names the permissions boundary every role of the stack carries.
   */
  stackPrefix?: string;
  /**
   * CloudFormation stack name. Defaults to <stackPrefix><name> (dify-<name>); when given, it is <stackPrefix><name> or starts with <stackPrefix><name>- (such as dify-prod-blue), since the deploy role of the environment may touch no other stack. Changing it later creates a second stack.
   */
  stackName?: string;
  tags?: TagsFile;
  network: NetworkFile;
  domain?: DomainFile;
  dify?: DifyFile;
  database?: DatabaseFile;
  cache?: CacheFile;
  bedrock: AmazonBedrockFile;
  email?: EmailFile;
  operations?: OperationsFile;
}
/**
 * Tags put on the stack and propagated to every resource that supports them: at most 40, in AWS's tag characters (letters, digits, spaces and _ . : / = + - @). Neither keys nor values may start with aws:, and the kit keeps the Name key and keys starting with dify-aws-kit: for itself.
 */
export interface TagsFile {
  [k: string]: string;
}
/**
 * Where the environment runs: a new or an existing VPC, how it reaches the internet, and who may reach the load balancer.
 */
export interface NetworkFile {
  vpc: VPCFile;
  /**
   * How tasks in private subnets reach the internet: nat-gateway (managed, one per AZ or shared), nat-instance (one small EC2 instance, cheapest), or none (a closed network: VPC endpoints only, images from ECR). With an existing VPC the kit creates no NAT: say what your subnets already route through, or none to have the endpoints created.
   */
  egress?: "nat-gateway" | "nat-instance" | "none";
  /**
   * With egress nat-gateway: one-per-az keeps each AZ independent; single saves about 33 USD a month per extra AZ but makes one AZ a single point of failure.
   */
  natGateways?: "one-per-az" | "single";
  /**
   * With egress nat-instance: the EC2 instance type of the NAT instance (an arm64 t4g size is cheapest).
   */
  natInstanceType?: string;
  /**
   * The VPC endpoints to create. Leave it out to let the kit derive the set from the egress mode: every endpoint Dify needs for egress none, only the free S3 gateway endpoint otherwise.
   */
  vpcEndpoints?: (
    | "s3"
    | "ecr.api"
    | "ecr.dkr"
    | "logs"
    | "secretsmanager"
    | "ssm"
    | "ssmmessages"
    | "kms"
    | "bedrock-runtime"
    | "bedrock"
    | "bedrock-agent-runtime"
    | "email-smtp"
    | "sts"
    | "codeartifact.api"
    | "codeartifact.repositories"
  )[];
  loadBalancer?: LoadBalancerFile;
}
/**
 * A VPC the kit creates, with one public and one private subnet in each availability zone.
 */
export interface NewVPCFile {
  /**
   * create: the kit creates the VPC.
   */
  mode: "create";
  /**
   * The IPv4 range of the new VPC, /16 to /24. Pick one that does not overlap networks you will peer with.
   */
  cidr: string;
  /**
   * How many availability zones to spread subnets over (at least 2: the load balancer and Aurora need two).
   */
  availabilityZones?: number;
  /**
   * Size of each subnet as a prefix length, 16 to 27 (20 gives 4,091 usable addresses; a load balancer needs at least /27). The VPC must hold two subnets per availability zone.
   */
  subnetPrefixLength?: number;
}
/**
 * A VPC that already exists. The kit checks the subnets you declare offline; deploy verifies them against EC2.
 */
export interface ExistingVPCFile {
  /**
   * existing: use a VPC that already exists.
   */
  mode: "existing";
  /**
   * The ID of the existing VPC.
   */
  id: string;
  /**
   * The primary IPv4 range of the existing VPC, /16 to /28 (used for security-group rules, the SSRF proxy's rules and subnet checks).
   */
  cidr: string;
  /**
   * Subnets routed to an internet gateway, for an internet-facing load balancer: at least two, in different availability zones. Not needed for an internal load balancer.
   */
  publicSubnets?: SubnetFile[];
  /**
   * Subnets for the tasks, the database and the cache: at least two, in different availability zones.
   *
   * @minItems 2
   */
  privateSubnets: [SubnetFile, SubnetFile, ...SubnetFile[]];
  /**
   * The route tables of the private subnets. The kit attaches the S3 gateway endpoint to them; needed when vpcEndpoints includes s3 (the default in a closed network). Leave s3 out of vpcEndpoints if the VPC already has one.
   *
   * @minItems 1
   */
  privateRouteTableIds?: [string, ...string[]];
}
/**
 * One existing subnet: its ID, availability zone and IPv4 range.
 */
export interface SubnetFile {
  /**
   * The ID of the subnet.
   */
  id: string;
  /**
   * The availability zone of the subnet, for example ap-northeast-1a.
   */
  availabilityZone: string;
  /**
   * The IPv4 range of the subnet, /16 to /28; it must lie inside the VPC range.
   */
  cidr: string;
}
/**
 * The Application Load Balancer in front of Dify.
 */
export interface LoadBalancerFile {
  /**
   * internet-facing puts the load balancer in public subnets; internal keeps it inside the VPC (reach it over VPN or Direct Connect).
   */
  scheme?: "internet-facing" | "internal";
  /**
   * IPv4 ranges allowed to reach the load balancer. Leave it out to allow everyone (internet-facing) or the VPC range (internal).
   *
   * @minItems 1
   * @maxItems 50
   */
  allowedCidrs?: [string, ...string[]];
}
/**
 * Serve Dify on your own host name over HTTPS. Without it Dify is served over plain HTTP on the load balancer's DNS name.
 */
export interface DomainFile {
  /**
   * The fully qualified host name users open, for example dify.example.com: letters, digits and hyphens, two labels or more, without the final dot. Not an IP address.
   */
  hostName: string;
  /**
   * The Route 53 hosted zone that holds the host name. With it the kit creates the alias record (and validates a created certificate by DNS); without it, point the name at the load balancer yourself.
   */
  hostedZoneId?: string;
  /**
   * create: request an ACM certificate validated by DNS in the hosted zone. Or the ARN of an existing ACM certificate in the stack's region that covers the host name.
   */
  certificate?: "create" | string;
}
/**
 * The Dify release, where its images come from, how big each service is, and how it behaves.
 */
export interface DifyFile {
  /**
   * The dify-api and dify-web image tag, an exact release such as 1.13.3. The plugin daemon and sandbox versions default to the set known to work with it. Pin it: the default moves when you upgrade the kit.
   */
  version?: string;
  /**
   * The dify-plugin-daemon image tag. Leave it out to use the one released with the Dify version; set it only to follow a fix, and expect a warning when the pair is not known to work.
   */
  pluginDaemonVersion?: string;
  /**
   * The dify-sandbox image tag. Leave it out to use the one released with the Dify version.
   */
  sandboxVersion?: string;
  images?: ImagesFile;
  services?: ServicesFile;
  /**
   * Run the API, worker and web tasks on Fargate Spot (about 70% cheaper, interrupted with two minutes' notice). The beat scheduler always runs on regular Fargate. Fine for development, not for production.
   */
  fargateSpot?: boolean;
  /**
   * Run Dify's database migrations when the API starts (MIGRATION_ENABLED). Turn it off for a Dify 0.x to 1.x upgrade, which the migrate-v1 workflow performs.
   */
  autoMigrateDatabase?: boolean;
  sandbox?: SandboxFile;
  plugins?: PluginsFile;
  /**
   * Extra variables for Dify's containers. Each has exactly one source: a literal value, an SSM parameter, or a Secrets Manager secret (optionally one JSON key of it). Secrets reach the containers through ECS secrets, never in plain text.
   *
   * @maxItems 100
   */
  environment?: EnvironmentVariableFile[];
}
/**
 * Where container images are pulled from.
 */
export interface ImagesFile {
  /**
   * docker-hub pulls langgenius/* images from Docker Hub (needs internet egress); ecr pulls mirrored copies from ECR repositories in this account and region (required for a closed network).
   */
  source?: "docker-hub" | "ecr";
  /**
   * With source ecr: images are pulled from <account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<image>:<tag>, for example dify-mirror/dify-api:1.13.3.
   */
  ecrRepositoryPrefix?: string;
}
/**
 * CPU (units, 1024 = 1 vCPU), memory (MiB) and task count of each service. The API task also holds the plugin daemon, the sandbox and the SSRF proxy, which take their share of its size.
 */
export interface ServicesFile {
  api?: APITaskFile;
  worker?: WorkerTaskFile;
  beat?: BeatTaskFile;
  web?: WebTaskFile;
  pluginDaemon?: PluginDaemonContainerFile;
  sandbox?: SandboxContainerFile;
}
/**
 * The API task: the api container plus the plugin daemon, sandbox and SSRF proxy containers.
 */
export interface APITaskFile {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu?: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory?: number;
  /**
   * How many tasks of the service run.
   */
  desiredCount?: number;
}
/**
 * The Celery worker (MODE=worker): document indexing, workflows in the background, mail.
 */
export interface WorkerTaskFile {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu?: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory?: number;
  /**
   * How many tasks of the service run.
   */
  desiredCount?: number;
}
/**
 * The Celery beat scheduler (MODE=beat). It always runs exactly one task.
 */
export interface BeatTaskFile {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu?: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory?: number;
}
/**
 * The Next.js web front end.
 */
export interface WebTaskFile {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu?: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory?: number;
  /**
   * How many tasks of the service run.
   */
  desiredCount?: number;
}
/**
 * The plugin daemon's share of the API task. Plugins run as Python processes inside it: give it memory (at least 1024 MiB; out-of-memory crash loops are the most reported failure).
 */
export interface PluginDaemonContainerFile {
  /**
   * CPU units reserved for the container inside its task (1024 = 1 vCPU).
   */
  cpu?: number;
  /**
   * Hard memory limit of the container inside its task, in MiB.
   */
  memory?: number;
}
/**
 * The code-execution sandbox's share of the API task.
 */
export interface SandboxContainerFile {
  /**
   * CPU units reserved for the container inside its task (1024 = 1 vCPU).
   */
  cpu?: number;
  /**
   * Hard memory limit of the container inside its task, in MiB.
   */
  memory?: number;
}
/**
 * Code-execution sandbox behaviour.
 */
export interface SandboxFile {
  /**
   * Let sandboxed code make any system call (some Python libraries need it). Only with trusted code: it weakens the sandbox.
   */
  allowAnySyscalls?: boolean;
}
/**
 * How Dify 1.x plugins are installed. The API downloads packages from marketplace.dify.ai and the plugin daemon installs their Python dependencies from PyPI, neither of which any VPC endpoint reaches.
 */
export interface PluginsFile {
  /**
   * An HTTP proxy through which the API and plugin daemon reach the marketplace and PyPI in a closed network.
   */
  egressProxyUrl?: string;
  /**
   * A PyPI simple index (for example CodeArtifact) used by the plugin daemon and the sandbox instead of pypi.org.
   */
  pipMirrorUrl?: string;
}
/**
 * One extra variable: a name, exactly one of value, fromSsmParameter or fromSecret, and the containers it goes to.
 */
export interface EnvironmentVariableFile {
  /**
   * The variable name: uppercase letters, digits and underscores.
   */
  name: string;
  /**
   * A literal value, passed exactly as written (${...} is not expanded). Never put a secret here: use fromSecret; ENV002 refuses a value that looks like a credential, whatever the variable's name.
   */
  value?: string;
  /**
   * The name (or ARN) of an SSM parameter whose value becomes the variable.
   */
  fromSsmParameter?: string;
  /**
   * The name or ARN of a Secrets Manager secret whose value becomes the variable.
   */
  fromSecret?: string;
  /**
   * With fromSecret: take only this key of a JSON secret. ECS reads it from a colon-separated reference, so it cannot contain a colon.
   */
  jsonKey?: string;
  /**
   * The containers that receive the variable.
   *
   * @minItems 1
   */
  targets?: [
    "api" | "worker" | "beat" | "web" | "sandbox" | "pluginDaemon",
    ...("api" | "worker" | "beat" | "web" | "sandbox" | "pluginDaemon")[]
  ];
  /**
   * The sandbox runs the code Dify users write in code nodes, and that code can read the sandbox's environment. A secret (fromSecret, a fromSsmParameter or literal that looks like one) targeted at the sandbox is refused (SBX002) unless this is true: set it only when every user who can edit a workflow may read the secret.
   */
  exposeToSandboxCode?: boolean;
}
/**
 * Aurora PostgreSQL Serverless v2 holding Dify's data, the plugin daemon's data and the pgvector embeddings.
 */
export interface DatabaseFile {
  /**
   * Lowest Aurora capacity in ACUs, in steps of 0.5. 0 lets the database pause when idle (about 15 s to resume on the next request).
   */
  minCapacity?: number;
  /**
   * Highest Aurora capacity in ACUs, in steps of 0.5 (1 ACU is about 2 GiB of memory).
   */
  maxCapacity?: number;
  /**
   * Days of automated backups kept (1 to 35).
   */
  backupRetentionDays?: number;
  /**
   * Refuse to delete the database cluster until this is turned off. Keep it on for anything with real data.
   */
  deletionProtection?: boolean;
}
/**
 * ElastiCache (Valkey) for Dify's cache and the Celery broker, encrypted in transit and at rest, with an auth token.
 */
export interface CacheFile {
  /**
   * The ElastiCache node type.
   */
  nodeType?: string;
  /**
   * Read replicas besides the primary (0 to 5). At least 1 gives Multi-AZ automatic failover.
   */
  replicas?: number;
}
/**
 * The Bedrock region, data-residency policy and models the environment may use. The task role may invoke exactly these models and nothing else.
 */
export interface AmazonBedrockFile {
  /**
   * The region Dify calls Bedrock in. Defaults to the stack's region; in a closed network it must be the stack's region (endpoints are regional).
   */
  region?: string;
  /**
   * Allow inference profiles (us., eu., apac., jp., global. model IDs) that route requests to other regions.
   */
  crossRegionInference?: boolean;
  /**
   * Keep data in one geography: jp allows only Japanese regions and jp. profiles, eu only EU regions and eu. profiles, us only US regions and us. profiles. none applies no rule.
   */
  dataResidency?: "none" | "jp" | "eu" | "us";
  models: ModelsFile;
}
/**
 * The model IDs (or inference profile IDs) the environment may use, by role.
 */
export interface ModelsFile {
  /**
   * Models for chat, completion and agents.
   *
   * @minItems 1
   * @maxItems 30
   */
  chat: [string, ...string[]];
  /**
   * Models for knowledge-base embeddings.
   *
   * @maxItems 10
   */
  embedding?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  /**
   * Models for reranking retrieved chunks.
   *
   * @maxItems 10
   */
  rerank?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
}
/**
 * Send Dify's mail (invitations, password resets) through Amazon SES.
 */
export interface EmailFile {
  /**
   * The domain verified in SES (DKIM records are created when it lies in the hosted zone).
   */
  sendingDomain: string;
  /**
   * The sender address of Dify's mail; it must belong to the sending domain.
   */
  fromAddress: string;
}
/**
 * How the environment is watched and operated.
 */
export interface OperationsFile {
  /**
   * When the drift workflow checks the stack, as a five-field cron expression in UTC (GitHub Actions schedule syntax).
   */
  driftCheckSchedule?: string;
  /**
   * Days CloudWatch Logs keeps container logs (one of the values CloudWatch accepts).
   */
  logRetentionDays?:
    | 1
    | 3
    | 5
    | 7
    | 14
    | 30
    | 60
    | 90
    | 120
    | 150
    | 180
    | 365
    | 400
    | 545
    | 731
    | 1096
    | 1827
    | 2192
    | 2557
    | 2922
    | 3288
    | 3653;
  /**
   * A customer KMS key that encrypts ECS Exec sessions. In a closed network it needs the kms endpoint, which the kit then adds.
   */
  execSessionKmsKeyArn?: string;
}

/**
 * Create a new VPC (mode create) or use an existing one (mode existing).
 */
export type VPC = NewVPC | ExistingVPC;

/**
 * One Dify environment on one AWS account: the network it lives in, the Dify release and sizes it runs, its database, cache and Bedrock models. One file per environment, reviewed in pull requests.
 */
export interface Environment {
  /**
   * Path or URL of this schema, so that editors offer completion. The kit ignores it.
   */
  $schema?: string;
  /**
   * Short name of the environment: 2 to 20 lowercase letters, digits and hyphens, starting with a letter. It prefixes the stack name and every resource name, so changing it later creates a new environment.
   */
  name: string;
  /**
   * One sentence about the environment, shown in reports and pull-request comments: one line of visible text.
   */
  description?: string;
  /**
   * The 12-digit ID of the AWS account the environment is deployed to. Deploys stop before touching anything when the credentials belong to another account.
   */
  accountId: string;
  /**
   * The AWS region of the stack, for example ap-northeast-1 (Tokyo).
   */
  region: string;
  /**
   * The --stack-prefix the account was bootstrapped with (default dify-): the bootstrap's roles may act only on stacks and resources whose names start with it and the environment's name, so the stack name must start with <stackPrefix><name>. Also names the permissions boundary every role of the stack carries.
   */
  stackPrefix: string;
  /**
   * CloudFormation stack name. Defaults to <stackPrefix><name> (dify-<name>); when given, it is <stackPrefix><name> or starts with <stackPrefix><name>- (such as dify-prod-blue), since the deploy role of the environment may touch no other stack. Changing it later creates a second stack.
   */
  stackName?: string;
  tags: Tags;
  network: Network;
  domain?: Domain;
  dify: Dify;
  database: Database;
  cache: Cache;
  bedrock: AmazonBedrock;
  email?: Email;
  operations: Operations;
}
/**
 * Tags put on the stack and propagated to every resource that supports them: at most 40, in AWS's tag characters (letters, digits, spaces and _ . : / = + - @). Neither keys nor values may start with aws:, and the kit keeps the Name key and keys starting with dify-aws-kit: for itself.
 */
export interface Tags {
  [k: string]: string;
}
/**
 * Where the environment runs: a new or an existing VPC, how it reaches the internet, and who may reach the load balancer.
 */
export interface Network {
  vpc: VPC;
  /**
   * How tasks in private subnets reach the internet: nat-gateway (managed, one per AZ or shared), nat-instance (one small EC2 instance, cheapest), or none (a closed network: VPC endpoints only, images from ECR). With an existing VPC the kit creates no NAT: say what your subnets already route through, or none to have the endpoints created.
   */
  egress: "nat-gateway" | "nat-instance" | "none";
  /**
   * With egress nat-gateway: one-per-az keeps each AZ independent; single saves about 33 USD a month per extra AZ but makes one AZ a single point of failure.
   */
  natGateways: "one-per-az" | "single";
  /**
   * With egress nat-instance: the EC2 instance type of the NAT instance (an arm64 t4g size is cheapest).
   */
  natInstanceType: string;
  /**
   * The VPC endpoints to create. Leave it out to let the kit derive the set from the egress mode: every endpoint Dify needs for egress none, only the free S3 gateway endpoint otherwise.
   */
  vpcEndpoints?: (
    | "s3"
    | "ecr.api"
    | "ecr.dkr"
    | "logs"
    | "secretsmanager"
    | "ssm"
    | "ssmmessages"
    | "kms"
    | "bedrock-runtime"
    | "bedrock"
    | "bedrock-agent-runtime"
    | "email-smtp"
    | "sts"
    | "codeartifact.api"
    | "codeartifact.repositories"
  )[];
  loadBalancer: LoadBalancer;
}
/**
 * A VPC the kit creates, with one public and one private subnet in each availability zone.
 */
export interface NewVPC {
  /**
   * create: the kit creates the VPC.
   */
  mode: "create";
  /**
   * The IPv4 range of the new VPC, /16 to /24. Pick one that does not overlap networks you will peer with.
   */
  cidr: string;
  /**
   * How many availability zones to spread subnets over (at least 2: the load balancer and Aurora need two).
   */
  availabilityZones: number;
  /**
   * Size of each subnet as a prefix length, 16 to 27 (20 gives 4,091 usable addresses; a load balancer needs at least /27). The VPC must hold two subnets per availability zone.
   */
  subnetPrefixLength: number;
}
/**
 * A VPC that already exists. The kit checks the subnets you declare offline; deploy verifies them against EC2.
 */
export interface ExistingVPC {
  /**
   * existing: use a VPC that already exists.
   */
  mode: "existing";
  /**
   * The ID of the existing VPC.
   */
  id: string;
  /**
   * The primary IPv4 range of the existing VPC, /16 to /28 (used for security-group rules, the SSRF proxy's rules and subnet checks).
   */
  cidr: string;
  /**
   * Subnets routed to an internet gateway, for an internet-facing load balancer: at least two, in different availability zones. Not needed for an internal load balancer.
   */
  publicSubnets: Subnet[];
  /**
   * Subnets for the tasks, the database and the cache: at least two, in different availability zones.
   *
   * @minItems 2
   */
  privateSubnets: [Subnet, Subnet, ...Subnet[]];
  /**
   * The route tables of the private subnets. The kit attaches the S3 gateway endpoint to them; needed when vpcEndpoints includes s3 (the default in a closed network). Leave s3 out of vpcEndpoints if the VPC already has one.
   *
   * @minItems 1
   */
  privateRouteTableIds?: [string, ...string[]];
}
/**
 * One existing subnet: its ID, availability zone and IPv4 range.
 */
export interface Subnet {
  /**
   * The ID of the subnet.
   */
  id: string;
  /**
   * The availability zone of the subnet, for example ap-northeast-1a.
   */
  availabilityZone: string;
  /**
   * The IPv4 range of the subnet, /16 to /28; it must lie inside the VPC range.
   */
  cidr: string;
}
/**
 * The Application Load Balancer in front of Dify.
 */
export interface LoadBalancer {
  /**
   * internet-facing puts the load balancer in public subnets; internal keeps it inside the VPC (reach it over VPN or Direct Connect).
   */
  scheme: "internet-facing" | "internal";
  /**
   * IPv4 ranges allowed to reach the load balancer. Leave it out to allow everyone (internet-facing) or the VPC range (internal).
   *
   * @minItems 1
   * @maxItems 50
   */
  allowedCidrs?: [string, ...string[]];
}
/**
 * Serve Dify on your own host name over HTTPS. Without it Dify is served over plain HTTP on the load balancer's DNS name.
 */
export interface Domain {
  /**
   * The fully qualified host name users open, for example dify.example.com: letters, digits and hyphens, two labels or more, without the final dot. Not an IP address.
   */
  hostName: string;
  /**
   * The Route 53 hosted zone that holds the host name. With it the kit creates the alias record (and validates a created certificate by DNS); without it, point the name at the load balancer yourself.
   */
  hostedZoneId?: string;
  /**
   * create: request an ACM certificate validated by DNS in the hosted zone. Or the ARN of an existing ACM certificate in the stack's region that covers the host name.
   */
  certificate: "create" | string;
}
/**
 * The Dify release, where its images come from, how big each service is, and how it behaves.
 */
export interface Dify {
  /**
   * The dify-api and dify-web image tag, an exact release such as 1.13.3. The plugin daemon and sandbox versions default to the set known to work with it. Pin it: the default moves when you upgrade the kit.
   */
  version: string;
  /**
   * The dify-plugin-daemon image tag. Leave it out to use the one released with the Dify version; set it only to follow a fix, and expect a warning when the pair is not known to work.
   */
  pluginDaemonVersion?: string;
  /**
   * The dify-sandbox image tag. Leave it out to use the one released with the Dify version.
   */
  sandboxVersion?: string;
  images: Images;
  services: Services;
  /**
   * Run the API, worker and web tasks on Fargate Spot (about 70% cheaper, interrupted with two minutes' notice). The beat scheduler always runs on regular Fargate. Fine for development, not for production.
   */
  fargateSpot: boolean;
  /**
   * Run Dify's database migrations when the API starts (MIGRATION_ENABLED). Turn it off for a Dify 0.x to 1.x upgrade, which the migrate-v1 workflow performs.
   */
  autoMigrateDatabase: boolean;
  sandbox: Sandbox;
  plugins: Plugins;
  /**
   * Extra variables for Dify's containers. Each has exactly one source: a literal value, an SSM parameter, or a Secrets Manager secret (optionally one JSON key of it). Secrets reach the containers through ECS secrets, never in plain text.
   *
   * @maxItems 100
   */
  environment: EnvironmentVariable[];
}
/**
 * Where container images are pulled from.
 */
export interface Images {
  /**
   * docker-hub pulls langgenius/* images from Docker Hub (needs internet egress); ecr pulls mirrored copies from ECR repositories in this account and region (required for a closed network).
   */
  source: "docker-hub" | "ecr";
  /**
   * With source ecr: images are pulled from <account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<image>:<tag>, for example dify-mirror/dify-api:1.13.3.
   */
  ecrRepositoryPrefix: string;
}
/**
 * CPU (units, 1024 = 1 vCPU), memory (MiB) and task count of each service. The API task also holds the plugin daemon, the sandbox and the SSRF proxy, which take their share of its size.
 */
export interface Services {
  api: APITask;
  worker: WorkerTask;
  beat: BeatTask;
  web: WebTask;
  pluginDaemon: PluginDaemonContainer;
  sandbox: SandboxContainer;
}
/**
 * The API task: the api container plus the plugin daemon, sandbox and SSRF proxy containers.
 */
export interface APITask {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory: number;
  /**
   * How many tasks of the service run.
   */
  desiredCount: number;
}
/**
 * The Celery worker (MODE=worker): document indexing, workflows in the background, mail.
 */
export interface WorkerTask {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory: number;
  /**
   * How many tasks of the service run.
   */
  desiredCount: number;
}
/**
 * The Celery beat scheduler (MODE=beat). It always runs exactly one task.
 */
export interface BeatTask {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory: number;
}
/**
 * The Next.js web front end.
 */
export interface WebTask {
  /**
   * Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.
   */
  cpu: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384;
  /**
   * Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).
   */
  memory: number;
  /**
   * How many tasks of the service run.
   */
  desiredCount: number;
}
/**
 * The plugin daemon's share of the API task. Plugins run as Python processes inside it: give it memory (at least 1024 MiB; out-of-memory crash loops are the most reported failure).
 */
export interface PluginDaemonContainer {
  /**
   * CPU units reserved for the container inside its task (1024 = 1 vCPU).
   */
  cpu: number;
  /**
   * Hard memory limit of the container inside its task, in MiB.
   */
  memory: number;
}
/**
 * The code-execution sandbox's share of the API task.
 */
export interface SandboxContainer {
  /**
   * CPU units reserved for the container inside its task (1024 = 1 vCPU).
   */
  cpu: number;
  /**
   * Hard memory limit of the container inside its task, in MiB.
   */
  memory: number;
}
/**
 * Code-execution sandbox behaviour.
 */
export interface Sandbox {
  /**
   * Let sandboxed code make any system call (some Python libraries need it). Only with trusted code: it weakens the sandbox.
   */
  allowAnySyscalls: boolean;
}
/**
 * How Dify 1.x plugins are installed. The API downloads packages from marketplace.dify.ai and the plugin daemon installs their Python dependencies from PyPI, neither of which any VPC endpoint reaches.
 */
export interface Plugins {
  /**
   * An HTTP proxy through which the API and plugin daemon reach the marketplace and PyPI in a closed network.
   */
  egressProxyUrl?: string;
  /**
   * A PyPI simple index (for example CodeArtifact) used by the plugin daemon and the sandbox instead of pypi.org.
   */
  pipMirrorUrl?: string;
}
/**
 * One extra variable: a name, exactly one of value, fromSsmParameter or fromSecret, and the containers it goes to.
 */
export interface EnvironmentVariable {
  /**
   * The variable name: uppercase letters, digits and underscores.
   */
  name: string;
  /**
   * A literal value, passed exactly as written (${...} is not expanded). Never put a secret here: use fromSecret; ENV002 refuses a value that looks like a credential, whatever the variable's name.
   */
  value?: string;
  /**
   * The name (or ARN) of an SSM parameter whose value becomes the variable.
   */
  fromSsmParameter?: string;
  /**
   * The name or ARN of a Secrets Manager secret whose value becomes the variable.
   */
  fromSecret?: string;
  /**
   * With fromSecret: take only this key of a JSON secret. ECS reads it from a colon-separated reference, so it cannot contain a colon.
   */
  jsonKey?: string;
  /**
   * The containers that receive the variable.
   *
   * @minItems 1
   */
  targets: [
    "api" | "worker" | "beat" | "web" | "sandbox" | "pluginDaemon",
    ...("api" | "worker" | "beat" | "web" | "sandbox" | "pluginDaemon")[]
  ];
  /**
   * The sandbox runs the code Dify users write in code nodes, and that code can read the sandbox's environment. A secret (fromSecret, a fromSsmParameter or literal that looks like one) targeted at the sandbox is refused (SBX002) unless this is true: set it only when every user who can edit a workflow may read the secret.
   */
  exposeToSandboxCode: boolean;
}
/**
 * Aurora PostgreSQL Serverless v2 holding Dify's data, the plugin daemon's data and the pgvector embeddings.
 */
export interface Database {
  /**
   * Lowest Aurora capacity in ACUs, in steps of 0.5. 0 lets the database pause when idle (about 15 s to resume on the next request).
   */
  minCapacity: number;
  /**
   * Highest Aurora capacity in ACUs, in steps of 0.5 (1 ACU is about 2 GiB of memory).
   */
  maxCapacity: number;
  /**
   * Days of automated backups kept (1 to 35).
   */
  backupRetentionDays: number;
  /**
   * Refuse to delete the database cluster until this is turned off. Keep it on for anything with real data.
   */
  deletionProtection: boolean;
}
/**
 * ElastiCache (Valkey) for Dify's cache and the Celery broker, encrypted in transit and at rest, with an auth token.
 */
export interface Cache {
  /**
   * The ElastiCache node type.
   */
  nodeType: string;
  /**
   * Read replicas besides the primary (0 to 5). At least 1 gives Multi-AZ automatic failover.
   */
  replicas: number;
}
/**
 * The Bedrock region, data-residency policy and models the environment may use. The task role may invoke exactly these models and nothing else.
 */
export interface AmazonBedrock {
  /**
   * The region Dify calls Bedrock in. Defaults to the stack's region; in a closed network it must be the stack's region (endpoints are regional).
   */
  region?: string;
  /**
   * Allow inference profiles (us., eu., apac., jp., global. model IDs) that route requests to other regions.
   */
  crossRegionInference: boolean;
  /**
   * Keep data in one geography: jp allows only Japanese regions and jp. profiles, eu only EU regions and eu. profiles, us only US regions and us. profiles. none applies no rule.
   */
  dataResidency: "none" | "jp" | "eu" | "us";
  models: Models;
}
/**
 * The model IDs (or inference profile IDs) the environment may use, by role.
 */
export interface Models {
  /**
   * Models for chat, completion and agents.
   *
   * @minItems 1
   * @maxItems 30
   */
  chat: [string, ...string[]];
  /**
   * Models for knowledge-base embeddings.
   *
   * @maxItems 10
   */
  embedding:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  /**
   * Models for reranking retrieved chunks.
   *
   * @maxItems 10
   */
  rerank:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
}
/**
 * Send Dify's mail (invitations, password resets) through Amazon SES.
 */
export interface Email {
  /**
   * The domain verified in SES (DKIM records are created when it lies in the hosted zone).
   */
  sendingDomain: string;
  /**
   * The sender address of Dify's mail; it must belong to the sending domain.
   */
  fromAddress: string;
}
/**
 * How the environment is watched and operated.
 */
export interface Operations {
  /**
   * When the drift workflow checks the stack, as a five-field cron expression in UTC (GitHub Actions schedule syntax).
   */
  driftCheckSchedule: string;
  /**
   * Days CloudWatch Logs keeps container logs (one of the values CloudWatch accepts).
   */
  logRetentionDays:
    | 1
    | 3
    | 5
    | 7
    | 14
    | 30
    | 60
    | 90
    | 120
    | 150
    | 180
    | 365
    | 400
    | 545
    | 731
    | 1096
    | 1827
    | 2192
    | 2557
    | 2922
    | 3288
    | 3653;
  /**
   * A customer KMS key that encrypts ECS Exec sessions. In a closed network it needs the kms endpoint, which the kit then adds.
   */
  execSessionKmsKeyArn?: string;
}
