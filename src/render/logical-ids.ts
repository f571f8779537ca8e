/**
 * Logical ids that one template area refers to from another. Changing one
 * renames a resource in every deployed stack, which replaces it: treat these
 * as a contract (the stateful ones above all).
 */
export const LogicalIds = {
  // network
  vpc: 'Vpc',
  internetGateway: 'InternetGateway',
  publicRouteTable: 'PublicRouteTable',
  publicSubnet: (index: number) => `PublicSubnet${index + 1}`,
  privateSubnet: (index: number) => `PrivateSubnet${index + 1}`,
  privateRouteTable: (index: number) => `PrivateRouteTable${index + 1}`,
  loadBalancerSecurityGroup: 'LoadBalancerSecurityGroup',
  taskSecurityGroup: 'TaskSecurityGroup',
  databaseSecurityGroup: 'DatabaseSecurityGroup',
  cacheSecurityGroup: 'CacheSecurityGroup',
  endpointSecurityGroup: 'EndpointSecurityGroup',
  /** Task to task on one port of the API task (the worker reaching its plugin daemon, sandbox and SSRF proxy). */
  taskSelfIngress: (port: number) => `TaskSelfIngressPort${port}`,

  // load balancer
  loadBalancer: 'LoadBalancer',
  httpsListener: 'HttpsListener',
  httpListener: 'HttpListener',
  apiTargetGroup: 'ApiTargetGroup',
  pluginDaemonTargetGroup: 'PluginDaemonTargetGroup',
  webTargetGroup: 'WebTargetGroup',
  certificate: 'Certificate',

  // data (stateful)
  databaseCluster: 'DatabaseCluster',
  databaseInstance: 'DatabaseInstance',
  databaseSubnetGroup: 'DatabaseSubnetGroup',
  cache: 'Cache',
  cacheSubnetGroup: 'CacheSubnetGroup',
  bucket: 'StorageBucket',
  bucketPolicy: 'StorageBucketPolicy',
  bootstrapFunction: 'BootstrapFunction',
  databasePreparation: 'DatabasePreparation',
  pluginStoragePlaceholder: 'PluginStoragePlaceholder',

  // secrets (stateful)
  secretKeySecret: 'SecretKeySecret',
  sandboxApiKeySecret: 'SandboxApiKeySecret',
  pluginDaemonKeySecret: 'PluginDaemonKeySecret',
  pluginInnerApiKeySecret: 'PluginInnerApiKeySecret',
  cacheAuthTokenSecret: 'CacheAuthTokenSecret',
  celeryBrokerUrlSecret: 'CeleryBrokerUrlSecret',

  // IAM
  executionRole: 'TaskExecutionRole',
  taskRole: 'TaskRole',
  execOnlyTaskRole: 'ExecOnlyTaskRole',
  bootstrapRole: 'BootstrapFunctionRole',

  // services
  cluster: 'Cluster',
  clusterCapacityProviders: 'ClusterCapacityProviders',
  apiTaskDefinition: 'ApiTaskDefinition',
  workerTaskDefinition: 'WorkerTaskDefinition',
  beatTaskDefinition: 'BeatTaskDefinition',
  webTaskDefinition: 'WebTaskDefinition',
  apiService: 'ApiService',
  workerService: 'WorkerService',
  beatService: 'BeatService',
  webService: 'WebService',
  serviceDiscoveryNamespace: 'ServiceDiscoveryNamespace',
  apiDiscoveryService: 'ApiDiscoveryService',
  logGroup: (container: string) => `${container.charAt(0).toUpperCase()}${container.slice(1)}LogGroup`,

  // email
  emailIdentity: 'EmailIdentity',
} as const;
