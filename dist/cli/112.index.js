export const id = 112;
export const ids = [112,575];
export const modules = {

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


/***/ }),

/***/ 9841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseCommandOptions)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6061);


/** Parses the options a command accepts; anything else is a usage error. */
function parseCommandOptions(command, args, accepted) {
    const options = {
        base: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
    };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${command}: ${error.message.split('\n')[0]}`);
    }
    const { values, positionals } = parsed;
    for (const name of ['base', 'out', 'strict']) {
        const given = name === 'strict' ? values.strict : values[name] !== undefined;
        if (given && !accepted.includes(name))
            throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${command}: --${name} is not an option of ${command}`);
    }
    if (positionals.length === 0)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${command}: name at least one environment file`);
    if (values.base !== undefined && positionals.length !== 1) {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${command}: --base compares one file with its base version; name exactly one FILE`);
    }
    return {
        files: positionals,
        strict: values.strict,
        ...(values.base !== undefined ? { base: values.base } : {}),
        ...(values.out !== undefined ? { out: values.out } : {}),
    };
}


/***/ }),

/***/ 3112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflightCommand: () => (/* binding */ preflightCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/environment/checks/index.ts + 31 modules
var checks = __webpack_require__(2234);
// EXTERNAL MODULE: ./src/environment/diagnostic.ts
var diagnostic = __webpack_require__(9862);
;// CONCATENATED MODULE: ./src/data/aws-prices.ts
/**
 * Offline AWS price table for the monthly cost estimate that preflight shows.
 *
 * On-demand list prices in USD, Linux/x86 unless stated, before tax, without Savings Plans, Reserved
 * Instances, credits or the free tier. Every number is tagged in a comment with the key of its source in
 * docs/data-sources/aws-prices.md:
 *
 *  - [PL]   the AWS Price List (bulk offer files or GetProducts), read through a dated copy another project kept;
 *  - [AWS]  an AWS pricing page, blog or documentation;
 *  - [2nd]  a named secondary source (a blog or repository that quotes AWS), with its date;
 *  - [copy] NOT confirmed for this region: the figure of the region named, used as a stand-in. Every such
 *           price is also listed in the region's `unconfirmed`, and the estimate says so in its assumptions.
 *
 * AWS's pricing pages render regional prices with JavaScript, so the page text could rarely be used; the
 * sources note explains what was read and what could not be confirmed. Where a [copy] is likely to be low
 * (Frankfurt and Osaka usually price above N. Virginia), the note says so.
 *
 * How to update: read each price from the Price List API
 * (`aws pricing get-products --service-code <code> --region us-east-1 --filters Type=TERM_MATCH,Field=usagetype,Value=<usagetype>`;
 * usage types are named in docs/data-sources/aws-prices.md), replace [copy] entries as they are confirmed and
 * remove them from `unconfirmed`, then bump `asOf` and update the sources note.
 */
/** What each price is, for sentences about it. */
const priceLabels = {
    fargateVcpuHour: 'Fargate vCPU-hour',
    fargateGbHour: 'Fargate GB-hour',
    albHour: 'ALB hour',
    albLcuHour: 'ALB LCU-hour',
    auroraAcuHour: 'Aurora Serverless v2 ACU-hour',
    auroraStorageGbMonth: 'Aurora storage GB-month',
    cacheNodeHour: 'ElastiCache node-hour',
    natGatewayHour: 'NAT gateway hour',
    natGatewayGb: 'NAT gateway data processing',
    ec2Hour: 'EC2 instance hour',
    interfaceEndpointAzHour: 'interface endpoint hour',
    interfaceEndpointGb: 'interface endpoint data processing',
    secretMonth: 'Secrets Manager secret-month',
    publicIpv4Hour: 'public IPv4 address-hour',
    logsIngestGb: 'CloudWatch Logs ingestion',
    logsStoreGbMonth: 'CloudWatch Logs storage',
};
const copiedFromUsEast1 = 'copied from us-east-1';
const copiedFromTokyo = 'copied from ap-northeast-1';
/** Every price of the region named is a stand-in except those listed. */
function unconfirmedExcept(basis, confirmed) {
    return Object.keys(priceLabels)
        .filter((price) => !confirmed.includes(price))
        .map((price) => ({ price, basis }));
}
// N. Virginia. EC2 t4g sizes [PL: Karpenter's generated price list, 2026-07-20]; the same figures are used as
// stand-ins elsewhere because no regional t4g price could be confirmed.
const usEast1Ec2 = {
    't4g.nano': 0.0042,
    't4g.micro': 0.0084,
    't4g.small': 0.0168,
};
const usEast1 = {
    fargateVcpuHour: 0.04048, // [2nd: factualminds 2026-06; Vantage; togen price fixture 2026-09-05]
    fargateGbHour: 0.004445, // [2nd: factualminds 2026-06; Vantage; togen price fixture 2026-09-05]
    albHour: 0.0225, // [2nd: cost note quoting the ELB regional offer; togen price fixture 2026-09-05]
    albLcuHour: 0.008, // [2nd: cost note quoting the ELB regional offer; togen price fixture 2026-09-05]
    auroraAcuHour: 0.12, // [PL: Pricing API via AWS Pricing MCP, SKU AVKW7ZJP8D72HNQC, effective 2025-10-01]
    auroraStorageGbMonth: 0.1, // [2nd: jusdb, us-east-1 Aurora Standard storage]
    cacheNodeHour: {
        // Valkey is 20% below the Redis OSS node price [AWS: ElastiCache pricing page].
        'cache.t4g.micro': 0.0128, // Redis OSS $0.016 [2nd: CUR public on-demand rate; togen price fixture] × 0.8
        'cache.r7g.large': 0.1752, // [2nd: Netflix service-capacity-modeling Valkey fixture] = Redis OSS $0.219 × 0.8
    },
    natGatewayHour: 0.045, // [PL: togen snapshot of the AmazonEC2 offer 20260904231117]
    natGatewayGb: 0.045, // [AWS: VPC pricing page example] [2nd: c3x]
    ec2Hour: usEast1Ec2,
    interfaceEndpointAzHour: 0.01, // [2nd: c3x aws_vpc_endpoint page]
    interfaceEndpointGb: 0.01, // [AWS: PrivateLink pricing, first 1 PB]
    secretMonth: 0.4, // [AWS: Secrets Manager pricing page, read 2026-09-20 by api-evangelist]
    publicIpv4Hour: 0.005, // [AWS: public IPv4 charge announcement, all regions, since 2024-02-01]
    logsIngestGb: 0.5, // [2nd: c3x and hykell, us-east-1, 2026-06]
    logsStoreGbMonth: 0.03, // [2nd: c3x and hykell, us-east-1, 2026-06]
    unconfirmed: [],
};
// Oregon: Fargate, NAT and IPv4 confirmed; everything else is N. Virginia's figure (AWS usually prices
// us-west-2 like us-east-1, but that was not checked here).
const usWest2 = {
    ...usEast1, // [copy: us-east-1] for every price not set below
    fargateVcpuHour: 0.04048, // [2nd: fgcalc regional table; defang estimate output for USW2]
    fargateGbHour: 0.004445, // [2nd: fgcalc regional table; defang estimate output for USW2]
    natGatewayHour: 0.045, // [PL: togen snapshot of the AmazonEC2 offer 20260904231117]
    publicIpv4Hour: 0.005, // [AWS: all regions]
    unconfirmed: unconfirmedExcept(copiedFromUsEast1, [
        'fargateVcpuHour',
        'fargateGbHour',
        'natGatewayHour',
        'publicIpv4Hour',
    ]),
};
// Tokyo.
const apNortheast1 = {
    fargateVcpuHour: 0.05056, // [PL: read 2026-08-27 (oshisuki notes); 2026-09 (JP cost table)] [2nd: fgcalc]
    fargateGbHour: 0.00553, // [PL: read 2026-08-27 (oshisuki notes); 2026-09 (JP cost table)] [2nd: fgcalc]
    albHour: 0.0243, // [PL: APN1-LoadBalancerUsage, read 2026-08-27] [2nd: darcy-it]
    albLcuHour: 0.008, // [PL: APN1-LCUUsage, read 2026-08-27] [2nd: darcy-it]
    auroraAcuHour: 0.2, // [2nd: Qiita panda_ebarou, quoting the AWS Aurora pricing page for Tokyo]
    auroraStorageGbMonth: 0.12, // [2nd: Zenn hiren, Tokyo Aurora Standard vs I/O-Optimized table]
    cacheNodeHour: {
        // [2nd, approximate] Redis OSS "~$0.025/hr" (finops skill note, APN1-NodeUsage) × 0.8 for Valkey.
        'cache.t4g.micro': 0.02,
        // [PL: raw GetProducts 2026-07-23] APN1-NodeUsage:cache.r7g.large, Valkey = Redis OSS $0.263 × 0.8.
        'cache.r7g.large': 0.2104,
    },
    natGatewayHour: 0.062, // [PL: togen snapshot, 20260904231117; milk-camera cost model, 2026-09-23]
    natGatewayGb: 0.062, // [PL: APN1-NatGateway-Bytes, milk-camera cost model, 2026-09-23]
    ec2Hour: usEast1Ec2, // [copy: us-east-1] no Tokyo t4g price could be confirmed
    interfaceEndpointAzHour: 0.014, // [PL: APN1-VpcEndpoint-Hours, retrieved 2026-09-13 and 2026-09-23]
    interfaceEndpointGb: 0.01, // [PL: APN1-VpcEndpoint-Bytes, 2026-09-23]
    secretMonth: 0.4, // [PL: APN1-AWSSecretsManager-Secrets, 2026-09-23]
    publicIpv4Hour: 0.005, // [PL: APN1-PublicIPv4:InUseAddress] [AWS: all regions]
    logsIngestGb: 0.76, // [PL: APN1-DataProcessing-Bytes, 2026-09-23] [2nd: awsi.click]
    logsStoreGbMonth: 0.033, // [2nd: awsi.click, ap-northeast-1]
    unconfirmed: [
        { price: 'cacheNodeHour', type: 'cache.t4g.micro', basis: 'derived from an approximate Redis OSS rate' },
        { price: 'ec2Hour', basis: copiedFromUsEast1 },
    ],
};
// Osaka: only NAT and IPv4 confirmed; everything else is Tokyo's figure (EC2 stays N. Virginia's).
const apNortheast3 = {
    ...apNortheast1, // [copy: ap-northeast-1] for every price not set below
    natGatewayHour: 0.062, // [PL: togen snapshot of the AmazonEC2 offer 20260904231117, APN3-NatGateway-Hours]
    publicIpv4Hour: 0.005, // [AWS: all regions]
    unconfirmed: [
        ...unconfirmedExcept(copiedFromTokyo, ['natGatewayHour', 'publicIpv4Hour', 'ec2Hour']),
        { price: 'ec2Hour', basis: copiedFromUsEast1 },
    ],
};
// Frankfurt: Fargate, NAT hour, interface endpoints and IPv4 confirmed; the rest is N. Virginia's figure,
// which is probably LOW for Frankfurt (see the sources note).
const euCentral1 = {
    ...usEast1, // [copy: us-east-1] for every price not set below
    fargateVcpuHour: 0.04656, // [PL: EUC1-Fargate-vCPU-Hours:perCPU rate card, effective 2026-07-07] [2nd: fgcalc]
    fargateGbHour: 0.00511, // [PL: EUC1-Fargate-GB-Hours rate card, effective 2026-07-07] [2nd: fgcalc]
    natGatewayHour: 0.052, // [PL: togen snapshot 20260904231117; CUR-measured flat $0.0520/h]
    natGatewayGb: 0.052, // [copy: equal to its hourly rate, as in every region confirmed]
    interfaceEndpointAzHour: 0.012, // [PL: EUC1-VpcEndpoint-Hours, cross-checked against CUR, 2026-09]
    interfaceEndpointGb: 0.01, // [PL: EUC1-VpcEndpoint-Bytes first tier, 2026-09-22]
    publicIpv4Hour: 0.005, // [AWS: all regions]
    unconfirmed: [
        ...unconfirmedExcept(copiedFromUsEast1, [
            'fargateVcpuHour',
            'fargateGbHour',
            'natGatewayHour',
            'natGatewayGb',
            'interfaceEndpointAzHour',
            'interfaceEndpointGb',
            'publicIpv4Hour',
        ]),
        { price: 'natGatewayGb', basis: 'assumed equal to the NAT gateway hourly rate' },
    ],
};
const awsPriceTable = {
    asOf: '2026-11-22',
    currency: 'USD',
    sources: 'AWS Price List figures read through dated copies in public repositories (2025-10 to 2026-09), AWS pricing pages, and named secondary sources; see docs/data-sources/aws-prices.md',
    /**
     * Fargate Spot discount assumed off the on-demand price. Spot prices float: AWS says "up to 70%"; a
     * regional snapshot (fgcalc, undated) showed 61% (Tokyo) to 69% (N. Virginia). An ASSUMPTION, not a price.
     */
    fargateSpotDiscount: 0.7,
    regions: {
        'us-east-1': usEast1,
        'us-west-2': usWest2,
        'ap-northeast-1': apNortheast1,
        'ap-northeast-3': apNortheast3,
        'eu-central-1': euCentral1,
    },
};
function pricedRegions() {
    return Object.keys(awsPriceTable.regions);
}
function regionPrices(region) {
    return Object.hasOwn(awsPriceTable.regions, region) ? awsPriceTable.regions[region] : undefined;
}

// EXTERNAL MODULE: ./src/render/model/email-model.ts
var email_model = __webpack_require__(7506);
// EXTERNAL MODULE: ./src/render/model/secrets-model.ts
var secrets_model = __webpack_require__(3548);
;// CONCATENATED MODULE: ./src/cost/stack-shape.ts


/*
 * What the stack contains, as small pure functions of the resolved environment.
 * The CloudFormation renderer and the cost estimate both read the stack's shape
 * from here, so the estimate prices exactly what the template creates.
 */
/** How many availability zones the stack spreads over. */
function availabilityZoneCount(environment) {
    const { vpc } = environment.network;
    if (vpc.mode === 'create')
        return vpc.availabilityZones;
    return new Set(vpc.privateSubnets.map((subnet) => subnet.availabilityZone)).size;
}
/**
 * NAT gateways (one per AZ, or a single one) each with an Elastic IP; or one
 * NAT instance with a public IPv4 address; or nothing. With an existing VPC
 * the kit creates no NAT at all, whatever egress says: the subnets already
 * route somewhere.
 */
function natPlan(environment) {
    const { network } = environment;
    if (network.vpc.mode === 'existing')
        return { kind: 'none', reason: 'existing-vpc' };
    switch (network.egress) {
        case 'none':
            return { kind: 'none', reason: 'closed-network' };
        case 'nat-instance':
            return { kind: 'instance', instanceType: network.natInstanceType, publicIpv4: 1 };
        case 'nat-gateway': {
            const count = network.natGateways === 'single' ? 1 : availabilityZoneCount(environment);
            return { kind: 'gateway', count, elasticIps: count };
        }
    }
}
/** VPC endpoints that are gateway endpoints (free, no ENI); every other one is an interface endpoint. */
const gatewayEndpointNames = ['s3'];
function vpcEndpointPlan(environment) {
    const names = environment.network.vpcEndpoints;
    const gateway = names.filter((name) => gatewayEndpointNames.includes(name));
    const interfaceEndpoints = names.filter((name) => !gatewayEndpointNames.includes(name));
    return {
        gateway,
        interface: interfaceEndpoints,
        interfaceEnis: interfaceEndpoints.length * availabilityZoneCount(environment),
    };
}
function loadBalancerPlan(environment) {
    const { scheme } = environment.network.loadBalancer;
    return {
        scheme,
        publicIpv4: scheme === 'internet-facing' ? availabilityZoneCount(environment) : 0,
    };
}
/**
 * The four ECS services. The API task also holds the plugin daemon, sandbox
 * and SSRF proxy containers, within its own size. Beat always runs exactly one
 * task on regular Fargate: an interrupted scheduler misses its schedules.
 */
function fargateServices(environment) {
    const { services, fargateSpot } = environment.dify;
    return [
        { name: 'api', ...sized(services.api), desiredCount: services.api.desiredCount, spot: fargateSpot },
        {
            name: 'worker',
            ...sized(services.worker),
            desiredCount: services.worker.desiredCount,
            spot: fargateSpot,
        },
        { name: 'web', ...sized(services.web), desiredCount: services.web.desiredCount, spot: fargateSpot },
        { name: 'beat', ...sized(services.beat), desiredCount: 1, spot: false },
    ];
}
function sized(task) {
    return { cpu: task.cpu, memory: task.memory };
}
function auroraPlan(environment) {
    const { minCapacity, maxCapacity } = environment.database;
    return { minCapacity, maxCapacity, instances: 1 };
}
function cachePlan(environment) {
    return { nodeType: environment.cache.nodeType, nodes: 1 + environment.cache.replicas };
}
/**
 * The Secrets Manager secrets the stack creates (each billed per month), by
 * logical id: read from the secrets and email areas themselves, so the
 * estimate cannot drift from what is rendered.
 */
function stackSecrets(environment) {
    const secrets = (0,secrets_model/* buildSecretsModel */.Dh)(environment);
    return [
        secrets.databaseMaster.logicalId,
        ...secrets.generated.map((s) => s.logicalId),
        secrets.celeryBrokerUrl.logicalId,
        ...(environment.email ? [email_model/* EmailLogicalIds */.kD.smtpCredentialsSecret] : []),
    ];
}
/** One CloudWatch Logs log group per container. */
const containerLogGroups = [
    'api',
    'worker',
    'beat',
    'web',
    'plugin-daemon',
    'sandbox',
    'ssrf-proxy',
];
function publicIpv4Plan(environment) {
    const loadBalancer = loadBalancerPlan(environment).publicIpv4;
    const nat = natPlan(environment);
    const natAddresses = nat.kind === 'gateway' ? nat.elasticIps : nat.kind === 'instance' ? nat.publicIpv4 : 0;
    return { loadBalancer, nat: natAddresses, total: loadBalancer + natAddresses };
}

;// CONCATENATED MODULE: ./src/cost/estimate-cost.ts


/** The stack's region has no prices in the offline table. */
class UnpricedRegionError extends Error {
    region;
    name = 'UnpricedRegionError';
    constructor(region) {
        super(`no prices for ${JSON.stringify(region)} in the offline price table of ${awsPriceTable.asOf} (priced: ${pricedRegions().join(', ')}); add the region to src/data/aws-prices.ts to estimate its cost`);
        this.region = region;
    }
}
/** AWS's convention for a month of hourly prices. */
const HOURS_PER_MONTH = 730;
/** The usage the estimate assumes where the file says nothing; each one appears in the assumptions. */
const usageAssumptions = {
    /** Average load balancer capacity units per hour: light interactive use. */
    albAverageLcu: 0.5,
    /** With minCapacity 0 the database pauses when idle; hours a day it is assumed awake. */
    pausedDatabaseActiveHoursPerDay: 8,
    /** Capacity while awake when minCapacity is 0: the smallest non-zero Serverless v2 capacity. */
    pausedDatabaseActiveAcu: 0.5,
    /** Aurora cluster volume. */
    auroraStorageGb: 20,
    /** Container logs ingested a month, all log groups together. */
    logsIngestGbPerMonth: 5,
};
/**
 * The monthly cost of the stack an environment describes, at on-demand prices from the offline table.
 * Pure: the same environment always gives the same estimate. Throws UnpricedRegionError for a region
 * the table does not price.
 */
function estimateCost(environment) {
    const { region } = environment;
    const prices = regionPrices(region);
    if (prices === undefined)
        throw new UnpricedRegionError(region);
    const hours = HOURS_PER_MONTH;
    const used = new Set();
    /** For prices by type, the types priced. */
    const usedTypes = new Set();
    const lines = [];
    const assumptions = [
        `On-demand list prices of the offline table dated ${awsPriceTable.asOf}, ${hours} hours a month, before tax and discounts.`,
    ];
    const excluded = [
        'Amazon Bedrock model invocations (billed per token).',
        'Data transfer: internet egress and traffic between availability zones.',
        'S3 storage and requests (Dify files and plugin packages).',
        'Aurora backups beyond the free allowance (backup storage up to the cluster size is free) and manual snapshots.',
        'Aurora I/O requests (Aurora Standard bills them per million).',
        'CloudWatch metrics, alarms and Logs Insights queries; Secrets Manager API calls; Route 53 queries.',
    ];
    // Fargate: one line per service.
    const services = fargateServices(environment);
    const spot = awsPriceTable.fargateSpotDiscount;
    for (const service of services) {
        lines.push(fargateLine(service, prices.fargateVcpuHour, prices.fargateGbHour, spot, hours));
    }
    used.add('fargateVcpuHour').add('fargateGbHour');
    if (services.some((s) => s.spot && s.desiredCount > 0)) {
        assumptions.push(`Fargate Spot runs ${percent(spot)} below on-demand (AWS: "up to 70%"; Spot prices float).`);
    }
    // Application Load Balancer: hours plus a baseline of capacity units.
    const lcu = usageAssumptions.albAverageLcu;
    lines.push({
        component: 'Application Load Balancer',
        detail: `1 load balancer: ${quantity(hours)} h + ${quantity(lcu)} LCU on average (${quantity(lcu * hours)} LCU-h)`,
        monthlyUsd: cents(hours * prices.albHour + lcu * hours * prices.albLcuHour),
    });
    used.add('albHour').add('albLcuHour');
    assumptions.push(`The load balancer averages ${quantity(lcu)} LCU (light interactive use).`);
    // Aurora Serverless v2: capacity at its floor, plus storage.
    const aurora = auroraPlan(environment);
    if (aurora.minCapacity === 0) {
        const activeHours = (hours * usageAssumptions.pausedDatabaseActiveHoursPerDay) / 24;
        const acuHours = usageAssumptions.pausedDatabaseActiveAcu * activeHours;
        lines.push({
            component: 'Aurora Serverless v2 capacity',
            detail: `pauses at 0 ACU; awake ${usageAssumptions.pausedDatabaseActiveHoursPerDay} h a day at ${quantity(usageAssumptions.pausedDatabaseActiveAcu)} ACU: ${quantity(acuHours)} ACU-h`,
            monthlyUsd: cents(acuHours * prices.auroraAcuHour),
        });
        assumptions.push(`The database (minimum 0 ACU) is awake ${usageAssumptions.pausedDatabaseActiveHoursPerDay} hours a day at ${quantity(usageAssumptions.pausedDatabaseActiveAcu)} ACU and paused otherwise.`);
    }
    else {
        const acuHours = aurora.minCapacity * hours;
        lines.push({
            component: 'Aurora Serverless v2 capacity',
            detail: `${quantity(aurora.minCapacity)} ACU floor all month: ${quantity(acuHours)} ACU-h`,
            monthlyUsd: cents(acuHours * prices.auroraAcuHour),
        });
        assumptions.push(`The database stays at its minimum of ${quantity(aurora.minCapacity)} ACU.`);
    }
    assumptions.push('The Aurora cluster has one Serverless v2 instance (the writer) and no readers.');
    excluded.push(`Aurora capacity above the assumed level, as load scales it up to ${quantity(aurora.maxCapacity)} ACU.`);
    used.add('auroraAcuHour');
    const storageGb = usageAssumptions.auroraStorageGb;
    lines.push({
        component: 'Aurora storage',
        detail: `${quantity(storageGb)} GB, Aurora Standard`,
        monthlyUsd: cents(storageGb * prices.auroraStorageGbMonth),
    });
    used.add('auroraStorageGbMonth');
    assumptions.push(`The Aurora cluster volume holds ${quantity(storageGb)} GB.`);
    // ElastiCache (Valkey).
    const cache = cachePlan(environment);
    const cacheType = pricedKey(prices.cacheNodeHour, cache.nodeType);
    if (cacheType !== undefined) {
        lines.push({
            component: 'ElastiCache (Valkey)',
            detail: `${plural(cache.nodes, 'node')} × ${cacheType}: ${quantity(cache.nodes * hours)} node-h`,
            monthlyUsd: cents(cache.nodes * hours * (prices.cacheNodeHour[cacheType] ?? 0)),
        });
        used.add('cacheNodeHour');
        usedTypes.add(cacheType);
    }
    else {
        lines.push({
            component: 'ElastiCache (Valkey)',
            detail: `${plural(cache.nodes, 'node')} of a node type the price table does not list: not counted`,
            monthlyUsd: 0,
        });
        excluded.push('ElastiCache nodes: their node type has no price in the table (add it to src/data/aws-prices.ts).');
    }
    // NAT.
    const nat = natPlan(environment);
    if (nat.kind === 'gateway') {
        lines.push({
            component: 'NAT',
            detail: `${plural(nat.count, 'NAT gateway')} (${nat.count === 1 ? 'single' : 'one per AZ'}): ${quantity(nat.count * hours)} h`,
            monthlyUsd: cents(nat.count * hours * prices.natGatewayHour),
        });
        used.add('natGatewayHour');
        excluded.push(`NAT gateway data processing (${usd(prices.natGatewayGb)} per GB in ${region}, on top of data transfer).`);
        used.add('natGatewayGb');
    }
    else if (nat.kind === 'instance') {
        const instanceType = pricedKey(prices.ec2Hour, nat.instanceType);
        if (instanceType !== undefined) {
            lines.push({
                component: 'NAT',
                detail: `1 NAT instance, ${instanceType}: ${quantity(hours)} h`,
                monthlyUsd: cents(hours * (prices.ec2Hour[instanceType] ?? 0)),
            });
            used.add('ec2Hour');
            usedTypes.add(instanceType);
        }
        else {
            lines.push({
                component: 'NAT',
                detail: '1 NAT instance of a type the price table does not list: not counted',
                monthlyUsd: 0,
            });
            excluded.push('The NAT instance: its instance type has no price in the table (add it to src/data/aws-prices.ts).');
        }
        excluded.push("The NAT instance's EBS root volume.");
    }
    else {
        lines.push({
            component: 'NAT',
            detail: nat.reason === 'existing-vpc'
                ? 'none: the existing VPC routes its own egress'
                : 'none: closed network (egress none)',
            monthlyUsd: 0,
        });
    }
    // VPC endpoints: interface endpoints bill per ENI-hour; the S3 gateway endpoint is free.
    const endpoints = vpcEndpointPlan(environment);
    const zones = availabilityZoneCount(environment);
    const gatewayNote = endpoints.gateway.length > 0 ? '; S3 gateway endpoint free' : '';
    if (endpoints.interface.length > 0) {
        lines.push({
            component: 'VPC interface endpoints',
            detail: `${plural(endpoints.interface.length, 'interface endpoint')} × ${plural(zones, 'AZ')} = ${plural(endpoints.interfaceEnis, 'ENI')}: ${quantity(endpoints.interfaceEnis * hours)} ENI-h${gatewayNote}`,
            monthlyUsd: cents(endpoints.interfaceEnis * hours * prices.interfaceEndpointAzHour),
        });
        used.add('interfaceEndpointAzHour');
        excluded.push(`Interface endpoint data processing (${usd(prices.interfaceEndpointGb)} per GB).`);
        used.add('interfaceEndpointGb');
    }
    else {
        lines.push({
            component: 'VPC interface endpoints',
            detail: endpoints.gateway.length > 0 ? 'none; S3 gateway endpoint free' : 'none',
            monthlyUsd: 0,
        });
    }
    if (environment.dify.images.source === 'ecr') {
        excluded.push('ECR storage of the mirrored images.');
    }
    // Secrets Manager.
    const secretCount = stackSecrets(environment).length;
    lines.push({
        component: 'Secrets Manager',
        detail: `${plural(secretCount, 'secret')} created by the stack`,
        monthlyUsd: cents(secretCount * prices.secretMonth),
    });
    used.add('secretMonth');
    // Public IPv4 addresses.
    const ipv4 = publicIpv4Plan(environment);
    const holders = [
        ipv4.loadBalancer > 0 ? `${ipv4.loadBalancer} load balancer` : undefined,
        ipv4.nat > 0 ? `${ipv4.nat} NAT` : undefined,
    ].filter((holder) => holder !== undefined);
    lines.push({
        component: 'Public IPv4 addresses',
        detail: ipv4.total > 0
            ? `${plural(ipv4.total, 'address', 'addresses')} (${holders.join(', ')}): ${quantity(ipv4.total * hours)} address-h`
            : 'none: internal load balancer and no NAT',
        monthlyUsd: cents(ipv4.total * hours * prices.publicIpv4Hour),
    });
    if (ipv4.total > 0)
        used.add('publicIpv4Hour');
    // CloudWatch Logs: a stated volume, kept for the retention the file sets.
    const ingestGb = usageAssumptions.logsIngestGbPerMonth;
    const retentionDays = environment.operations.logRetentionDays;
    const storedGb = (ingestGb * retentionDays * 24) / hours;
    lines.push({
        component: 'CloudWatch Logs',
        detail: `${plural(containerLogGroups.length, 'log group')}: ${quantity(ingestGb)} GB ingested, kept ${retentionDays} days (${quantity(storedGb)} GB stored)`,
        monthlyUsd: cents(ingestGb * prices.logsIngestGb + storedGb * prices.logsStoreGbMonth),
    });
    used.add('logsIngestGb').add('logsStoreGbMonth');
    assumptions.push(`Containers write ${quantity(ingestGb)} GB of logs a month; stored logs are counted uncompressed at steady state.`);
    const unconfirmed = prices.unconfirmed.filter((u) => used.has(u.price) && (u.type === undefined || usedTypes.has(u.type)));
    if (unconfirmed.length > 0) {
        const named = unconfirmed.map((u) => `${priceLabels[u.price]}${u.type ? ` of ${u.type}` : ''} (${u.basis})`);
        assumptions.push(`Prices not confirmed for ${region}, stand-ins used: ${named.join('; ')}.`);
    }
    return {
        region,
        currency: 'USD',
        hoursPerMonth: HOURS_PER_MONTH,
        lines,
        totalMonthlyUsd: cents(lines.reduce((sum, line) => sum + line.monthlyUsd, 0)),
        assumptions,
        excluded,
    };
}
function fargateLine(service, vcpuHour, gbHour, spotDiscount, hours) {
    const vcpu = service.cpu / 1024;
    const gb = service.memory / 1024;
    const vcpuHours = service.desiredCount * vcpu * hours;
    const gbHours = service.desiredCount * gb * hours;
    const onDemand = vcpuHours * vcpuHour + gbHours * gbHour;
    const capacity = service.spot
        ? `Fargate Spot (${percent(spotDiscount)} off)`
        : service.name === 'beat'
            ? 'on-demand (beat never runs on Spot)'
            : 'on-demand';
    return {
        component: `Fargate: ${service.name}`,
        detail: `${plural(service.desiredCount, 'task')} × ${quantity(vcpu)} vCPU / ${quantity(gb)} GB: ${quantity(vcpuHours)} vCPU-h, ${quantity(gbHours)} GB-h; ${capacity}`,
        monthlyUsd: cents(service.spot ? onDemand * (1 - spotDiscount) : onDemand),
    };
}
/** The table's own spelling of a priced key, so that only the kit's strings reach the report. */
function pricedKey(table, key) {
    return Object.keys(table).find((known) => known === key);
}
/** Rounds half up to cents; the tiny nudge absorbs binary representation error (0.145 is 0.14499…). */
function cents(value) {
    return Math.round(value * 100 + 1e-6) / 100;
}
function quantity(value) {
    return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
function usd(value) {
    return `$${value.toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}
function percent(fraction) {
    return `${Math.round(fraction * 100)}%`;
}
function plural(count, noun, nouns = `${noun}s`) {
    return `${quantity(count)} ${count === 1 ? noun : nouns}`;
}
/** The estimate, or why there is none (a region the table does not price). */
function estimateCostIfPriced(environment) {
    try {
        return { cost: estimateCost(environment) };
    }
    catch (error) {
        if (error instanceof UnpricedRegionError)
            return { unavailable: error.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/render/render-and-lint.ts
var render_and_lint = __webpack_require__(3958);
;// CONCATENATED MODULE: ./src/preflight/preflight-environment.ts



/** Everything the offline preflight says about one checked file: render, lint and cost when it is valid. */
function preflightEnvironment(check, kitVersion) {
    const environment = check.environment;
    if (!environment || (0,diagnostic/* countBySeverity */.O)(check.diagnostics).errors > 0)
        return { check };
    const { rendered, lint } = (0,render_and_lint/* renderAndLint */.V)(environment, kitVersion);
    const stack = { plan: rendered.plan, lint, template: rendered.template, text: rendered.text };
    const priced = estimateCostIfPriced(environment);
    return 'cost' in priced
        ? { check, stack, cost: priced.cost }
        : { check, stack, costUnavailable: priced.unavailable };
}
/** Errors and warnings across the checks and the template lint. */
function countPreflightFindings(results) {
    let errors = 0;
    let warnings = 0;
    for (const result of results) {
        const counted = (0,diagnostic/* countBySeverity */.O)(result.check.diagnostics);
        errors += counted.errors + (result.stack?.lint.errors ?? 0);
        warnings += counted.warnings + (result.stack?.lint.warnings ?? 0);
    }
    return { errors, warnings };
}

// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
// EXTERNAL MODULE: ./src/text/plural.ts
var text_plural = __webpack_require__(573);
;// CONCATENATED MODULE: ./src/report/cost-table.ts

/**
 * The estimate as Markdown: a table of components with a total row, then the
 * assumptions and what is left out as short lists. Every string comes from the
 * estimator; the region is the only value from the file, and it is shown as code.
 */
function renderCostTable(estimate) {
    const rows = estimate.lines.map((line) => [
        (0,markdown/* escapeMarkdown */.FV)(line.component),
        (0,markdown/* escapeMarkdown */.FV)(line.detail),
        money(line.monthlyUsd),
    ]);
    rows.push(['**Total**', '', `**${money(estimate.totalMonthlyUsd)}**`]);
    return [
        `In ${(0,markdown/* code */.aY)(estimate.region)}, in ${estimate.currency} for a month of ${estimate.hoursPerMonth} hours:`,
        '',
        (0,markdown/* table */.tp)(['Component', 'Detail', `${estimate.currency}/month`], rows),
        '',
        'Assumptions:',
        '',
        ...estimate.assumptions.map((item) => `- ${(0,markdown/* escapeMarkdown */.FV)(item)}`),
        '',
        'Not included:',
        '',
        ...estimate.excluded.map((item) => `- ${(0,markdown/* escapeMarkdown */.FV)(item)}`),
    ].join('\n');
}
function money(value) {
    return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

;// CONCATENATED MODULE: ./src/report/environment-summary.ts
/** What the environment will be, in a few rows a reviewer can take in at a glance. */
function summarizeEnvironment(env) {
    const vpc = env.network.vpc;
    const network = vpc.mode === 'create'
        ? `new VPC ${vpc.cidr} across ${vpc.availabilityZones} AZs`
        : `existing VPC ${vpc.id} (${vpc.cidr}), ${vpc.privateSubnets.length} private subnets`;
    const egress = {
        'nat-gateway': `NAT gateway (${env.network.natGateways})`,
        'nat-instance': `NAT instance (${env.network.natInstanceType})`,
        none: 'none: closed network with VPC endpoints',
    }[env.network.egress];
    const lb = env.network.loadBalancer;
    const access = lb.allowedCidrs
        ? listCidrs(lb.allowedCidrs)
        : lb.scheme === 'internal'
            ? 'the VPC'
            : 'anyone';
    const s = env.dify.services;
    const size = (t) => `${t.cpu / 1024} vCPU / ${t.memory / 1024} GiB`;
    const models = env.bedrock.models;
    return [
        { aspect: 'Stack', value: `${env.stackName} in ${env.region}, account ${env.accountId}` },
        {
            aspect: 'Dify',
            value: `${env.dify.version} (plugin daemon ${env.dify.pluginDaemonVersion ?? 'unknown'}, sandbox ${env.dify.sandboxVersion ?? 'unknown'}), images from ${env.dify.images.source}${env.dify.autoMigrateDatabase ? '' : ', automatic migration off'}`,
        },
        {
            aspect: 'Network',
            value: `${network}; egress ${egress}; endpoints ${env.network.vpcEndpoints.join(', ')}`,
        },
        {
            aspect: 'Entry',
            value: `${lb.scheme} load balancer open to ${access}; ${env.domain ? `https://${env.domain.hostName}` : 'plain HTTP (no domain)'}`,
        },
        {
            aspect: 'Services',
            value: `api ${size(s.api)} × ${s.api.desiredCount}, worker ${size(s.worker)} × ${s.worker.desiredCount}, web ${size(s.web)} × ${s.web.desiredCount}, beat ${size(s.beat)} × 1${env.dify.fargateSpot ? '; Fargate Spot' : ''}`,
        },
        {
            aspect: 'Data',
            value: `Aurora Serverless v2 ${env.database.minCapacity}–${env.database.maxCapacity} ACU, ${env.database.backupRetentionDays}-day backups${env.database.deletionProtection ? ', deletion protection' : ''}; ${env.cache.nodeType} with ${counted(env.cache.replicas, 'replica')}`,
        },
        {
            aspect: 'Bedrock',
            value: `${env.bedrock.region}, residency ${env.bedrock.dataResidency}, cross-region ${env.bedrock.crossRegionInference ? 'allowed' : 'off'}; ${[...models.chat, ...models.embedding, ...models.rerank].join(', ')}`,
        },
    ];
}
function listCidrs(cidrs) {
    const shown = cidrs.slice(0, 3).join(', ');
    return cidrs.length > 3 ? `${shown} and ${cidrs.length - 3} more` : shown;
}
function counted(count, noun) {
    return count === 0 ? `no ${noun}` : `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/preflight-report.ts






/** CloudFormation takes a template body up to this size inline; larger ones go through S3. */
const INLINE_TEMPLATE_BYTES = 51_200;
/** The preflight as Markdown: a status line, then per file its findings and what it describes. */
function renderPreflightReport({ results, checks }) {
    const { errors, warnings } = countPreflightFindings(results);
    const sections = [`# Dify environment preflight`, statusLine(errors, warnings, results.length)];
    for (const result of results)
        sections.push(renderFile(result));
    sections.push([
        '<details><summary>Policy checks run</summary>',
        '',
        (0,markdown/* table */.tp)(['Rule', 'Severity', 'Ensures'], checks.map((c) => [c.id, c.severity, (0,markdown/* escapeMarkdown */.FV)(c.title)])),
        '',
        '</details>',
    ].join('\n'));
    return `${sections.join('\n\n')}\n`;
}
function statusLine(errors, warnings, files) {
    const scope = (0,text_plural/* plural */.L)(files, 'file');
    if (errors > 0)
        return `❌ **${(0,text_plural/* plural */.L)(errors, 'error')}**, ${(0,text_plural/* plural */.L)(warnings, 'warning')} in ${scope}`;
    if (warnings > 0)
        return `⚠️ **${(0,text_plural/* plural */.L)(warnings, 'warning')}**, no errors in ${scope}`;
    return `✅ **No problems** in ${scope}`;
}
function renderFile(preflight) {
    const result = preflight.check;
    const { errors, warnings } = (0,diagnostic/* countBySeverity */.O)(result.diagnostics);
    const env = result.environment;
    const title = env
        ? `## ${(0,markdown/* code */.aY)(result.file)}: ${(0,markdown/* code */.aY)(env.name)} in ${env.region}`
        : `## ${(0,markdown/* code */.aY)(result.file)}`;
    const parts = [title];
    parts.push(result.diagnostics.length === 0
        ? '✅ Valid; every policy check passes.'
        : `${errors > 0 ? '❌' : '⚠️'} ${(0,text_plural/* plural */.L)(errors, 'error')}, ${(0,text_plural/* plural */.L)(warnings, 'warning')}`);
    if (result.diagnostics.length > 0)
        parts.push(findingsTable(result.diagnostics));
    if (env) {
        parts.push((0,markdown/* table */.tp)(['', 'This environment'], summarizeEnvironment(env).map((row) => [`**${row.aspect}**`, (0,markdown/* escapeMarkdown */.FV)(row.value)])));
    }
    else {
        parts.push('The file is not valid yet, so it was not checked further: fix the errors above first.');
    }
    if (preflight.stack) {
        parts.push(renderStackSection(preflight.stack.plan, preflight.stack.lint));
    }
    else if (env) {
        parts.push('The template was not rendered: fix the errors above first.');
    }
    if (preflight.cost)
        parts.push(`### Estimated monthly cost\n\n${renderCostTable(preflight.cost)}`);
    else if (preflight.costUnavailable)
        parts.push(`### Estimated monthly cost\n\n${(0,markdown/* escapeMarkdown */.FV)(preflight.costUnavailable)}`);
    return parts.join('\n\n');
}
function renderStackSection(plan, lint) {
    const size = plan.templateBytes > INLINE_TEMPLATE_BYTES
        ? `${(plan.templateBytes / 1024).toFixed(1)} KiB (deployed through the artifact bucket: over the ${INLINE_TEMPLATE_BYTES / 1024} KiB inline limit)`
        : `${(plan.templateBytes / 1024).toFixed(1)} KiB`;
    const lines = [
        '### CloudFormation',
        '',
        `Stack ${(0,markdown/* code */.aY)(plan.stackName)}: **${plan.resourceCount} resources**, template ${size}.`,
        '',
        lint.findings.length === 0
            ? `✅ The template passes the lint (AWS CloudFormation validator and the kit's rules)${lint.acknowledged.length ? `; ${(0,text_plural/* plural */.L)(lint.acknowledged.length, 'acknowledged finding')}` : ''}.`
            : (0,markdown/* table */.tp)(['', 'Resource', 'Problem', 'Rule'], lint.findings.map((f) => [
                f.severity === 'error' ? '❌' : '⚠️',
                (0,markdown/* code */.aY)([f.logicalId, f.path].filter(Boolean).join('.') || '(template)'),
                (0,markdown/* escapeMarkdown */.FV)(f.message),
                f.ruleId,
            ])),
        '',
        '<details><summary>Resources by type</summary>',
        '',
        (0,markdown/* table */.tp)(['Type', 'Count'], Object.entries(plan.resourcesByType).map(([type, count]) => [(0,markdown/* code */.aY)(type), String(count)])),
        '',
        '</details>',
    ];
    return lines.join('\n');
}
function findingsTable(diagnostics) {
    return (0,markdown/* table */.tp)(['', 'Line', 'Field', 'Problem', 'Fix', 'Rule'], diagnostics.map((d) => [
        d.severity === 'error' ? '❌' : '⚠️',
        `${d.position.line}:${d.position.column}`,
        d.pointer === '' ? '(file)' : (0,markdown/* code */.aY)(d.pointer),
        (0,markdown/* escapeMarkdown */.FV)(d.message),
        (0,markdown/* escapeMarkdown */.FV)(d.hint ?? ''),
        d.ruleId,
    ]));
}

// EXTERNAL MODULE: ./src/text/printable.ts
var printable = __webpack_require__(8572);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/cli/commands/output-folder.ts
var output_folder = __webpack_require__(3173);
// EXTERNAL MODULE: ./src/cli/commands/parse-command-options.ts
var parse_command_options = __webpack_require__(9841);
// EXTERNAL MODULE: ./src/cli/commands/validate.ts
var validate = __webpack_require__(2575);
;// CONCATENATED MODULE: ./src/cli/commands/preflight.ts












/** `dify-aws-kit preflight FILE... [--out DIR]`: the offline preflight as a Markdown report. */
async function preflightCommand(args, io) {
    const options = (0,parse_command_options/* parseCommandOptions */.$)('preflight', args, ['base', 'out', 'strict']);
    if (options.out !== undefined)
        await (0,output_folder/* checkOutputFolder */.Q)('preflight', '--out', options.out);
    const results = [];
    for (const file of options.files) {
        results.push(preflightEnvironment(await (0,validate.loadOrExplain)(file, { basePath: options.base }), version/* VERSION */.x));
    }
    const report = renderPreflightReport({ results, checks: checks/* allPolicyChecks */.R });
    io.stdout((0,printable/* printableLines */.f)(report));
    if (options.out !== undefined) {
        await (0,promises_.mkdir)(options.out, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.out, 'report.md'), report);
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.out, 'report.json'), `${JSON.stringify(toJson(results), null, 2)}\n`);
    }
    const { errors, warnings } = countPreflightFindings(results);
    return errors > 0 || (options.strict && warnings > 0) ? cli_io/* EXIT_FINDINGS */.cB : cli_io/* EXIT_OK */.Ij;
}
function toJson(results) {
    return results.map(({ check: r, stack, cost }) => ({
        file: r.file,
        valid: (0,diagnostic/* countBySeverity */.O)(r.diagnostics).errors === 0 && (stack?.lint.errors ?? 0) === 0,
        plan: stack?.plan ?? null,
        lint: stack?.lint.findings ?? [],
        cost: cost ?? null,
        diagnostics: r.diagnostics.map((d) => ({
            line: d.position.line,
            column: d.position.column,
            severity: d.severity,
            pointer: d.pointer,
            message: d.message,
            hint: d.hint ?? null,
            rule: d.ruleId,
        })),
    }));
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadOrExplain: () => (/* binding */ loadOrExplain),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9862);
/* harmony import */ var _environment_load_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2158);
/* harmony import */ var _environment_read_environment_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4028);
/* harmony import */ var _report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1834);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6061);
/* harmony import */ var _parse_command_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9841);






