import { addressCount, formatCidr, toNetwork } from '../../environment/cidr.js';
import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import type { VpcEndpointName } from '../../environment/vpc-endpoints.js';
import { availabilityZone, type Intrinsic, ref, sub, tagList } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';

type Tags = { Key: string; Value: string }[];

export interface SubnetModel {
  readonly logicalId: string;
  readonly cidr: string;
  readonly availabilityZone: Intrinsic;
  readonly routeTable: string;
  readonly tags: Tags;
}

export interface NatGatewayModel {
  readonly logicalId: string;
  readonly eipLogicalId: string;
  readonly subnet: string;
  readonly tags: Tags;
}

export interface NatInstanceModel {
  readonly logicalId: string;
  readonly securityGroupLogicalId: string;
  readonly instanceType: string;
  /** The newest Amazon Linux 2023 image for the instance's architecture, resolved from its public SSM parameter at deploy time. */
  readonly imageId: string;
  readonly subnet: string;
  readonly tags: Tags;
}

export interface PrivateRouteTableModel {
  readonly logicalId: string;
  readonly tags: Tags;
  /** Where its default route goes, when it has one. */
  readonly defaultRoute?: { readonly NatGatewayId: Intrinsic } | { readonly InstanceId: Intrinsic };
}

export interface EndpointModel {
  readonly logicalId: string;
  readonly serviceName: Intrinsic;
}

export interface NetworkModel {
  /** The kit creates the VPC (subnets, routes, gateways) rather than using an existing one. */
  readonly createVpc: boolean;
  readonly vpcCidr: string;
  readonly vpcId: Intrinsic | string;
  readonly vpcTags: Tags;
  readonly publicSubnets: readonly SubnetModel[];
  readonly privateSubnets: readonly SubnetModel[];
  readonly publicSubnetIds: readonly (Intrinsic | string)[];
  readonly privateSubnetIds: readonly (Intrinsic | string)[];
  readonly privateRouteTables: readonly PrivateRouteTableModel[];
  readonly natGateways: readonly NatGatewayModel[];
  readonly natInstance?: NatInstanceModel;
  readonly interfaceEndpoints: readonly EndpointModel[];
  readonly gatewayEndpoint?: EndpointModel & { readonly routeTableIds: readonly (Intrinsic | string)[] };
  readonly tags: { readonly internetGateway: Tags; readonly publicRouteTable: Tags };
}

