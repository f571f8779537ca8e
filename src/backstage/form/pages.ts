/**
 * How the "Create Dify environment" form splits environment.json into pages a person can follow.
 * Every property of the schema is either on a page or listed in OFF_THE_FORM with the reason, so a
 * property added to the schema stops `npm run gen:backstage` until someone decides where it goes.
 */

export interface FormPage {
  readonly title: string;
  readonly description: string;
  /** Top-level properties of environment.json shown on this page, in order. */
  readonly properties: readonly string[];
}

export const ENVIRONMENT_PAGES: readonly FormPage[] = [
  {
    title: 'Basics',
    description: 'Name the environment and say which AWS account and region it runs in.',
    properties: ['name', 'description', 'accountId', 'region', 'stackPrefix'],
  },
  {
    title: 'Network',
    description: 'The VPC Dify runs in, how it reaches the internet, and who may reach it.',
    properties: ['network'],
  },
  {
    title: 'Domain',
    description:
      "Optional: serve Dify on your own host name over HTTPS. Leave the page empty to use the load balancer's DNS name over plain HTTP.",
    properties: ['domain'],
  },
  {
    title: 'Dify sizing',
    description:
      'The Dify release, the size of each service, the database and the cache, and how the environment is operated.',
    properties: ['dify', 'database', 'cache', 'operations'],
  },
  {
    title: 'Bedrock and data residency',
    description: 'The Amazon Bedrock models Dify may call, and where its data may go.',
    properties: ['bedrock'],
  },
  {
    title: 'Email',
    description:
      "Optional: send Dify's mail (invitations, password resets) through Amazon SES. Leave the page empty to send no mail.",
    properties: ['email'],
  },
];

/**
 * Schema properties left off the form, as JSON pointers into environment.json, with why. They keep
 * their schema defaults, and anyone can set them later in environments/<name>.json.
 */
export const OFF_THE_FORM: Readonly<Record<string, string>> = {
  '/$schema': 'an editor hint, not a setting',
  '/stackName': 'defaults to dify-<name>, which every workflow expects',
  '/tags': 'free-form key/value pairs are easier to add in the file',
  '/network/vpcEndpoints': 'the kit derives the set from the egress mode',
  '/network/vpc/privateRouteTableIds':
    'only for an S3 gateway endpoint in an existing VPC; set it in the file',
  '/dify/pluginDaemonVersion': 'follows the Dify version unless a fix needs another tag',
  '/dify/sandboxVersion': 'follows the Dify version',
  '/dify/services/beat': 'the scheduler needs its smallest size',
  '/dify/services/pluginDaemon': 'its share of the API task; tune it in the file',
  '/dify/services/sandbox': 'its share of the API task; tune it in the file',
  '/dify/autoMigrateDatabase':
    'only turned off for the 0.x to 1.x upgrade, which the migrate-v1 workflow runs',
  '/dify/sandbox': 'weakening the sandbox is a reviewed change to the file, not a form tick box',
  '/dify/environment': 'extra variables with secret sources are easier to review in the file',
  '/operations/execSessionKmsKeyArn': 'a customer KMS key for ECS Exec is an advanced setting',
};

/**
 * Fields the form shows only when a sibling choice makes them matter, as the schema's descriptions
 * say ("With egress nat-gateway: …"). The schema accepts them either way; the form just hides noise.
 */
export const SHOWN_WHEN: Readonly<
  Record<string, { readonly sibling: string; readonly values: readonly string[] }>
> = {
  '/network/natGateways': { sibling: 'egress', values: ['nat-gateway'] },
  '/network/natInstanceType': { sibling: 'egress', values: ['nat-instance'] },
  '/dify/images/ecrRepositoryPrefix': { sibling: 'source', values: ['ecr'] },
};

/** The page a top-level property is on, if any. */
export function pageOf(property: string): FormPage | undefined {
  return ENVIRONMENT_PAGES.find((page) => page.properties.includes(property));
}