/**
 * `dify-aws-kit validate FILE...`: one line per problem, exit 1 on errors. A file
 * that cannot be read is one error line of its own; the other files are still checked.
 */
async function validateCommand(args, io) {
    const options = (0,_parse_command_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandOptions */ .$)('validate', args, ['base', 'strict']);
    let failed = false;
    for (const file of options.files) {
        const result = await loadOrExplain(file, { basePath: options.base });
        for (const diagnostic of result.diagnostics)
            io.stdout(`${(0,_report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnosticLine */ .l)(diagnostic)}\n`);
        const { errors, warnings } = (0,_environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .countBySeverity */ .O)(result.diagnostics);
        if (errors > 0 || (options.strict && warnings > 0))
            failed = true;
    }
    return failed ? _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FINDINGS */ .cB : _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}
/** The file checked, or, when it cannot be read (missing, a folder, a link loop), one error at its line 1. */
async function loadOrExplain(file, options) {
    try {
        return await (0,_environment_load_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .loadEnvironment */ .Y)(file, options);
    }
    catch (error) {
        if (!(error instanceof _environment_read_environment_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o) || error.file !== file)
            throw error;
        return (0,_environment_load_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .unreadableFileCheck */ .o)(file, `cannot read the file: ${error.reason}`, 'Check the path.');
    }
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   gQ: () => (/* binding */ inertCode),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);