export function buildNetworkModel(env: ResolvedEnvironment): NetworkModel {
  const name = (suffix: string) => `${env.stackName}-${suffix}`;
  const tags = (suffix: string) => tagList(name(suffix), env.tags);
  const endpoints = endpointModels(env.network.vpcEndpoints);
  const { vpc } = env.network;

  if (vpc.mode === 'existing') {
    const routeTableIds = vpc.privateRouteTableIds ?? [];
    return {
      createVpc: false,
      vpcCidr: vpc.cidr,
      vpcId: vpc.id,
      vpcTags: [],
      publicSubnets: [],
      privateSubnets: [],
      publicSubnetIds: vpc.publicSubnets.map((s) => s.id),
      privateSubnetIds: vpc.privateSubnets.map((s) => s.id),
      privateRouteTables: [],
      natGateways: [],
      interfaceEndpoints: endpoints.interface,
      ...(endpoints.gateway && routeTableIds.length > 0
        ? { gatewayEndpoint: { ...endpoints.gateway, routeTableIds } }
        : {}),
      tags: { internetGateway: [], publicRouteTable: [] },
    };
  }

  const zones = vpc.availabilityZones;
  const cidrs = carveSubnets(vpc.cidr, vpc.subnetPrefixLength, zones * 2);
  const publicSubnets = range(zones).map((i) => ({
    logicalId: LogicalIds.publicSubnet(i),
    cidr: cidrs[i] ?? '',
    availabilityZone: availabilityZone(i),
    routeTable: LogicalIds.publicRouteTable,
    tags: tags(`public-${i + 1}`),
  }));
  const privateSubnets = range(zones).map((i) => ({
    logicalId: LogicalIds.privateSubnet(i),
    cidr: cidrs[zones + i] ?? '',
    availabilityZone: availabilityZone(i),
    routeTable: LogicalIds.privateRouteTable(i),
    tags: tags(`private-${i + 1}`),
  }));

  const egress = env.network.egress;
  const natGateways =
    egress === 'nat-gateway'
      ? range(env.network.natGateways === 'single' ? 1 : zones).map((i) => ({
          logicalId: `NatGateway${i + 1}`,
          eipLogicalId: `NatGatewayEip${i + 1}`,
          subnet: LogicalIds.publicSubnet(i),
          tags: tags(`nat-${i + 1}`),
        }))
      : [];
  const natInstance =
    egress === 'nat-instance'
      ? {
          logicalId: 'NatInstance',
          securityGroupLogicalId: 'NatInstanceSecurityGroup',
          instanceType: env.network.natInstanceType,
          imageId: `{{resolve:ssm:${amazonLinuxParameter(env.network.natInstanceType)}}}`,
          subnet: LogicalIds.publicSubnet(0),
          tags: tags('nat'),
        }
      : undefined;

  const privateRouteTables = range(zones).map((i) => {
    const gateway = natGateways[natGateways.length === 1 ? 0 : i];
    const defaultRoute = gateway
      ? { NatGatewayId: ref(gateway.logicalId) }
      : natInstance
        ? { InstanceId: ref(natInstance.logicalId) }
        : undefined;
    return {
      logicalId: LogicalIds.privateRouteTable(i),
      tags: tags(`private-${i + 1}`),
      ...(defaultRoute ? { defaultRoute } : {}),
    };
  });

  return {
    createVpc: true,
    vpcCidr: vpc.cidr,
    vpcId: ref(LogicalIds.vpc),
    vpcTags: tags('vpc'),
    publicSubnets,
    privateSubnets,
    publicSubnetIds: publicSubnets.map((s) => ref(s.logicalId)),
    privateSubnetIds: privateSubnets.map((s) => ref(s.logicalId)),
    privateRouteTables,
    natGateways,
    ...(natInstance ? { natInstance } : {}),
    interfaceEndpoints: endpoints.interface,
    ...(endpoints.gateway
      ? {
          gatewayEndpoint: {
            ...endpoints.gateway,
            routeTableIds: privateRouteTables.map((t) => ref(t.logicalId)),
          },
        }
      : {}),
    tags: { internetGateway: tags('igw'), publicRouteTable: tags('public') },
  };
}

/** `count` consecutive subnets of `/prefixLength` from the start of the VPC range (NET005 checks they fit). */
export function carveSubnets(vpcCidr: string, prefixLength: number, count: number): string[] {
  const vpc = toNetwork(vpcCidr);
  if (!vpc) throw new Error(`not a CIDR: ${vpcCidr}`);
  const size = addressCount({ network: 0, prefixLength });
  return range(count).map((i) => formatCidr({ network: (vpc.network + i * size) >>> 0, prefixLength }));
}

function endpointModels(names: readonly VpcEndpointName[]): {
  interface: EndpointModel[];
  gateway?: EndpointModel;
} {
  const interfaces = names
    .filter((n) => n !== 's3')
    .map((n) => ({
      logicalId: `${pascalCase(n)}Endpoint`,
      serviceName: sub(`com.amazonaws.\${AWS::Region}.${n}`),
    }));
  return names.includes('s3')
    ? {
        interface: interfaces,
        gateway: { logicalId: 'S3GatewayEndpoint', serviceName: sub('com.amazonaws.${AWS::Region}.s3') },
      }
    : { interface: interfaces };
}

/** Graviton families (t4g, c7g, m6gd…) need the arm64 image. */
function amazonLinuxParameter(instanceType: string): string {
  const family = instanceType.split('.')[0] ?? '';
  const arm = /^[a-z]+\d+[a-z]*g[a-z]*$/.test(family);
  return `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arm ? 'arm64' : 'x86_64'}`;
}

function pascalCase(text: string): string {
  return text
    .split(/[^a-z0-9]+/i)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