/*
 * The Markdown pieces every report is built from (the pull-request comment, the
 * job summaries, the drift issue, the CLI's preflight report). Each one shows a
 * value from a file, a file name, an artifact or AWS as exactly that text in
 * GitHub Flavored Markdown: nothing in it can open markup, an HTML element, a
 * link, a mention or a reference, or leave the table cell it is in.
 * GFM: https://github.github.com/gfm/ ; mentions and references are GitHub's
 * own, found in the text of the rendered HTML outside `code`, `pre` and `a`.
 */
/**
 * Splits a would-be mention (`@team`), reference (`#123`, `GH-123`) or email
 * address into two text nodes, so GitHub links nothing; the reader sees the
 * same characters. (An empty HTML comment: GitHub removes it when it sanitizes.)
 */
const SPLIT = '<!-- -->';
/** ASCII punctuation that opens markup in GFM (a backslash escape shows it as it is). */
const MARKUP = /[\\`*_~[\]<>&|$]/g;
/**
 * Text that is not the kit's own (a message quoting a value, a file name, a
 * reason from AWS), as inline Markdown that shows exactly that text, in a
 * paragraph, a list item or a table cell. Control and bidirectional
 * characters are shown as `\uXXXX` (the text stays on one line); markup
 * characters are backslash-escaped; `@`, `#` and `GH-` cannot mention or
 * reference anyone; `http://`, `www.` (wherever it is: renderers differ on
 * what may precede it) and `mailto:` cannot become links; a leading list or
 * heading marker stays text.
 */
function escapeMarkdown(text) {
    return ((0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text)
        .replace(MARKUP, '\\$&')
        .replace(/@/g, `@${SPLIT}`)
        .replace(/#/g, `\\#${SPLIT}`)
        .replace(/\bGH-/gi, `$&${SPLIT}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(mailto|xmpp):/gi, '$1\\:')
        .replace(/(www)\./gi, '$1\\.')
        .replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
        // Block markers matter only where the text starts a block: a list item, a rule or a setext underline.
        .replace(/^([-+=])(?=[ \t\-+=]|$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2'));
}
/**
 * A code span that shows `text` as it is: fenced with one backtick more than
 * the longest run of backticks in it, and padded with a space on each side
 * when it starts or ends with a backtick or a space (GFM strips one space from
 * each side of a span that has both). Control and bidirectional characters
 * are shown as `\uXXXX`. Text with a `|` is an `inertCode` element instead,
 * so that it reads the same inside a table cell.
 */
function code(text) {
    const content = (0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text);
    if (content === '')
        return '<code></code>';
    // GFM splits a table row on `|` even inside a code span, and no escape can show `\|` there.
    if (content.includes('|'))
        return inertCode(text);
    const longestRun = [...content.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length), 0);
    const fence = '`'.repeat(longestRun + 1);
    // Padded text starts and ends with a space and is not only spaces: GFM strips exactly those two.
    const pad = !/^ *$/.test(content) && (/^[` ]/.test(content) || /[` ]$/.test(content)) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Characters that mean something to Markdown, GitHub's extensions or HTML, written as entities inside `<code>`. */
const INERT = /[&<>|\\`*_[\]~@#:$]/g;
/**
 * A value as an HTML `<code>` element whose every Markdown or HTML character is
 * an entity: nothing in it can end a table cell, open markup, a link or a tag,
 * or mention anyone (GitHub links nothing inside `code`). For reports whose
 * values come from AWS as much as from a file (drift, deploy).
 */
function inertCode(text) {
    const inert = (0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text)
        .replace(INERT, (char) => `&#${char.charCodeAt(0)};`)
        // Markdown is still read inside an inline <code>: a `www.` there would become a link.
        .replace(/(www)\./gi, '$1&#46;');
    return `<code>${inert}</code>`;
}
/**
 * A GFM table. Every `|` in a cell that is not already escaped is escaped, so
 * no cell (code spans included: GFM splits cells before it reads them) can
 * end early or add a column.
 */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A `|` after an even number of backslashes (none included) is not escaped yet. */
function cell(text) {
    return text.replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
}


/***/ }),

/***/ 573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 error", "2 errors". */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ })

};
