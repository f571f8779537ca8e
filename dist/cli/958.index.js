export const id = 958;
export const ids = [958];
export const modules = {

/***/ 9815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S8: () => (/* binding */ permissionsBoundaryArn),
/* harmony export */   Uz: () => (/* binding */ identityPath),
/* harmony export */   al: () => (/* binding */ permissionsBoundaryName),
/* harmony export */   qS: () => (/* binding */ PERMISSIONS_BOUNDARY_PATH)
/* harmony export */ });
/* harmony import */ var _render_intrinsics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3822);

/**
 * The names the bootstrap template and the Dify stack template must agree on:
 * the permissions boundary every role and user of a Dify stack carries, and
 * the IAM path they live on. Both derive from the stack prefix (and the
 * environment's name) alone, so the stack knows the boundary's ARN without a
 * parameter.
 */
/** The IAM path of the permissions boundary: no stack prefix can cover it. */
const PERMISSIONS_BOUNDARY_PATH = '/dify-aws-kit/';
/** `<prefix>permissions-boundary`: one per stack prefix, so two bootstraps with different prefixes can share an account. */
function permissionsBoundaryName(stackPrefix) {
    return `${stackPrefix}permissions-boundary`;
}
/** The boundary's ARN in the account and partition the template is deployed to. */
function permissionsBoundaryArn(stackPrefix) {
    return (0,_render_intrinsics_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${PERMISSIONS_BOUNDARY_PATH}${(0,_render_intrinsics_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForSub */ .Jo)(permissionsBoundaryName(stackPrefix))}`);
}
/**
 * `/<prefix><environment>/`: the IAM path of an environment's roles and users.
 * The execution role may manage roles on its environment's path only, and a
 * path ends with a slash, so `/dify-dev/` never covers `/dify-devops/`; and the
 * execution role creates roles there only with the boundary, so a role named
 * like the stack's elsewhere (an administrator's `dify-dev-admin`) is out of its reach.
 */
function identityPath(stackPrefix, environmentName) {
    return `/${stackPrefix}${environmentName}/`;
}


/***/ }),

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ availabilityZone),
/* harmony export */   CN: () => (/* binding */ getAtt),
/* harmony export */   CS: () => (/* binding */ uniqueValues),
/* harmony export */   Jo: () => (/* binding */ escapeForSub),
/* harmony export */   KR: () => (/* binding */ ref),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   bK: () => (/* binding */ literalText),
/* harmony export */   jb: () => (/* binding */ sub)
/* harmony export */ });
const ref = (logicalId) => ({ Ref: logicalId });
const getAtt = (logicalId, attribute) => ({
    'Fn::GetAtt': [logicalId, attribute],
});
const sub = (text, variables) => ({
    'Fn::Sub': variables ? [text, variables] : text,
});
const availabilityZone = (index) => ({
    'Fn::Select': [index, { 'Fn::GetAZs': '' }],
});
/** `${Name}` written literally inside an Fn::Sub string: user text never goes there unescaped. */
function escapeForSub(text) {
    return text.replaceAll('${', '${!');
}
/**
 * A user's text exactly as written. CloudFormation substitutes nothing outside
 * Fn::Sub, so `${Name}` in a plain string already stays literal, but its linter
 * (cfn-lint E1029) reads it there as a forgotten Fn::Sub and fails the template.
 * Text holding `${` is therefore written as an Fn::Sub with every `${` escaped
 * as `${!`, which CloudFormation and its linter both read as the literal `${`:
 * the text arrives unchanged, and nothing in it is ever substituted.
 */
function literalText(text) {
    return text.includes('${') ? sub(escapeForSub(text)) : text;
}
/** Stack tags as a resource's Tags list, with a Name tag first. */
function tagList(name, tags) {
    return [{ Key: 'Name', Value: name }, ...Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))];
}
/** The values without repeats, in the order they first appear; intrinsics are compared by their JSON. */
function uniqueValues(values) {
    const seen = new Set();
    return values.filter((value) => {
        const key = JSON.stringify(value);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ lintTemplate)
});

;// CONCATENATED MODULE: ./src/render/lint/acknowledged-findings.ts
const acknowledgedFindings = [
    {
        ruleId: 'E3676',
        logicalId: 'HttpsListener',
        reason: '@aws/cloudformation-validate 1.9.0-beta reports "HTTPS listener requires Certificates" whenever the certificate ARN is a Ref to an AWS::CertificateManager::Certificate of the same template (reproduced with a two-resource template); the listener has its certificate, Python cfn-lint accepts it, and SEC006 checks it.',
    },
];

// EXTERNAL MODULE: ./node_modules/@aws/cloudformation-validate/index.js
var cloudformation_validate = __webpack_require__(2931);
;// CONCATENATED MODULE: ./src/render/lint/cloudformation-validator.ts

/** A rendered template handed to the validator from memory instead of a file. */
class InMemoryTemplate extends cloudformation_validate/* TemplateFile */.Bo {
    #bytes;
    constructor(name, text) {
        super(name);
        this.#bytes = Buffer.from(text);
    }
    readBytes() {
        return this.#bytes;
    }
}
let engine;
/**
 * AWS's offline validator (resource schemas and cfn-lint rules). Starting
 * its engine costs about a second, so there is one per process, started on
 * first use; call releaseCloudFormationValidator() to free it early.
 */
function validateWithCloudFormationRules(text) {
    engine ??= new cloudformation_validate/* CelEngine */.VG();
    const report = engine.validateStandard(new InMemoryTemplate('template.yaml', text), {
        severityLevel: 'WARN',
    });
    return report.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'WARN' ? 'warning' : 'error',
        ...(d.entity ? { logicalId: d.entity.logicalId } : {}),
        ...(d.propertyPath ? { path: d.propertyPath } : {}),
        message: d.message,
    }));
}
function releaseCloudFormationValidator() {
    engine?.free();
    engine = undefined;
}

;// CONCATENATED MODULE: ./src/render/lint/rules/lim001-template-limits.ts
// CloudFormation quotas (AWS CloudFormation User Guide, "Understand CloudFormation quotas").
/** Largest template CloudFormation accepts from S3, in bytes. */
const MAX_TEMPLATE_BYTES = 1_000_000;
/** Largest template body CloudFormation accepts inline in a request; anything larger must be uploaded to S3. */
const MAX_INLINE_TEMPLATE_BYTES = 51_200;
/** Most resources a template may declare. */
const MAX_RESOURCES = 500;
/** Most outputs a template may declare. */
const MAX_OUTPUTS = 200;
/** Most parameters a template may declare. */
const MAX_PARAMETERS = 200;
/** Longest logical id (resource, parameter, output or mapping name). */
const MAX_LOGICAL_ID_LENGTH = 255;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const templateLimits = {
    id: 'LIM001',
    title: 'The template stays within CloudFormation quotas',
    check({ template, text }) {
        const findings = [];
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_TEMPLATE_BYTES) {
            findings.push({
                ruleId: 'LIM001',
                severity: 'error',
                message: `the template is ${bytes} bytes: CloudFormation accepts at most ${MAX_TEMPLATE_BYTES} bytes, even from S3`,
            });
        }
        // Over MAX_INLINE_TEMPLATE_BYTES is no problem: the deploy engine uploads the template to the artifact bucket.
        const counts = [
            ['resources', Object.keys(template.Resources).length, MAX_RESOURCES],
            ['outputs', Object.keys(template.Outputs ?? {}).length, MAX_OUTPUTS],
            ['parameters', Object.keys(template.Parameters ?? {}).length, MAX_PARAMETERS],
        ];
        for (const [what, count, limit] of counts) {
            if (count <= limit)
                continue;
            findings.push({
                ruleId: 'LIM001',
                severity: 'error',
                message: `the template declares ${count} ${what}: CloudFormation accepts at most ${limit}`,
            });
        }
        const sections = [
            ['parameter', template.Parameters],
            ['resource', template.Resources],
            ['output', template.Outputs],
            ['mapping', template.Mappings],
        ];
        for (const [what, section] of sections) {
            for (const logicalId of Object.keys(section ?? {})) {
                if (!ALPHANUMERIC.test(logicalId)) {
                    findings.push({
                        ruleId: 'LIM001',
                        severity: 'error',
                        logicalId,
                        message: `the ${what} logical id is not alphanumeric: CloudFormation accepts only A-Z, a-z and 0-9 in logical ids`,
                    });
                }
                if (logicalId.length > MAX_LOGICAL_ID_LENGTH) {
                    findings.push({
                        ruleId: 'LIM001',
                        severity: 'error',
                        logicalId,
                        message: `the ${what} logical id is ${logicalId.length} characters long: CloudFormation accepts at most ${MAX_LOGICAL_ID_LENGTH}`,
                    });
                }
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/render/lint/rules/template-walk.ts
var template_walk = __webpack_require__(6488);
;// CONCATENATED MODULE: ./src/render/lint/rules/ref001-references.ts

const MALFORMED = {
    Ref: 'Ref takes the logical id of a parameter or resource as a string',
    Condition: 'a condition is named by a string',
    DependsOn: 'DependsOn takes a logical id or a list of them, as strings',
    'Fn::GetAtt': 'Fn::GetAtt takes [logicalId, attribute] or "logicalId.attribute"',
    'Fn::Sub': 'Fn::Sub takes a string or [string, { variables }]',
    'Fn::If': 'Fn::If takes [conditionName, valueIfTrue, valueIfFalse]',
    'Fn::FindInMap': 'Fn::FindInMap takes [mapName, topLevelKey, secondLevelKey]',
};
const references = {
    id: 'REF001',
    title: 'Every reference points at something the template defines',
    check({ template }) {
        const findings = [];
        for (const reference of (0,template_walk/* collectReferences */.XM)(template)) {
            const message = problem(template, reference);
            if (message === undefined)
                continue;
            findings.push({
                ruleId: 'REF001',
                severity: 'error',
                logicalId: reference.logicalId,
                path: reference.path,
                message,
            });
        }
        return findings;
    },
};
function problem(template, reference) {
    if (reference.kind === 'malformed') {
        return `malformed ${reference.name}: ${MALFORMED[reference.name] ?? 'it cannot be read'}, so CloudFormation rejects the template`;
    }
    const { kind, target, section } = reference;
    const isParameter = Object.hasOwn(template.Parameters ?? {}, target);
    const isResource = Object.hasOwn(template.Resources, target);
    const shown = JSON.stringify(target);
    switch (kind) {
        case 'Ref':
            if (template_walk/* PSEUDO_PARAMETERS */.o5.has(target))
                return undefined;
            if (target.startsWith('AWS::')) {
                return `the Ref to ${shown} names no pseudo parameter CloudFormation knows, so the template is rejected`;
            }
            if (section === 'Conditions') {
                if (isParameter)
                    return undefined;
                return isResource
                    ? `the Ref to ${shown} in a condition points at a resource: conditions can refer only to parameters, so the template is rejected`
                    : `the Ref to ${shown} points at no parameter, so CloudFormation rejects the template`;
            }
            if (isParameter || isResource)
                return undefined;
            return `the Ref to ${shown} points at no parameter or resource, so CloudFormation rejects the template`;
        case 'Fn::GetAtt':
            if (isResource)
                return undefined;
            return isParameter
                ? `the Fn::GetAtt reads an attribute of ${shown}, which is a parameter: only resources have attributes, so the template is rejected`
                : `the Fn::GetAtt of ${shown} points at no resource, so CloudFormation rejects the template`;
        case 'Fn::Sub': {
            if (reference.attribute !== undefined) {
                if (isResource)
                    return undefined;
                return `the Fn::Sub variable \${${target}.${reference.attribute}} reads an attribute of ${shown}, which is no resource, so CloudFormation rejects the template`;
            }
            if (template_walk/* PSEUDO_PARAMETERS */.o5.has(target) || isParameter || isResource)
                return undefined;
            return `the Fn::Sub variable \${${target}} is no parameter, resource, pseudo parameter or entry of its variables map, so CloudFormation rejects the template`;
        }
        case 'DependsOn':
            if (isResource)
                return undefined;
            return `the DependsOn names ${shown}, which is no resource, so CloudFormation rejects the template`;
        case 'Condition':
            if (Object.hasOwn(template.Conditions ?? {}, target))
                return undefined;
            return `the condition ${shown} is not defined in Conditions, so CloudFormation rejects the template`;
        case 'Fn::FindInMap':
            if (Object.hasOwn(template.Mappings ?? {}, target))
                return undefined;
            return `the Fn::FindInMap map ${shown} is not defined in Mappings, so CloudFormation rejects the template`;
    }
}

;// CONCATENATED MODULE: ./src/render/lint/rules/ref002-unused-definitions.ts

/**
 * A parameter or condition is used when a resource or output refers to it,
 * directly or through conditions that are themselves used: a condition that
 * only an unused condition mentions changes nothing either.
 */
const unusedDefinitions = {
    id: 'REF002',
    title: 'Every parameter and condition is used',
    check({ template }) {
        const all = (0,template_walk/* collectReferences */.XM)(template);
        const fromConditions = new Map();
        for (const reference of all) {
            if (reference.section !== 'Conditions')
                continue;
            const list = fromConditions.get(reference.logicalId) ?? [];
            list.push(reference);
            fromConditions.set(reference.logicalId, list);
        }
        const usedParameters = new Set();
        const usedConditions = new Set();
        const pending = all.filter((reference) => reference.section !== 'Conditions');
        for (let reference = pending.pop(); reference !== undefined; reference = pending.pop()) {
            if (reference.kind === 'Ref' || (reference.kind === 'Fn::Sub' && reference.attribute === undefined)) {
                usedParameters.add(reference.target);
            }
            else if (reference.kind === 'Condition' && !usedConditions.has(reference.target)) {
                usedConditions.add(reference.target);
                pending.push(...(fromConditions.get(reference.target) ?? []));
            }
        }
        const findings = [];
        for (const name of Object.keys(template.Parameters ?? {})) {
            if (usedParameters.has(name))
                continue;
            findings.push({
                ruleId: 'REF002',
                severity: 'error',
                logicalId: name,
                message: mentionedOnlyByUnused(fromConditions, usedConditions, 'Ref', name)
                    ? 'this parameter is used only by conditions that nothing uses: its value changes nothing in the stack, which suggests a renderer mistake'
                    : 'no resource, output or condition refers to this parameter: its value changes nothing in the stack, which suggests a renderer mistake',
            });
        }
        for (const name of Object.keys(template.Conditions ?? {})) {
            if (usedConditions.has(name))
                continue;
            findings.push({
                ruleId: 'REF002',
                severity: 'error',
                logicalId: name,
                message: mentionedOnlyByUnused(fromConditions, usedConditions, 'Condition', name)
                    ? 'this condition is used only by conditions that nothing uses: it decides nothing in the stack, which suggests a renderer mistake'
                    : 'no resource, output, Fn::If or condition uses this condition: it decides nothing in the stack, which suggests a renderer mistake',
            });
        }
        return findings;
    },
};
function mentionedOnlyByUnused(fromConditions, usedConditions, kind, name) {
    for (const [condition, references] of fromConditions) {
        if (usedConditions.has(condition))
            continue;
        const mentions = references.some((reference) => reference.kind !== 'malformed' &&
            reference.target === name &&
            (reference.kind === kind || (kind === 'Ref' && reference.kind === 'Fn::Sub')));
        if (mentions)
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/environment/address-coverage.ts
var address_coverage = __webpack_require__(2248);
;// CONCATENATED MODULE: ./src/render/lint/rules/sec001-open-ingress.ts


const EVERYONE_IPV4 = '0.0.0.0/0';
const EVERYONE_IPV6 = '::/0';
/** The load balancer's listener ports: HTTP (redirect or plain) and HTTPS. */
const LISTENER_PORTS = [80, 443];
const openIngress = {
    id: 'SEC001',
    title: 'No security group admits the whole internet, except the load balancer on its listener ports when asked',
    check({ template, environment }) {
        const loadBalancerGroups = loadBalancerSecurityGroups(template);
        const findings = [];
        const reported = new Set();
        for (const opening of openings(template)) {
            const onLoadBalancer = opening.groupId !== undefined && loadBalancerGroups.has(opening.groupId);
            for (const source of opening.sources) {
                const message = openingProblem(opening.everyone, opening.family, source.rule, onLoadBalancer, environment);
                const key = `${source.logicalId} ${source.path} ${message}`;
                if (message !== undefined && !reported.has(key)) {
                    reported.add(key);
                    findings.push({
                        order: source.order,
                        ruleId: 'SEC001',
                        severity: 'error',
                        logicalId: source.logicalId,
                        path: source.path,
                        message,
                    });
                }
            }
        }
        return findings.sort((a, b) => a.order - b.order).map(({ order: _, ...finding }) => finding);
    },
};
/**
 * Every set of ingress rules that together admit the whole internet, per
 * security group, ports and address family: 0.0.0.0/1 and 128.0.0.0/1 on the
 * same port open it as surely as 0.0.0.0/0. A rule for every protocol counts
 * towards every port of its group.
 */
function openings(template) {
    const groups = new Map();
    const everyPort = [];
    let order = 0;
    for (const { logicalId, rule, groupId } of ingressRules(template)) {
        const group = groupId ?? `rule:${logicalId}`;
        const entry = groups.get(group) ?? { groupId, sources: new Map() };
        groups.set(group, entry);
        for (const [property, family] of [
            ['CidrIp', 'ipv4'],
            ['CidrIpv6', 'ipv6'],
        ]) {
            for (const found of (0,template_walk/* lookup */.$I)(rule.value, rule.path, [property])) {
                const cidr = (0,template_walk/* resolveString */.q7)(template, found.value);
                if (cidr === undefined)
                    continue;
                const source = { order: order++, logicalId, rule: rule.value, path: found.path, cidr };
                const key = `${family} ${portsOf(rule.value)}`;
                entry.sources.set(key, [...(entry.sources.get(key) ?? []), source]);
                if (portsOf(rule.value) === 'all')
                    everyPort.push({ group, source, family });
            }
        }
    }
    for (const { group, source, family } of everyPort) {
        const entry = groups.get(group);
        for (const [key, sources] of entry?.sources ?? []) {
            if (key.startsWith(`${family} `) && !sources.includes(source))
                sources.push(source);
        }
    }
    const result = [];
    for (const { groupId, sources: byPorts } of groups.values()) {
        for (const [key, sources] of byPorts) {
            const family = key.split(' ')[0];
            const cidrs = sources.map((source) => source.cidr);
            if (!(0,address_coverage/* publicCoverage */.q)(cidrs, family).everything)
                continue;
            const everyoneAlone = family === 'ipv4' ? EVERYONE_IPV4 : EVERYONE_IPV6;
            const opening = sources.filter((source) => (0,address_coverage/* publicCoverage */.q)([source.cidr], family).addresses > 0n);
            result.push({
                groupId,
                family,
                everyone: cidrs.includes(everyoneAlone)
                    ? everyoneAlone
                    : `${opening.map((source) => source.cidr).join(', ')} (together, every public ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address)`,
                sources: cidrs.includes(everyoneAlone) ? opening.filter((s) => s.cidr === everyoneAlone) : opening,
            });
        }
    }
    return result;
}
/** The protocol and ports a rule opens, as a key: "all" for every protocol. */
function portsOf(rule) {
    if (!(0,template_walk/* isRecord */.u4)(rule))
        return 'unknown';
    const protocol = String(rule.IpProtocol ?? '').toLowerCase();
    if (protocol === '-1' || protocol === 'all')
        return 'all';
    return `${protocol === '6' ? 'tcp' : protocol} ${String(rule.FromPort)}-${String(rule.ToPort)}`;
}
/** The security groups named in the `SecurityGroups` of any application load balancer. */
function loadBalancerSecurityGroups(template) {
    const groups = new Set();
    for (const [, resource] of (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
        for (const list of (0,template_walk/* lookup */.$I)(resource.Properties, 'Properties', ['SecurityGroups'])) {
            for (const item of (0,template_walk/* listItems */.Dw)(list.value, list.path)) {
                const group = (0,template_walk/* referencedLogicalId */.QP)(item.value);
                if (group !== undefined)
                    groups.add(group);
            }
        }
    }
    return groups;
}
function ingressRules(template) {
    const rules = [];
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
        if (resource.Type === 'AWS::EC2::SecurityGroup') {
            for (const list of (0,template_walk/* lookup */.$I)(resource.Properties, 'Properties', ['SecurityGroupIngress'])) {
                for (const rule of (0,template_walk/* listItems */.Dw)(list.value, list.path)) {
                    rules.push({ logicalId, rule, groupId: logicalId });
                }
            }
        }
        else if (resource.Type === 'AWS::EC2::SecurityGroupIngress') {
            for (const rule of (0,template_walk/* lookup */.$I)(resource.Properties, 'Properties', [])) {
                const groupIds = (0,template_walk/* lookup */.$I)(rule.value, rule.path, ['GroupId']);
                const groupId = groupIds.length === 1 ? (0,template_walk/* referencedLogicalId */.QP)(groupIds[0]?.value) : undefined;
                rules.push({ logicalId, rule, groupId });
            }
        }
    }
    return rules;
}
/** Why admitting `everyone` through this rule is wrong, or undefined when it is what the environment asked for. */
function openingProblem(everyone, family, rule, onLoadBalancer, environment) {
    if (!onLoadBalancer) {
        return `ingress from ${everyone} opens this security group to anywhere on the internet: only the load balancer's security group may admit everyone, and only on its listener ports`;
    }
    const ports = listenerPort(rule);
    if (ports.port === undefined) {
        return `ingress from ${everyone} opens the load balancer's security group on ${ports.described}: only the listener ports (${LISTENER_PORTS.join(' and ')}) may be open to everyone`;
    }
    if (environment === undefined) {
        return `ingress from ${everyone} reaches a load balancer on port ${ports.port}, and no environment asks for an open load balancer`;
    }
    const { scheme, allowedCidrs } = environment.network.loadBalancer;
    if (scheme !== 'internet-facing') {
        return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but the environment's load balancer is internal: it should admit only the VPC range or network.loadBalancer.allowedCidrs, not every network routed to the VPC`;
    }
    if (allowedCidrs === undefined)
        return undefined;
    if (family === 'ipv6') {
        return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but network.loadBalancer.allowedCidrs lists IPv4 ranges only: no one asked to open Dify to every IPv6 address`;
    }
    // NET006 judges the allowed ranges by their union too: asking for 0.0.0.0/1 and 128.0.0.0/1 is asking for everyone.
    if ((0,address_coverage/* publicCoverage */.q)(allowedCidrs).everything)
        return undefined;
    return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but the environment admits only network.loadBalancer.allowedCidrs: anyone on the internet could reach Dify's login page and APIs`;
}
/** The single listener port a rule opens over TCP, or a description of what it opens instead. */
function listenerPort(rule) {
    if (!(0,template_walk/* isRecord */.u4)(rule))
        return { described: 'ports the template does not state' };
    const protocol = String(rule.IpProtocol ?? '').toLowerCase();
    if (protocol === '-1' || protocol === 'all')
        return { described: 'every protocol and port' };
    const from = Number(rule.FromPort);
    const to = Number(rule.ToPort);
    if (!Number.isInteger(from) || !Number.isInteger(to))
        return { described: 'ports the template does not state' };
    const range = from === to ? `port ${from}` : `ports ${from}-${to}`;
    if (protocol !== 'tcp' && protocol !== '6')
        return { described: `${protocol} ${range}` };
    if (from !== to || !LISTENER_PORTS.includes(from))
        return { described: range };
    return { port: from, described: range };
}

;// CONCATENATED MODULE: ./src/render/lint/rules/sec002-storage-encrypted.ts

/** Properties that must be true, by resource type, and what an unencrypted resource exposes. */
const MUST_BE_TRUE = {
    'AWS::RDS::DBCluster': [
        [
            'StorageEncrypted',
            "the database cluster is not encrypted at rest: Dify's data, accounts and API keys would sit unencrypted on disk and in snapshots, and encrypting later means replacing the cluster",
        ],
    ],
    'AWS::ElastiCache::ReplicationGroup': [
        [
            'AtRestEncryptionEnabled',
            'the cache is not encrypted at rest: Celery task payloads and cached sessions would sit unencrypted on disk and in backups, and encrypting later means replacing the cache',
        ],
        [
            'TransitEncryptionEnabled',
            'the cache is not encrypted in transit: its auth token and the Celery broker traffic would cross the VPC in plain text, and encrypting later means replacing the cache',
        ],
    ],
};
const storageEncrypted = {
    id: 'SEC002',
    title: 'Stateful storage is encrypted at rest (and the cache in transit)',
    check({ template }) {
        const findings = [];
        for (const [logicalId, resource] of Object.entries(template.Resources)) {
            for (const [property, why] of MUST_BE_TRUE[resource.Type] ?? []) {
                for (const { value, path } of (0,template_walk/* lookup */.$I)(resource.Properties, 'Properties', [property])) {
                    if (value === true || value === 'true')
                        continue;
                    findings.push({
                        ruleId: 'SEC002',
                        severity: 'error',
                        logicalId,
                        path,
                        message: `${why} (${property} is ${(0,template_walk/* describeValue */.bp)(value)})`,
                    });
                }
            }
            if (resource.Type === 'AWS::ElastiCache::CacheCluster') {
                findings.push({
                    ruleId: 'SEC002',
                    severity: 'error',
                    logicalId,
                    path: 'Type',
                    message: 'a single ElastiCache cache cluster cannot be encrypted at rest: use an AWS::ElastiCache::ReplicationGroup with AtRestEncryptionEnabled and TransitEncryptionEnabled',
                });
            }
            if (resource.Type === 'AWS::S3::Bucket') {
                for (const encryption of (0,template_walk/* lookup */.$I)(resource.Properties, 'Properties', ['BucketEncryption'])) {
                    const rules = (0,template_walk/* lookup */.$I)(encryption.value, encryption.path, ['ServerSideEncryptionConfiguration']);
                    for (const { value, path } of rules) {
                        if ((0,template_walk/* listItems */.Dw)(value, path).length > 0)
                            continue;
                        findings.push({
                            ruleId: 'SEC002',
                            severity: 'error',
                            logicalId,
                            path: encryption.value === undefined ? encryption.path : path,
                            message: "the bucket declares no server-side encryption: the template should state how Dify's uploaded files are encrypted at rest rather than rely on the account's default",
                        });
                    }
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/render/lint/rules/sec003-no-wildcard-actions.ts

/**
 * Allow statements name each action. Deny statements may use wildcards: a
 * broader deny only takes permissions away (the bucket policy that refuses
 * plain HTTP denies s3:*).
 */
const noWildcardActions = {
    id: 'SEC003',
    title: 'IAM policies allow named actions only',
    check({ template }) {
        const findings = [];
        for (const [logicalId, resource] of Object.entries(template.Resources)) {
            for (const document of policyDocuments(resource)) {
                for (const statements of (0,template_walk/* lookup */.$I)(document.value, document.path, ['Statement'])) {
                    for (const statement of (0,template_walk/* oneOrMany */.Pl)(statements.value, statements.path)) {
                        findings.push(...statementProblems(logicalId, statement));
                    }
                }
            }
        }
        return findings;
    },
};
/** The policy documents a resource carries, by type. */
function policyDocuments(resource) {
    const properties = resource.Properties;
    switch (resource.Type) {
        case 'AWS::IAM::Role':
            return [
                ...(0,template_walk/* lookup */.$I)(properties, 'Properties', ['AssumeRolePolicyDocument']),
                ...(0,template_walk/* lookup */.$I)(properties, 'Properties', ['Policies']).flatMap((list) => (0,template_walk/* listItems */.Dw)(list.value, list.path).flatMap((policy) => (0,template_walk/* lookup */.$I)(policy.value, policy.path, ['PolicyDocument']))),
            ].filter((found) => found.value !== undefined);
        case 'AWS::IAM::Policy':
        case 'AWS::IAM::ManagedPolicy':
        case 'AWS::S3::BucketPolicy':
            return (0,template_walk/* lookup */.$I)(properties, 'Properties', ['PolicyDocument']).filter((found) => found.value !== undefined);
        default:
            return [];
    }
}
function statementProblems(logicalId, statement) {
    if (!(0,template_walk/* isRecord */.u4)(statement.value) || statement.value.Effect === 'Deny')
        return [];
    const findings = [];
    if (statement.value.NotAction !== undefined) {
        findings.push({
            ruleId: 'SEC003',
            severity: 'error',
            logicalId,
            path: `${statement.path}.NotAction`,
            message: 'an Allow statement uses NotAction: it grants every action except those listed, including actions AWS adds later; name the allowed actions in Action instead',
        });
    }
    const actions = (0,template_walk/* lookup */.$I)(statement.value, statement.path, ['Action']).flatMap((found) => (0,template_walk/* oneOrMany */.Pl)(found.value, found.path));
    for (const { value, path } of actions) {
        const action = (0,template_walk/* literalText */.bK)(value);
        if (action === undefined || !/[*?]/.test(action))
            continue;
        findings.push({
            ruleId: 'SEC003',
            severity: 'error',
            logicalId,
            path,
            message: `the action ${JSON.stringify(action)} is a wildcard: ${wildcardScope(action)}, including actions AWS adds later; list the actions Dify needs`,
        });
    }
    return findings;
}
function wildcardScope(action) {
    if (action === '*')
        return 'it allows every action on every service';
    const [service, name] = action.split(':');
    if (name === '*')
        return `it allows every ${service} action`;
    return `it allows every ${service} action matching ${name ?? action}`;
}

;// CONCATENATED MODULE: ./src/render/lint/rules/sec004-no-public-task-ip.ts

const noPublicTaskIp = {
    id: 'SEC004',
    title: 'ECS tasks get no public IP address',
    check({ template }) {
        const findings = [];
        for (const [logicalId, service] of (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::ECS::Service')) {
            for (const { value, path } of (0,template_walk/* lookup */.$I)(service.Properties, 'Properties', [
                'NetworkConfiguration',
                'AwsvpcConfiguration',
                'AssignPublicIp',
            ])) {
                if (value === undefined || value === 'DISABLED')
                    continue;
                findings.push({
                    ruleId: 'SEC004',
                    severity: 'error',
                    logicalId,
                    path,
                    message: `the service's tasks get a public IP address (AssignPublicIp is ${(0,template_walk/* describeValue */.bp)(value)}): Dify's containers would sit on the internet beside the load balancer, guarded only by their security group; run them in private subnets with AssignPublicIp DISABLED`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/render/lint/rules/sec005-bucket-not-public.ts

/** The four settings of an S3 public access block; each must be true. */
const PUBLIC_ACCESS_BLOCK_FLAGS = [
    'BlockPublicAcls',
    'BlockPublicPolicy',
    'IgnorePublicAcls',
    'RestrictPublicBuckets',
];
const bucketNotPublic = {
    id: 'SEC005',
    title: 'Buckets block public access and refuse requests without TLS',
    check({ template }) {
        const findings = [];
        for (const [logicalId, bucket] of (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::S3::Bucket')) {
            for (const block of (0,template_walk/* lookup */.$I)(bucket.Properties, 'Properties', ['PublicAccessBlockConfiguration'])) {
                if (block.value === undefined) {
                    findings.push({
                        ruleId: 'SEC005',
                        severity: 'error',
                        logicalId,
                        path: block.path,
                        message: "the bucket has no public access block: a later ACL or policy change could make Dify's uploaded files public; set PublicAccessBlockConfiguration with all four flags true",
                    });
                    continue;
                }
                for (const flag of PUBLIC_ACCESS_BLOCK_FLAGS) {
                    for (const { value, path } of (0,template_walk/* lookup */.$I)(block.value, block.path, [flag])) {
                        if (value === true || value === 'true')
                            continue;
                        findings.push({
                            ruleId: 'SEC005',
                            severity: 'error',
                            logicalId,
                            path,
                            message: `the bucket's public access block leaves ${flag} ${(0,template_walk/* describeValue */.bp)(value)}: all four flags must be true so that no ACL or policy can make Dify's uploaded files public`,
                        });
                    }
                }
            }
            if (!hasSecureTransportDeny(template, logicalId)) {
                findings.push({
                    ruleId: 'SEC005',
                    severity: 'error',
                    logicalId,
                    message: 'no bucket policy of this bucket denies requests without TLS: add an AWS::S3::BucketPolicy whose Bucket is a Ref to it and which denies s3:* to everyone when aws:SecureTransport is false',
                });
            }
        }
        return findings;
    },
};
/** Whether some bucket policy on the bucket denies every S3 action to everyone over plain HTTP. */
function hasSecureTransportDeny(template, bucketId) {
    return (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::S3::BucketPolicy').some(([, policy]) => {
        if ((0,template_walk/* refTarget */.L2)(policy.Properties?.Bucket) !== bucketId)
            return false;
        return (0,template_walk/* lookup */.$I)(policy.Properties, 'Properties', ['PolicyDocument', 'Statement']).some((statements) => (0,template_walk/* oneOrMany */.Pl)(statements.value, statements.path).some(({ value }) => isSecureTransportDeny(value)));
    });
}
function isSecureTransportDeny(statement) {
    if (!(0,template_walk/* isRecord */.u4)(statement) || statement.Effect !== 'Deny')
        return false;
    const principal = statement.Principal;
    const everyone = principal === '*' || ((0,template_walk/* isRecord */.u4)(principal) && anyOf(principal.AWS, (p) => p === '*'));
    const allS3 = anyOf(statement.Action, (action) => action === 's3:*' || action === '*');
    return everyone && allS3 && deniesPlainHttp(statement.Condition);
}
function deniesPlainHttp(condition) {
    if (!(0,template_walk/* isRecord */.u4)(condition))
        return false;
    const bool = entry(condition, 'Bool');
    if (!(0,template_walk/* isRecord */.u4)(bool))
        return false;
    return anyOf(entry(bool, 'aws:SecureTransport'), (value) => value === false || value === 'false');
}
/** A key of an IAM policy block, matched without regard to case as IAM does. */
function entry(block, key) {
    const found = Object.keys(block).find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    return found === undefined ? undefined : block[found];
}
function anyOf(value, test) {
    return Array.isArray(value) ? value.some(test) : test(value);
}

;// CONCATENATED MODULE: ./src/render/lint/rules/sec006-https-when-domain.ts

const httpsWhenDomain = {
    id: 'SEC006',
    title: 'With a domain, Dify is served over HTTPS and plain HTTP only redirects',
    check({ template, environment }) {
        if (environment?.domain === undefined)
            return [];
        const { domain } = environment;
        const findings = [];
        const listeners = (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::ElasticLoadBalancingV2::Listener');
        const httpListeners = new Set();
        let servesHttps = false;
        for (const [logicalId, listener] of listeners) {
            const protocol = listener.Properties?.Protocol;
            if (protocol === 'HTTPS') {
                const certificates = (0,template_walk/* lookup */.$I)(listener.Properties, 'Properties', ['Certificates']).flatMap((list) => (0,template_walk/* listItems */.Dw)(list.value, list.path));
                if (certificates.some(({ value }) => (0,template_walk/* isRecord */.u4)(value) && value.CertificateArn !== undefined)) {
                    servesHttps = true;
                }
                else {
                    findings.push({
                        ruleId: 'SEC006',
                        severity: 'error',
                        logicalId,
                        path: 'Properties.Certificates',
                        message: `the HTTPS listener has no certificate (a Certificates entry with CertificateArn): it cannot serve ${domain.hostName}`,
                    });
                }
            }
            else if (protocol === 'HTTP') {
                httpListeners.add(logicalId);
                findings.push(...redirectProblems(logicalId, listener.Properties?.DefaultActions));
            }
        }
        if (!servesHttps && !findings.some((finding) => finding.path === 'Properties.Certificates')) {
            findings.push({
                ruleId: 'SEC006',
                severity: 'error',
                message: `the environment serves Dify on ${domain.hostName} but no load balancer listener uses HTTPS: console passwords and API keys would cross the network unencrypted`,
            });
        }
        for (const [logicalId, rule] of (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::ElasticLoadBalancingV2::ListenerRule')) {
            const listener = (0,template_walk/* referencedLogicalId */.QP)(rule.Properties?.ListenerArn);
            if (listener === undefined || !httpListeners.has(listener))
                continue;
            findings.push({
                ruleId: 'SEC006',
                severity: 'error',
                logicalId,
                path: 'Properties.ListenerArn',
                message: `the rule is attached to the plain HTTP listener ${JSON.stringify(listener)}: with a domain, HTTP must only redirect to HTTPS, or the rule's routes serve Dify unencrypted`,
            });
        }
        return findings;
    },
};
function redirectProblems(logicalId, defaultActions) {
    const actions = (0,template_walk/* listItems */.Dw)(defaultActions, 'Properties.DefaultActions');
    const finding = (path, message) => ({
        ruleId: 'SEC006',
        severity: 'error',
        logicalId,
        path,
        message,
    });
    if (actions.length === 0) {
        return [
            finding('Properties.DefaultActions', 'the plain HTTP listener has no default action: with a domain it must redirect to HTTPS'),
        ];
    }
    const findings = [];
    for (const { value, path } of actions) {
        const type = (0,template_walk/* isRecord */.u4)(value) ? value.Type : undefined;
        if (type !== 'redirect') {
            findings.push(finding(`${path}.Type`, `the plain HTTP listener's default action is ${(0,template_walk/* describeValue */.bp)(type)}, not a redirect: with a domain it must redirect to HTTPS, or Dify is served unencrypted`));
            continue;
        }
        for (const protocol of (0,template_walk/* lookup */.$I)(value, path, ['RedirectConfig', 'Protocol'])) {
            if (protocol.value === 'HTTPS')
                continue;
            findings.push(finding(protocol.path, protocol.value === undefined
                ? 'the plain HTTP listener redirects without a Protocol, which keeps HTTP: it must redirect to HTTPS, or Dify stays unencrypted'
                : `the plain HTTP listener redirects to ${(0,template_walk/* describeValue */.bp)(protocol.value)}: it must redirect to HTTPS, or Dify stays unencrypted`));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/render/lint/rules/sec007-stateful-protection.ts
var sec007_stateful_protection = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/environment/secret-names.ts
var secret_names = __webpack_require__(9704);
;// CONCATENATED MODULE: ./src/render/lint/rules/sec008-no-plaintext-secrets.ts


// In an SSM parameter's name or value: password, passwd, secret, or token / api key as a word.
const MENTIONS_SECRET = /pass(?:word|wd)|secret|(?:^|[^a-z0-9])(?:token|api[-_ ]?key)(?:[^a-z0-9]|$)/;
/** Whether an SSM parameter name or value mentions a secret ("db-password", "authToken", "/dify/api-token"). */
function mentionsSecret(text) {
    // Split camelCase so that "authToken" reads as "auth token".
    return MENTIONS_SECRET.test(text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}
const noPlaintextSecrets = {
    id: 'SEC008',
    title: 'Secrets reach containers through ECS secrets, never as plain text',
    check({ template }) {
        const findings = [];
        for (const [logicalId, taskDefinition] of (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::ECS::TaskDefinition')) {
            for (const containers of (0,template_walk/* lookup */.$I)(taskDefinition.Properties, 'Properties', ['ContainerDefinitions'])) {
                for (const container of (0,template_walk/* listItems */.Dw)(containers.value, containers.path)) {
                    const containerName = (0,template_walk/* isRecord */.u4)(container.value) ? container.value.Name : undefined;
                    for (const variables of (0,template_walk/* lookup */.$I)(container.value, container.path, ['Environment'])) {
                        for (const variable of (0,template_walk/* listItems */.Dw)(variables.value, variables.path)) {
                            if (!(0,template_walk/* isRecord */.u4)(variable.value))
                                continue;
                            const { Name: name, Value: value } = variable.value;
                            if (typeof name !== 'string' || value === undefined || value === '')
                                continue;
                            // ENV002's rules: a literal judged by its name and its look, anything else by its name.
                            if (typeof value === 'string' ? !(0,secret_names/* isSecretVariable */.tS)(name, value) : !(0,secret_names/* namesSecret */.L4)(name))
                                continue;
                            findings.push({
                                ruleId: 'SEC008',
                                severity: 'error',
                                logicalId,
                                path: `${variable.path}.Value`,
                                message: `the variable ${name} of container ${(0,template_walk/* describeValue */.bp)(containerName)} has a plain-text Value: anyone who can read the task definition sees it; pass it through Secrets with ValueFrom instead`,
                            });
                        }
                    }
                }
            }
        }
        for (const [logicalId, parameter] of (0,template_walk/* resourcesOfType */.T_)(template, 'AWS::SSM::Parameter')) {
            const type = parameter.Properties?.Type;
            if (type !== 'String' && type !== 'StringList')
                continue;
            for (const property of ['Name', 'Value']) {
                const text = (0,template_walk/* literalText */.bK)(parameter.Properties?.[property]);
                if (text === undefined || !mentionsSecret(text))
                    continue;
                findings.push({
                    ruleId: 'SEC008',
                    severity: 'error',
                    logicalId,
                    path: `Properties.${property}`,
                    message: `the ${type} SSM parameter's ${property} mentions a secret: a ${type} parameter is stored unencrypted and readable by anyone with ssm:GetParameter; keep secrets in Secrets Manager`,
                });
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/bootstrap/identity-names.ts
var identity_names = __webpack_require__(9815);
;// CONCATENATED MODULE: ./src/render/lint/rules/sec009-permissions-boundary.ts


const IDENTITY_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);
/**
 * Every role and user of a Dify stack carries the bootstrap's permissions
 * boundary, on the environment's IAM path: the execution role may create no
 * other (`dify-aws-kit bootstrap`), so a template without them would fail at
 * deploy, and a role without the boundary could hold any permission its inline
 * policy names. A template rendered from no environment (the bootstrap's own)
 * creates the roles that hold the boundary in place; its tests check it instead.
 */
const permissionsBoundary = {
    id: 'SEC009',
    title: "Every IAM role and user carries the bootstrap's permissions boundary, on the environment's path",
    check({ template, environment }) {
        if (environment === undefined)
            return [];
        const boundary = (0,identity_names/* permissionsBoundaryArn */.S8)(environment.stackPrefix);
        const path = (0,identity_names/* identityPath */.Uz)(environment.stackPrefix, environment.name);
        const findings = [];
        for (const [logicalId, resource] of Object.entries(template.Resources)) {
            if (!IDENTITY_TYPES.has(resource.Type))
                continue;
            findings.push(...identityProblems(logicalId, resource, boundary, path));
        }
        return findings;
    },
};
function identityProblems(logicalId, resource, boundary, path) {
    const kind = resource.Type === 'AWS::IAM::User' ? 'user' : 'role';
    const properties = resource.Properties ?? {};
    const finding = (property, message) => ({
        ruleId: 'SEC009',
        severity: 'error',
        logicalId,
        path: `Properties.${property}`,
        message,
    });
    const findings = [];
    const actual = properties.PermissionsBoundary;
    if (actual === undefined) {
        findings.push(finding('PermissionsBoundary', `the ${kind} has no permissions boundary: its inline policies alone would decide what it may do, and the execution role may create no ${kind} without the bootstrap's boundary; set PermissionsBoundary to ${(0,template_walk/* describeValue */.bp)(boundary)}`));
    }
    else if (JSON.stringify(actual) !== JSON.stringify(boundary)) {
        findings.push(finding('PermissionsBoundary', `the ${kind}'s permissions boundary is ${(0,template_walk/* describeValue */.bp)(actual)}, not the bootstrap's ${(0,template_walk/* describeValue */.bp)(boundary)}`));
    }
    if (properties.Path !== path) {
        findings.push(finding('Path', `the ${kind} is on the IAM path ${(0,template_walk/* describeValue */.bp)(properties.Path ?? '/')}, not the environment's ${JSON.stringify(path)}, the only one the execution role may manage`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/render/lint/rules/index.ts












/** Every kit rule over a rendered template, in id order. Adding a rule means adding it here. */
const templateRules = [
    templateLimits,
    references,
    unusedDefinitions,
    openIngress,
    storageEncrypted,
    noWildcardActions,
    noPublicTaskIp,
    bucketNotPublic,
    httpsWhenDomain,
    sec007_stateful_protection/* statefulProtection */._H,
    noPlaintextSecrets,
    permissionsBoundary,
];

;// CONCATENATED MODULE: ./src/render/lint/run-template-rules.ts

/**
 * Runs the kit's template rules and returns their findings sorted by logical
 * id, then path (template-wide findings first; rule order among equals). A
 * rule that throws is reported as an error finding instead of hiding the
 * other rules' findings.
 */
function runTemplateRules(context, rules = templateRules) {
    const findings = rules.flatMap((rule) => {
        try {
            return rule.check(context);
        }
        catch (error) {
            return [
                {
                    ruleId: rule.id,
                    severity: 'error',
                    message: `the rule could not check this template (${error instanceof Error ? error.message : String(error)}), so this stays unverified: ${rule.title}`,
                },
            ];
        }
    });
    return findings.sort((a, b) => compare(a.logicalId, b.logicalId) || compare(a.path, b.path));
}
/** Orders undefined first, then by UTF-16 code units (stable across locales). */
function compare(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return -1;
    if (b === undefined)
        return 1;
    return a < b ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/render/lint/lint-template.ts



/**
 * Lints a rendered template before anything writes or deploys it: AWS's
 * validator (resource schemas, references, cfn-lint rules) and the kit's own
 * rules (references, limits, security).
 */
function lintTemplate(context, acknowledged = acknowledgedFindings) {
    const all = [...validateWithCloudFormationRules(context.text), ...runTemplateRules(context)];
    const findings = [];
    const accepted = [];
    for (const finding of all) {
        const match = acknowledged.find((a) => a.ruleId === finding.ruleId && (a.logicalId === undefined || a.logicalId === finding.logicalId));
        if (match)
            accepted.push({ finding, reason: match.reason });
        else
            findings.push(finding);
    }
    return {
        findings,
        acknowledged: accepted,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
    };
}


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ statefulProtection),
/* harmony export */   lu: () => (/* binding */ isStatefulResourceType)
/* harmony export */ });
/* unused harmony export STATEFUL_RESOURCE_TYPES */
/* harmony import */ var _template_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6488);

/** The resource types that hold Dify's data: deleting or replacing one loses it. */
const STATEFUL_RESOURCE_TYPES = [
    'AWS::RDS::DBCluster',
    'AWS::ElastiCache::ReplicationGroup',
    'AWS::S3::Bucket',
    'AWS::SecretsManager::Secret',
];
function isStatefulResourceType(type) {
    return STATEFUL_RESOURCE_TYPES.includes(type);
}
/** The DeletionPolicy and UpdateReplacePolicy values each stateful type accepts, and what would be lost. */
const PROTECTION = {
    'AWS::RDS::DBCluster': { policies: ['Snapshot'], holds: "Dify's database" },
    'AWS::ElastiCache::ReplicationGroup': {
        policies: ['Snapshot', 'Retain'],
        holds: 'the cache and its queued Celery tasks',
    },
    'AWS::S3::Bucket': { policies: ['Retain'], holds: "Dify's uploaded files" },
    'AWS::SecretsManager::Secret': { policies: ['Retain'], holds: "a secret Dify's data depends on" },
};
const statefulProtection = {
    id: 'SEC007',
    title: 'Stateful resources survive deletion and replacement',
    check({ template, environment }) {
        const findings = [];
        for (const [logicalId, resource] of Object.entries(template.Resources)) {
            if (!isStatefulResourceType(resource.Type))
                continue;
            const { policies, holds } = PROTECTION[resource.Type];
            const wanted = policies.join(' or ');
            for (const [attribute, when] of [
                ['DeletionPolicy', 'deleting the stack or dropping the resource from the template'],
                ['UpdateReplacePolicy', 'a change that replaces the resource'],
            ]) {
                const value = resource[attribute];
                if (typeof value === 'string' && policies.includes(value))
                    continue;
                findings.push({
                    ruleId: 'SEC007',
                    severity: 'error',
                    logicalId,
                    path: attribute,
                    message: `the ${attribute} is ${(0,_template_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(value)}: ${when} would destroy ${holds}; it must be ${wanted}`,
                });
            }
            if (resource.Type === 'AWS::RDS::DBCluster') {
                // Without an environment to say otherwise, a database is protected.
                const wantedProtection = environment?.database.deletionProtection ?? true;
                for (const { value, path } of (0,_template_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(resource.Properties, 'Properties', ['DeletionProtection'])) {
                    if (readBoolean(value) === wantedProtection)
                        continue;
                    findings.push({
                        ruleId: 'SEC007',
                        severity: 'error',
                        logicalId,
                        path,
                        message: wantedProtection
                            ? `the database cluster's DeletionProtection is ${(0,_template_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(value)}, but the environment's database.deletionProtection is true: the cluster could be deleted with Dify's data`
                            : `the database cluster's DeletionProtection is ${(0,_template_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(value)}, but the environment's database.deletionProtection is false: the template must follow the environment, or retiring it would stop at a cluster it said was unprotected`,
                    });
                }
            }
        }
        return findings;
    },
};
/** A boolean property as CloudFormation reads it: absent is false; an intrinsic is unknown. */
function readBoolean(value) {
    if (value === undefined || value === false || value === 'false')
        return false;
    if (value === true || value === 'true')
        return true;
    return undefined;
}


/***/ }),

/***/ 6488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   Dw: () => (/* binding */ listItems),
/* harmony export */   L2: () => (/* binding */ refTarget),
/* harmony export */   Pl: () => (/* binding */ oneOrMany),
/* harmony export */   QP: () => (/* binding */ referencedLogicalId),
/* harmony export */   T_: () => (/* binding */ resourcesOfType),
/* harmony export */   XM: () => (/* binding */ collectReferences),
/* harmony export */   bK: () => (/* binding */ literalText),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   o5: () => (/* binding */ PSEUDO_PARAMETERS),
/* harmony export */   q7: () => (/* binding */ resolveString),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports childPath, intrinsicName, getAttTarget, subArguments, subVariables, alternatives */
/** The pseudo parameters CloudFormation defines; a `Ref` to one needs no declaration. */
const PSEUDO_PARAMETERS = new Set([
    'AWS::AccountId',
    'AWS::NotificationARNs',
    'AWS::NoValue',
    'AWS::Partition',
    'AWS::Region',
    'AWS::StackId',
    'AWS::StackName',
    'AWS::URLSuffix',
]);
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Appends one segment to a dot path ("" is the root). */
function childPath(path, key) {
    return path === '' ? String(key) : `${path}.${key}`;
}
/** The function name of an intrinsic (`Ref`, `Fn::Sub`, …): an object with exactly that one key. */
function intrinsicName(value) {
    if (!isRecord(value))
        return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return undefined;
    const [key] = keys;
    return key === 'Ref' || key === 'Condition' || key?.startsWith('Fn::') ? key : undefined;
}
/** `X` of `{ Ref: X }`. */
function refTarget(value) {
    if (intrinsicName(value) !== 'Ref')
        return undefined;
    const target = value.Ref;
    return typeof target === 'string' ? target : undefined;
}
/** The resource and attribute of `Fn::GetAtt` in either form: `[id, attr]` or `"id.attr"` (split on the first dot). */
function getAttTarget(value) {
    if (intrinsicName(value) !== 'Fn::GetAtt')
        return undefined;
    const argument = value['Fn::GetAtt'];
    if (typeof argument === 'string') {
        const dot = argument.indexOf('.');
        if (dot <= 0 || dot === argument.length - 1)
            return undefined;
        return { logicalId: argument.slice(0, dot), attribute: argument.slice(dot + 1) };
    }
    if (Array.isArray(argument) && argument.length === 2) {
        const [logicalId, attribute] = argument;
        if (typeof logicalId === 'string' && logicalId !== '')
            return { logicalId, attribute };
    }
    return undefined;
}
/** The logical id a value points at through `Ref` or `Fn::GetAtt`, such as the security group in `SecurityGroups`. */
function referencedLogicalId(value) {
    return refTarget(value) ?? getAttTarget(value)?.logicalId;
}
/** The template string and variables map of `Fn::Sub` in either form. */
function subArguments(value) {
    if (intrinsicName(value) !== 'Fn::Sub')
        return undefined;
    const argument = value['Fn::Sub'];
    if (typeof argument === 'string')
        return { text: argument, variables: {} };
    if (Array.isArray(argument) && argument.length === 2) {
        const [text, variables] = argument;
        if (typeof text === 'string' && isRecord(variables))
            return { text, variables };
    }
    return undefined;
}
/** The names between `${` and `}` in a `Fn::Sub` string, without the `${!Literal}` escapes. */
function subVariables(text) {
    const names = [];
    for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
        const name = match[1] ?? '';
        if (!name.startsWith('!'))
            names.push(name);
    }
    return names;
}
/**
 * The string a value stands for when it is written literally: a string, or the
 * template of a `Fn::Sub` (whose `${…}` parts are unknown until deploy).
 */
function literalText(value) {
    if (typeof value === 'string')
        return value;
    return subArguments(value)?.text;
}
/**
 * The values a value may take: itself, or each branch of a `Fn::If` (nested
 * ones too), with `Ref: AWS::NoValue` read as absent.
 */
function alternatives(value, path) {
    if (refTarget(value) === 'AWS::NoValue')
        return [{ value: undefined, path }];
    if (intrinsicName(value) === 'Fn::If') {
        const argument = value['Fn::If'];
        if (Array.isArray(argument) && argument.length === 3) {
            return [
                ...alternatives(argument[1], childPath(childPath(path, 'Fn::If'), 1)),
                ...alternatives(argument[2], childPath(childPath(path, 'Fn::If'), 2)),
            ];
        }
    }
    return [{ value, path }];
}
/**
 * The values at `keys` below `root` (at `rootPath`), through every `Fn::If`
 * branch on the way. Where an object or list is missing the value is absent;
 * the path still names the whole way, for findings about a missing setting.
 */
function lookup(root, rootPath, keys) {
    let found = alternatives(root, rootPath);
    for (const key of keys) {
        found = found.flatMap(({ value, path }) => {
            const next = childPath(path, key);
            if (typeof key === 'number') {
                return alternatives(Array.isArray(value) ? value[key] : undefined, next);
            }
            return alternatives(isRecord(value) ? value[key] : undefined, next);
        });
    }
    return found;
}
/**
 * The items of a list at `path`, through `Fn::If` on the list and on each
 * item; absent items (`AWS::NoValue`) are dropped. A value that is not a list
 * gives no items.
 */
function listItems(value, path) {
    return alternatives(value, path).flatMap(({ value: list, path: listPath }) => Array.isArray(list)
        ? list.flatMap((item, index) => alternatives(item, childPath(listPath, index)).filter((found) => found.value !== undefined))
        : []);
}
/** A statement list, a single statement, or either behind `Fn::If`, as its statements. */
function oneOrMany(value, path) {
    return alternatives(value, path).flatMap((found) => Array.isArray(found.value)
        ? listItems(found.value, found.path)
        : found.value === undefined
            ? []
            : [found]);
}
/** The resources of a type, in template order. */
function resourcesOfType(template, type) {
    return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}
/**
 * A string value, or the `Default` of the parameter a `Ref` points at, which
 * is what the value is when the parameter is not overridden.
 */
function resolveString(template, value) {
    if (typeof value === 'string')
        return value;
    const target = refTarget(value);
    if (target === undefined)
        return undefined;
    const fallback = template.Parameters?.[target]?.Default;
    return typeof fallback === 'string' ? fallback : undefined;
}
/** What the kit's rules show of a value in a message: absent values are "not set". */
function describeValue(value) {
    return value === undefined ? 'not set' : JSON.stringify(value);
}
/**
 * Every reference in the template's Resources, Outputs and Conditions:
 * `Ref`, `Fn::GetAtt`, the variables of `Fn::Sub`, `DependsOn`, `Condition`
 * attributes, the condition of each `Fn::If`, `Condition` inside Conditions
 * and the map of `Fn::FindInMap`. Values are walked all the way down, so a
 * `Ref` inside a `Fn::If` inside a `Fn::Join` is found.
 */
function collectReferences(template) {
    const references = [];
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
        const origin = { section: 'Resources', logicalId };
        collectDependsOn(resource.DependsOn, origin, references);
        collectConditionAttribute(resource.Condition, origin, references);
        for (const [key, value] of Object.entries(resource)) {
            if (key === 'Type' || key === 'DependsOn' || key === 'Condition')
                continue;
            walkValue(value, key, origin, references);
        }
    }
    for (const [logicalId, output] of Object.entries(template.Outputs ?? {})) {
        const origin = { section: 'Outputs', logicalId };
        collectConditionAttribute(output.Condition, origin, references);
        for (const [key, value] of Object.entries(output)) {
            if (key === 'Condition')
                continue;
            walkValue(value, key, origin, references);
        }
    }
    for (const [logicalId, condition] of Object.entries(template.Conditions ?? {})) {
        walkValue(condition, '', { section: 'Conditions', logicalId }, references);
    }
    return references;
}
function collectDependsOn(dependsOn, origin, references) {
    if (dependsOn === undefined)
        return;
    if (typeof dependsOn === 'string') {
        references.push({ kind: 'DependsOn', target: dependsOn, ...origin, path: 'DependsOn' });
        return;
    }
    if (!Array.isArray(dependsOn)) {
        references.push({ kind: 'malformed', name: 'DependsOn', ...origin, path: 'DependsOn' });
        return;
    }
    dependsOn.forEach((target, index) => {
        const path = childPath('DependsOn', index);
        if (typeof target === 'string')
            references.push({ kind: 'DependsOn', target, ...origin, path });
        else
            references.push({ kind: 'malformed', name: 'DependsOn', ...origin, path });
    });
}
function collectConditionAttribute(condition, origin, references) {
    if (condition === undefined)
        return;
    if (typeof condition === 'string') {
        references.push({ kind: 'Condition', target: condition, ...origin, path: 'Condition' });
    }
    else {
        references.push({ kind: 'malformed', name: 'Condition', ...origin, path: 'Condition' });
    }
}
function walkValue(value, path, origin, references) {
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            walkValue(item, childPath(path, index), origin, references);
        });
        return;
    }
    if (!isRecord(value))
        return;
    const name = intrinsicName(value);
    // `Condition` is a function only inside Conditions; elsewhere it is an ordinary key (IAM statements).
    if (name !== undefined && (name !== 'Condition' || origin.section === 'Conditions')) {
        const argument = value[name];
        const at = childPath(path, name);
        collectIntrinsic(name, value, argument, at, origin, references);
        // Arguments may hold further references (a Ref inside Fn::Join, an Fn::If branch…).
        walkValue(argument, at, origin, references);
        return;
    }
    for (const [key, child] of Object.entries(value)) {
        walkValue(child, childPath(path, key), origin, references);
    }
}
function collectIntrinsic(name, value, argument, path, origin, references) {
    const malformed = () => references.push({ kind: 'malformed', name, ...origin, path });
    switch (name) {
        case 'Ref':
        case 'Condition':
            if (typeof argument === 'string')
                references.push({ kind: name, target: argument, ...origin, path });
            else
                malformed();
            return;
        case 'Fn::GetAtt': {
            const target = getAttTarget(value);
            if (target === undefined) {
                malformed();
                return;
            }
            references.push({
                kind: 'Fn::GetAtt',
                target: target.logicalId,
                ...(typeof target.attribute === 'string' ? { attribute: target.attribute } : {}),
                ...origin,
                path,
            });
            return;
        }
        case 'Fn::Sub': {
            const sub = subArguments(value);
            if (sub === undefined) {
                malformed();
                return;
            }
            const textPath = typeof argument === 'string' ? path : childPath(path, 0);
            for (const variable of subVariables(sub.text)) {
                if (Object.hasOwn(sub.variables, variable))
                    continue;
                const dot = variable.indexOf('.');
                if (dot > 0 && !PSEUDO_PARAMETERS.has(variable)) {
                    references.push({
                        kind: 'Fn::Sub',
                        target: variable.slice(0, dot),
                        attribute: variable.slice(dot + 1),
                        ...origin,
                        path: textPath,
                    });
                }
                else {
                    references.push({ kind: 'Fn::Sub', target: variable, ...origin, path: textPath });
                }
            }
            return;
        }
        case 'Fn::If': {
            if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') {
                malformed();
                return;
            }
            references.push({ kind: 'Condition', target: argument[0], ...origin, path: childPath(path, 0) });
            return;
        }
        case 'Fn::FindInMap': {
            if (!Array.isArray(argument) || argument.length < 3) {
                malformed();
                return;
            }
            // The map name may itself be computed; only a literal one can be checked.
            if (typeof argument[0] === 'string') {
                references.push({ kind: 'Fn::FindInMap', target: argument[0], ...origin, path: childPath(path, 0) });
            }
            return;
        }
        default:
            return;
    }
}


/***/ }),

/***/ 4744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ LogicalIds)
/* harmony export */ });
/**
 * Logical ids that one template area refers to from another. Changing one
 * renames a resource in every deployed stack, which replaces it: treat these
 * as a contract (the stateful ones above all).
 */
const LogicalIds = {
    // network
    vpc: 'Vpc',
    internetGateway: 'InternetGateway',
    publicRouteTable: 'PublicRouteTable',
    publicSubnet: (index) => `PublicSubnet${index + 1}`,
    privateSubnet: (index) => `PrivateSubnet${index + 1}`,
    privateRouteTable: (index) => `PrivateRouteTable${index + 1}`,
    loadBalancerSecurityGroup: 'LoadBalancerSecurityGroup',
    taskSecurityGroup: 'TaskSecurityGroup',
    databaseSecurityGroup: 'DatabaseSecurityGroup',
    cacheSecurityGroup: 'CacheSecurityGroup',
    endpointSecurityGroup: 'EndpointSecurityGroup',
    /** Task to task on one port of the API task (the worker reaching its plugin daemon, sandbox and SSRF proxy). */
    taskSelfIngress: (port) => `TaskSelfIngressPort${port}`,
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
    logGroup: (container) => `${container.charAt(0).toUpperCase()}${container.slice(1)}LogGroup`,
    // email
    emailIdentity: 'EmailIdentity',
};


/***/ }),

/***/ 7506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ smtpBootstrapStatements),
/* harmony export */   kD: () => (/* binding */ EmailLogicalIds),
/* harmony export */   yh: () => (/* binding */ buildEmailModel)
/* harmony export */ });
/* unused harmony export SMTP_PORT */
/* harmony import */ var _bootstrap_identity_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9815);
/* harmony import */ var _intrinsics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3822);
/* harmony import */ var _logical_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4744);
/* harmony import */ var _secrets_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3548);




/** Logical ids only the email area uses. */
const EmailLogicalIds = {
    smtpUser: 'SmtpUser',
    smtpCredentialsSecret: 'SmtpCredentialsSecret',
    smtpCredentials: 'SmtpCredentials',
    dkimRecord: (index) => `EmailDkimRecord${index + 1}`,
};
/** SES SMTP over STARTTLS. */
const SMTP_PORT = 587;
/** Easy DKIM publishes three CNAME records. */
const DKIM_RECORD_COUNT = 3;
/** The SES identity of the sending domain: Ref of AWS::SES::EmailIdentity is the domain itself. */
const identityArn = () => (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .sub */ .jb)(`arn:\${AWS::Partition}:ses:\${AWS::Region}:\${AWS::AccountId}:identity/\${${_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.emailIdentity}}`);
/** What the bootstrap function may do for mail: manage the SMTP user's access keys and store its credentials. */
function smtpBootstrapStatements() {
    return [
        {
            Sid: 'ManageSmtpAccessKeys',
            Effect: 'Allow',
            Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'],
            Resource: [(0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)(EmailLogicalIds.smtpUser, 'Arn')],
        },
        {
            Sid: 'StoreSmtpCredentials',
            Effect: 'Allow',
            Action: ['secretsmanager:PutSecretValue'],
            Resource: [(0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)(EmailLogicalIds.smtpCredentialsSecret)],
        },
    ];
}
/** Dify's mail through Amazon SES: the domain identity, an SMTP user that may send only as the from address, and its credentials. */
function buildEmailModel(env) {
    const email = env.email;
    if (!email)
        throw new Error('buildEmailModel needs an environment with email');
    const tags = (suffix) => (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .tagList */ .Tw)(`${env.stackName}-${suffix}`, env.tags);
    const hostedZoneId = env.domain?.hostedZoneId;
    const dkimRecords = hostedZoneId !== undefined && env.domain && isWithin(env.domain.hostName, email.sendingDomain)
        ? Array.from({ length: DKIM_RECORD_COUNT }, (_, i) => ({
            logicalId: EmailLogicalIds.dkimRecord(i),
            hostedZoneId,
            name: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.emailIdentity, `DkimDNSTokenName${i + 1}`),
            value: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.emailIdentity, `DkimDNSTokenValue${i + 1}`),
        }))
        : [];
    return {
        fromAddress: email.fromAddress,
        smtpHost: `email-smtp.${env.region}.amazonaws.com`,
        smtpPort: SMTP_PORT,
        // Through the custom resource's own answer, so that whatever reads these waits until the credentials are stored.
        smtpUsernameValueFrom: (0,_secrets_model_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonKeyValueFrom */ .DW)(EmailLogicalIds.smtpCredentials, 'SecretArn', 'username'),
        smtpPasswordValueFrom: (0,_secrets_model_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonKeyValueFrom */ .DW)(EmailLogicalIds.smtpCredentials, 'SecretArn', 'password'),
        readableSecretArns: [(0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)(EmailLogicalIds.smtpCredentialsSecret)],
        resources: {
            sendingDomain: email.sendingDomain,
            dkimRecords,
            smtpUser: {
                logicalId: EmailLogicalIds.smtpUser,
                path: (0,_bootstrap_identity_names_js__WEBPACK_IMPORTED_MODULE_3__/* .identityPath */ .Uz)(env.stackPrefix, env.name),
                permissionsBoundaryArn: (0,_bootstrap_identity_names_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionsBoundaryArn */ .S8)(env.stackPrefix),
                statements: [
                    {
                        Sid: 'SendAsDify',
                        Effect: 'Allow',
                        Action: ['ses:SendRawEmail', 'ses:SendEmail'],
                        Resource: [identityArn()],
                        Condition: { StringEquals: { 'ses:FromAddress': (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .literalText */ .bK)(email.fromAddress) } },
                    },
                ],
                tags: tags('smtp'),
            },
            credentialsSecret: {
                logicalId: EmailLogicalIds.smtpCredentialsSecret,
                name: `${env.stackName}/smtp-credentials`,
                description: 'Dify SMTP credentials for Amazon SES (JSON: username, password), written by the bootstrap function',
                tags: tags('smtp-credentials'),
            },
            credentials: {
                logicalId: EmailLogicalIds.smtpCredentials,
                userName: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)(EmailLogicalIds.smtpUser),
                secretArn: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)(EmailLogicalIds.smtpCredentialsSecret),
            },
        },
    };
}
/** Whether `hostName` is `domain` or one of its subdomains (DNS names compare case-insensitively). */
function isWithin(hostName, domain) {
    const host = hostName.toLowerCase();
    const parent = domain.toLowerCase();
    return host === parent || host.endsWith(`.${parent}`);
}


/***/ }),

/***/ 3548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ masterSecretArn),
/* harmony export */   DW: () => (/* binding */ jsonKeyValueFrom),
/* harmony export */   Dh: () => (/* binding */ buildSecretsModel),
/* harmony export */   Q2: () => (/* binding */ masterCredential),
/* harmony export */   fz: () => (/* binding */ cacheAuthTokenReference),
/* harmony export */   vi: () => (/* binding */ parameterArn)
/* harmony export */ });
/* unused harmony exports GENERATED_SECRET_LENGTH, DATABASE_MASTER_SECRET, DATABASE_MASTER_USERNAME, secretArnPattern */
/* harmony import */ var _intrinsics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3822);
/* harmony import */ var _logical_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4744);


/**
 * Length of every generated secret: alphanumeric only (URL- and header-safe),
 * about 285 bits. Changing it, or any other GenerateSecretString setting,
 * makes CloudFormation generate a new value on the next deploy: a new
 * SECRET_KEY logs everyone out and makes stored credentials unreadable.
 */
const GENERATED_SECRET_LENGTH = 48;
/** The cache database Celery uses as its broker (Dify's compose file; the cache itself uses 0). */
const CELERY_BROKER_DATABASE = 1;
/**
 * `valueFrom` of one key of a JSON secret, for ECS: `<secret ARN>:<key>::`.
 * The ARN is the resource's Ref, or one of its attributes.
 */
function jsonKeyValueFrom(logicalId, attribute, key) {
    return (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`\${${attribute === undefined ? logicalId : `${logicalId}.${attribute}`}}:${key}::`);
}
/** The database master user's secret, generated by the stack (not RDS-managed: RDS would rotate it weekly). */
const DATABASE_MASTER_SECRET = 'DatabaseMasterSecret';
const DATABASE_MASTER_USERNAME = 'postgres';
const masterSecretArn = () => (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(DATABASE_MASTER_SECRET);
/** A dynamic reference to one key of the master secret, for the cluster's properties. */
const masterCredential = (key) => (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`{{resolve:secretsmanager:\${${DATABASE_MASTER_SECRET}}:SecretString:${key}}}`);
/** A dynamic reference to a whole stack secret, inside an Fn::Sub string. */
const resolveSecret = (logicalId) => `{{resolve:secretsmanager:\${${logicalId}}:SecretString:::}}`;
/** The cache's auth token as a dynamic reference: CloudFormation reads it at deploy time, the template never holds it. */
const cacheAuthTokenReference = () => (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(resolveSecret(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.cacheAuthTokenSecret));
function buildSecretsModel(env) {
    const generated = (logicalId, purpose, description) => ({
        logicalId,
        name: `${env.stackName}/${purpose}`,
        description,
        passwordLength: GENERATED_SECRET_LENGTH,
        tags: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(`${env.stackName}-${purpose}`, env.tags),
    });
    const secrets = [
        generated(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.secretKeySecret, 'secret-key', 'Dify SECRET_KEY: signs sessions and encrypts stored credentials. Never regenerate it.'),
        generated(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.sandboxApiKeySecret, 'sandbox-api-key', 'Dify sandbox API key (sandbox API_KEY, api CODE_EXECUTION_API_KEY)'),
        generated(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.pluginDaemonKeySecret, 'plugin-daemon-key', 'Dify plugin daemon server key (daemon SERVER_KEY, api PLUGIN_DAEMON_KEY)'),
        generated(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.pluginInnerApiKeySecret, 'plugin-inner-api-key', 'Dify inner API key for plugins (daemon DIFY_INNER_API_KEY, api INNER_API_KEY_FOR_PLUGIN)'),
        generated(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.cacheAuthTokenSecret, 'cache-auth-token', 'Dify cache (Valkey) auth token'),
    ];
    const brokerUrl = (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`rediss://:${resolveSecret(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.cacheAuthTokenSecret)}@\${${_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.cache}.PrimaryEndPoint.Address}:\${${_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.cache}.PrimaryEndPoint.Port}/${CELERY_BROKER_DATABASE}?ssl_cert_reqs=optional`);
    const celeryBrokerUrl = {
        logicalId: _logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.celeryBrokerUrlSecret,
        name: `${env.stackName}/celery-broker-url`,
        secretString: brokerUrl,
        tags: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(`${env.stackName}-celery-broker-url`, env.tags),
    };
    const master = masterSecretArn();
    const userSecrets = env.dify.environment.flatMap((v) => v.fromSecret === undefined ? [] : [secretArnPattern(env, v.fromSecret)]);
    const userParameters = env.dify.environment.flatMap((v) => v.fromSsmParameter === undefined ? [] : [parameterArn(env, v.fromSsmParameter)]);
    return {
        databaseMaster: {
            logicalId: DATABASE_MASTER_SECRET,
            name: `${env.stackName}/database-master`,
            username: DATABASE_MASTER_USERNAME,
            secretStringTemplate: JSON.stringify({ username: DATABASE_MASTER_USERNAME }),
            passwordLength: GENERATED_SECRET_LENGTH,
            tags: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(`${env.stackName}-database-master`, env.tags),
        },
        generated: secrets,
        celeryBrokerUrl,
        valueFrom: {
            secretKey: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.secretKeySecret),
            sandboxApiKey: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.sandboxApiKeySecret),
            pluginDaemonKey: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.pluginDaemonKeySecret),
            pluginInnerApiKey: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.pluginInnerApiKeySecret),
            cacheAuthToken: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.cacheAuthTokenSecret),
            celeryBrokerUrl: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(_logical_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .LogicalIds */ .K.celeryBrokerUrlSecret),
            databaseUsername: jsonKeyValueFrom(DATABASE_MASTER_SECRET, undefined, 'username'),
            databasePassword: jsonKeyValueFrom(DATABASE_MASTER_SECRET, undefined, 'password'),
        },
        readableSecretArns: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .uniqueValues */ .CS)([
            ...secrets.map((s) => (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(s.logicalId)),
            (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(celeryBrokerUrl.logicalId),
            master,
            ...userSecrets,
        ]),
        readableParameterArns: (0,_intrinsics_js__WEBPACK_IMPORTED_MODULE_1__/* .uniqueValues */ .CS)(userParameters),
    };
}
/**
 * The ARN IAM needs for a user's secret: an ARN as given; a name as an ARN
 * pattern, since Secrets Manager appends six random characters to the name.
 */
function secretArnPattern(env, nameOrArn) {
    if (nameOrArn.startsWith('arn:'))
        return nameOrArn;
    return `arn:aws:secretsmanager:${env.region}:${env.accountId}:secret:${nameOrArn}-??????`;
}
/** The ARN of a user's SSM parameter: an ARN as given; a name (with or without its leading slash) in the stack's region and account. */
function parameterArn(env, nameOrArn) {
    if (nameOrArn.startsWith('arn:'))
        return nameOrArn;
    return `arn:aws:ssm:${env.region}:${env.accountId}:parameter/${nameOrArn.replace(/^\//, '')}`;
}


/***/ }),

/***/ 2172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ renderEnvironment)
});

// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(8115);
var nunjucks_default = /*#__PURE__*/__webpack_require__.n(nunjucks);
;// CONCATENATED MODULE: ./src/render/template-sources.generated.ts
/* Generated from templates/cloudformation/ by `npm run generate`. Do not edit by hand:
 * change the templates and regenerate; a test fails when this file is stale. */
const templateSources = {
    "bootstrap.yaml.njk": "{# The one-time bootstrap stack: GitHub OIDC, the deploy, drift and CloudFormation execution roles (one deploy and one execution role per environment, or one of each for the named branches), the permissions boundary of the Dify stacks' roles, the artifact bucket. A root template of its own; values enter only through `| yaml` (a test checks it). #}\nAWSTemplateFormatVersion: \"2010-09-09\"\nDescription: {{ description | yaml }}\nMetadata:\n  DifyAwsKit: {{ metadata | yaml }}\nParameters:\n  ExistingOidcProviderArn:\n    Type: String\n    Default: \"\"\n    Description: \"The ARN of the account's GitHub OIDC provider (token.actions.githubusercontent.com) when it exists already; empty creates it\"\n    AllowedPattern: {{ oidc.existingArnPattern | yaml }}\n    ConstraintDescription: \"empty, or the ARN of the IAM OIDC provider for token.actions.githubusercontent.com\"\nConditions:\n  CreateOidcProvider: {\"Fn::Equals\": [{\"Ref\": \"ExistingOidcProviderArn\"}, \"\"]}\nResources:\n  GitHubOidcProvider:\n    Type: AWS::IAM::OIDCProvider\n    Condition: CreateOidcProvider\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      Url: {{ oidc.url | yaml }}\n      ClientIdList: {{ oidc.clientIds | yaml }}\n      Tags: {{ oidc.tags | yaml }}\n{% for policy in managedPolicies %}\n  {{ policy.logicalId }}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n{% if policy.managedPolicyName %}\n      ManagedPolicyName: {{ policy.managedPolicyName | yaml }}\n{% endif %}\n      Description: {{ policy.description | yaml }}\n      Path: {{ policy.path | yaml }}\n      PolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n{% for statement in policy.statements %}\n          - {{ statement | yaml }}\n{% endfor %}\n{% endfor %}\n{% for role in roles %}\n  {{ role.logicalId }}:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: {{ role.description | yaml }}\n      Path: {{ rolePath | yaml }}\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n{% for statement in role.trust %}\n          - {{ statement | yaml }}\n{% endfor %}\n{% if role.policies.length > 0 %}\n      Policies:\n{% for policy in role.policies %}\n        - PolicyName: {{ policy.name | yaml }}\n          PolicyDocument:\n            Version: \"2012-10-17\"\n            Statement:\n{% for statement in policy.statements %}\n              - {{ statement | yaml }}\n{% endfor %}\n{% endfor %}\n{% endif %}\n{% if role.managedPolicyArns.length > 0 %}\n      ManagedPolicyArns: {{ role.managedPolicyArns | yaml }}\n{% endif %}\n      Tags: {{ role.tags | yaml }}\n{% endfor %}\n  ArtifactBucket:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      BucketName: {{ artifactBucket.name | yaml }}\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n      VersioningConfiguration:\n        Status: Enabled\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      LifecycleConfiguration:\n        Rules:\n          - Id: ExpireOldTemplates\n            Status: Enabled\n            ExpirationInDays: {{ artifactBucket.expirationDays | yaml }}\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 1\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 1\n      Tags: {{ artifactBucket.tags | yaml }}\n  ArtifactBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: {\"Ref\": \"ArtifactBucket\"}\n      PolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: \"*\"\n            Action: \"s3:*\"\n            Resource:\n              - {\"Fn::GetAtt\": [\"ArtifactBucket\", \"Arn\"]}\n              - {\"Fn::Sub\": \"${ArtifactBucket.Arn}/*\"}\n            Condition:\n              Bool:\n                aws:SecureTransport: \"false\"\nOutputs:\n{% for output in outputs %}\n  {{ output.logicalId }}:\n    Description: {{ output.description | yaml }}\n    Value: {{ output.value | yaml }}\n{% endfor %}\n",
    "partials/data.yaml.njk": "{# Data: Aurora PostgreSQL Serverless v2, Valkey, the storage bucket, and the bootstrap function that prepares them. Stateful resources are snapshotted or kept when the stack goes. #}\n  DatabaseSubnetGroup:\n    Type: AWS::RDS::DBSubnetGroup\n    Properties:\n      DBSubnetGroupDescription: \"Dify database: the private subnets\"\n      SubnetIds: {{ data.resources.database.subnetIds | yaml }}\n      Tags: {{ data.resources.database.tags | yaml }}\n  DatabaseCluster:\n    Type: AWS::RDS::DBCluster\n    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n    Properties:\n      Engine: aurora-postgresql\n      EngineVersion: {{ data.resources.database.engineVersion | yaml }}\n      DatabaseName: {{ data.database.name | yaml }}\n      MasterUsername: {{ data.database.masterUsername | yaml }}\n      MasterUserPassword: {{ data.database.masterPassword | yaml }}\n      Port: 5432\n      ServerlessV2ScalingConfiguration: {{ data.resources.database.scaling | yaml }}\n      EnableHttpEndpoint: true\n      StorageEncrypted: true\n      DeletionProtection: {{ data.resources.database.deletionProtection | yaml }}\n      BackupRetentionPeriod: {{ data.resources.database.backupRetentionDays | yaml }}\n      CopyTagsToSnapshot: true\n      DBSubnetGroupName: {\"Ref\": \"DatabaseSubnetGroup\"}\n      VpcSecurityGroupIds: [{\"Ref\": \"DatabaseSecurityGroup\"}]\n      Tags: {{ data.resources.database.tags | yaml }}\n  DatabaseInstance:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: aurora-postgresql\n      DBClusterIdentifier: {\"Ref\": \"DatabaseCluster\"}\n      DBInstanceClass: db.serverless\n      PubliclyAccessible: false\n      Tags: {{ data.resources.database.instanceTags | yaml }}\n  CacheSubnetGroup:\n    Type: AWS::ElastiCache::SubnetGroup\n    Properties:\n      Description: \"Dify cache: the private subnets\"\n      SubnetIds: {{ data.resources.cache.subnetIds | yaml }}\n      Tags: {{ data.resources.cache.tags | yaml }}\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n    Properties:\n      ReplicationGroupDescription: \"Dify cache and Celery broker\"\n      Engine: valkey\n      EngineVersion: {{ data.resources.cache.engineVersion | yaml }}\n      CacheNodeType: {{ data.resources.cache.nodeType | yaml }}\n      NumCacheClusters: {{ data.resources.cache.numCacheClusters | yaml }}\n      AutomaticFailoverEnabled: {{ data.resources.cache.multiAz | yaml }}\n      MultiAZEnabled: {{ data.resources.cache.multiAz | yaml }}\n      Port: 6379\n      TransitEncryptionEnabled: true\n      AtRestEncryptionEnabled: true\n      AuthToken: {{ data.resources.cache.authToken | yaml }}\n      CacheSubnetGroupName: {\"Ref\": \"CacheSubnetGroup\"}\n      SecurityGroupIds: [{\"Ref\": \"CacheSecurityGroup\"}]\n      Tags: {{ data.resources.cache.tags | yaml }}\n  StorageBucket:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n      VersioningConfiguration:\n        Status: Enabled\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      LifecycleConfiguration:\n        Rules:\n          - Id: ExpireOldVersions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: {{ data.resources.bucket.noncurrentVersionExpirationDays | yaml }}\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: {{ data.resources.bucket.abortIncompleteUploadDays | yaml }}\n            ExpiredObjectDeleteMarker: true\n      Tags: {{ data.resources.bucket.tags | yaml }}\n  StorageBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: {\"Ref\": \"StorageBucket\"}\n      PolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: \"*\"\n            Action: \"s3:*\"\n            Resource:\n              - {\"Fn::GetAtt\": [\"StorageBucket\", \"Arn\"]}\n              - {\"Fn::Sub\": \"${StorageBucket.Arn}/*\"}\n            Condition:\n              Bool:\n                aws:SecureTransport: \"false\"\n  {{ data.resources.bootstrap.logGroupLogicalId }}:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: {{ data.resources.bootstrap.logRetentionDays | yaml }}\n      Tags: {{ data.resources.bootstrap.tags | yaml }}\n  DatabasePreparation:\n    Type: Custom::DatabasePreparation\n    DependsOn: DatabaseInstance\n    Properties:\n      ServiceToken: {\"Fn::GetAtt\": [\"BootstrapFunction\", \"Arn\"]}\n      ServiceTimeout: {{ data.resources.bootstrap.serviceTimeoutSeconds | yaml }}\n      Task: prepare-databases\n      ClusterArn: {{ data.database.clusterArn | yaml }}\n      SecretArn: {{ data.database.masterSecretArn | yaml }}\n      Databases: {{ data.resources.bootstrap.databases | yaml }}\n  PluginStoragePlaceholder:\n    Type: Custom::PluginStoragePlaceholder\n    Properties:\n      ServiceToken: {\"Fn::GetAtt\": [\"BootstrapFunction\", \"Arn\"]}\n      ServiceTimeout: {{ data.resources.bootstrap.serviceTimeoutSeconds | yaml }}\n      Task: put-placeholder\n      Bucket: {{ data.bucket.name | yaml }}\n      Key: {{ data.pluginStoragePrefix | yaml }}\n  BootstrapFunction:\n    Type: AWS::Lambda::Function\n    Properties:\n      Description: \"Dify bootstrap: creates the vector and plugin databases, the plugin placeholder and the SMTP credentials; never deletes data\"\n      Runtime: python3.12\n      Architectures: [arm64]\n      Handler: index.handler\n      MemorySize: 256\n      Timeout: {{ data.resources.bootstrap.timeoutSeconds | yaml }}\n      Role: {\"Fn::GetAtt\": [\"BootstrapFunctionRole\", \"Arn\"]}\n      LoggingConfig:\n        LogFormat: Text\n        LogGroup: {\"Ref\": {{ data.resources.bootstrap.logGroupLogicalId | yaml }}}\n      Tags: {{ data.resources.bootstrap.tags | yaml }}\n      Code:\n        ZipFile: |\n          \"\"\"Dify stack bootstrap: fixed code, every input comes from the custom resource's properties.\"\"\"\n          import base64\n          import hashlib\n          import hmac\n          import json\n          import os\n          import re\n          import time\n\n          import boto3\n          import cfnresponse\n          from botocore.config import Config\n          from botocore.exceptions import ClientError\n\n          CONFIG = Config(retries={'mode': 'standard', 'max_attempts': 5})\n          IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]{0,62}$')\n          ACCESS_KEY_ID = re.compile(r'^AKIA[0-9A-Z]+$')\n          # Data API answers while an auto-paused cluster resumes or is briefly unavailable.\n          NOT_READY = {'DatabaseResumingException', 'DatabaseUnavailableException', 'StatementTimeoutException',\n                       'ServiceUnavailableError', 'InternalServerErrorException'}\n          WAIT_SECONDS = 10\n\n\n          def handler(event, context):\n              props = event['ResourceProperties']\n              physical_id = event.get('PhysicalResourceId', event['LogicalResourceId'])\n              try:\n                  physical_id, data = TASKS[props['Task']](event['RequestType'], props, physical_id, context)\n                  cfnresponse.send(event, context, cfnresponse.SUCCESS, data, physical_id)\n              except Exception as error:\n                  reason = f'{type(error).__name__}: {error}'[:900]\n                  print(reason)\n                  cfnresponse.send(event, context, cfnresponse.FAILED, {}, physical_id, reason=reason)\n\n\n          def identifier(name):\n              if not IDENTIFIER.match(name):\n                  raise ValueError(f'not a lowercase SQL identifier: {name!r}')\n              return name\n\n\n          def prepare_databases(request, props, physical_id, context):\n              \"\"\"Creates each database that is absent and its extensions. Drops nothing, ever.\"\"\"\n              if request == 'Delete':\n                  return physical_id, {}\n              rds = boto3.client('rds-data', config=CONFIG)\n              deadline = time.monotonic() + context.get_remaining_time_in_millis() / 1000 - 60\n\n              def run(database, sql, parameters=()):\n                  while True:\n                      try:\n                          return rds.execute_statement(resourceArn=props['ClusterArn'], secretArn=props['SecretArn'],\n                                                       database=database, sql=sql, parameters=list(parameters))\n                      except ClientError as error:\n                          code = error.response['Error']['Code']\n                          not_ready = code in NOT_READY or 'Communications link failure' in str(error)\n                          if not not_ready or time.monotonic() + WAIT_SECONDS > deadline:\n                              raise\n                          print(f'{code}: the database is not ready, trying again in {WAIT_SECONDS} s')\n                          time.sleep(WAIT_SECONDS)\n\n              for wanted in props['Databases']:\n                  name = identifier(wanted['Name'])\n                  found = run('postgres', 'SELECT 1 FROM pg_database WHERE datname = :name',\n                              [{'name': 'name', 'value': {'stringValue': name}}])\n                  if found['records']:\n                      print(f'database {name} exists')\n                  else:\n                      try:\n                          run('postgres', f'CREATE DATABASE {name}')\n                          print(f'created database {name}')\n                      except ClientError as error:\n                          if 'already exists' not in str(error):\n                              raise\n                  for extension in wanted.get('Extensions', []):\n                      run(name, f'CREATE EXTENSION IF NOT EXISTS {identifier(extension)}')\n                      print(f'extension {extension} is in {name}')\n              return 'databases', {}\n\n\n          def put_placeholder(request, props, physical_id, context):\n              \"\"\"Puts the empty object the plugin daemon looks for (dify-plugin-daemon#35). Deletes nothing.\"\"\"\n              if request == 'Delete':\n                  return physical_id, {}\n              boto3.client('s3', config=CONFIG).put_object(Bucket=props['Bucket'], Key=props['Key'], Body=b'')\n              print(f\"put {props['Key']} in {props['Bucket']}\")\n              return f\"{props['Bucket']}/{props['Key']}\", {}\n\n\n          def smtp_password(secret_access_key, region):\n              \"\"\"The SES SMTP password of an access key: the documented HMAC-SHA256 derivation, version 0x04.\"\"\"\n              signature = ('AWS4' + secret_access_key).encode('utf-8')\n              for part in ('11111111', region, 'ses', 'aws4_request', 'SendRawEmail'):\n                  signature = hmac.new(signature, part.encode('utf-8'), hashlib.sha256).digest()\n              return base64.b64encode(bytes([4]) + signature).decode('utf-8')\n\n\n          def smtp_credentials(request, props, physical_id, context):\n              \"\"\"Creates an access key for the SMTP user and stores the SMTP credentials; Delete deletes that key.\"\"\"\n              iam = boto3.client('iam', config=CONFIG)\n              user, secret_arn = props['UserName'], props['SecretArn']\n              if request == 'Delete':\n                  if ACCESS_KEY_ID.match(physical_id):\n                      try:\n                          keys = iam.list_access_keys(UserName=user)['AccessKeyMetadata']\n                      except iam.exceptions.NoSuchEntityException:\n                          keys = []\n                      if any(key['AccessKeyId'] == physical_id for key in keys):\n                          iam.delete_access_key(UserName=user, AccessKeyId=physical_id)\n                          print(f'deleted access key {physical_id}')\n                  return physical_id, {'SecretArn': secret_arn}\n              key = iam.create_access_key(UserName=user)['AccessKey']\n              try:\n                  password = smtp_password(key['SecretAccessKey'], os.environ['AWS_REGION'])\n                  boto3.client('secretsmanager', config=CONFIG).put_secret_value(\n                      SecretId=secret_arn, SecretString=json.dumps({'username': key['AccessKeyId'], 'password': password}))\n              except Exception:\n                  iam.delete_access_key(UserName=user, AccessKeyId=key['AccessKeyId'])\n                  raise\n              print(f\"stored the SMTP credentials of access key {key['AccessKeyId']}\")\n              return key['AccessKeyId'], {'SecretArn': secret_arn}\n\n\n          TASKS = {'prepare-databases': prepare_databases, 'put-placeholder': put_placeholder,\n                   'smtp-credentials': smtp_credentials}\n",
    "partials/email.yaml.njk": "{# Email: the SES domain identity (Easy DKIM), an SMTP user that may send only as Dify's from address, and its credentials, which the bootstrap function creates and stores: no secret is ever in the template. #}\n  EmailIdentity:\n    Type: AWS::SES::EmailIdentity\n    Properties:\n      EmailIdentity: {{ email.resources.sendingDomain | yaml }}\n      DkimAttributes:\n        SigningEnabled: true\n      DkimSigningAttributes:\n        NextSigningKeyLength: RSA_2048_BIT\n{% for record in email.resources.dkimRecords %}\n  {{ record.logicalId }}:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneId: {{ record.hostedZoneId | yaml }}\n      Name: {{ record.name | yaml }}\n      Type: CNAME\n      TTL: \"1800\"\n      ResourceRecords: [{{ record.value | yaml }}]\n{% endfor %}\n  {{ email.resources.smtpUser.logicalId }}:\n    Type: AWS::IAM::User\n    Properties:\n      Path: {{ email.resources.smtpUser.path | yaml }}\n      PermissionsBoundary: {{ email.resources.smtpUser.permissionsBoundaryArn | yaml }}\n      Policies:\n        - PolicyName: send-email\n          PolicyDocument:\n            Version: \"2012-10-17\"\n            Statement: {{ email.resources.smtpUser.statements | yaml }}\n      Tags: {{ email.resources.smtpUser.tags | yaml }}\n  {{ email.resources.credentialsSecret.logicalId }}:\n    Type: AWS::SecretsManager::Secret\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: {{ email.resources.credentialsSecret.name | yaml }}\n      Description: {{ email.resources.credentialsSecret.description | yaml }}\n      GenerateSecretString:\n        SecretStringTemplate: \"{\\\"username\\\": \\\"\\\"}\"\n        GenerateStringKey: password\n        ExcludePunctuation: true\n        IncludeSpace: false\n      Tags: {{ email.resources.credentialsSecret.tags | yaml }}\n  {{ email.resources.credentials.logicalId }}:\n    Type: Custom::SmtpCredentials\n    Properties:\n      ServiceToken: {\"Fn::GetAtt\": [\"BootstrapFunction\", \"Arn\"]}\n      ServiceTimeout: {{ data.resources.bootstrap.serviceTimeoutSeconds | yaml }}\n      Task: smtp-credentials\n      UserName: {{ email.resources.credentials.userName | yaml }}\n      SecretArn: {{ email.resources.credentials.secretArn | yaml }}\n",
    "partials/iam.yaml.njk": "{# IAM: the task execution role, the task role and the bootstrap function's role, least privilege, every action named, each on the environment's path and held by the bootstrap's permissions boundary. Values come only through `| yaml`. #}\n{% for role in iam.roles %}\n  {{ role.logicalId }}:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: {{ role.description | yaml }}\n      Path: {{ iam.path | yaml }}\n      PermissionsBoundary: {{ iam.permissionsBoundaryArn | yaml }}\n      AssumeRolePolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: {{ role.trustedService | yaml }}\n            Action: sts:AssumeRole\n      Policies:\n{% for policy in role.policies %}\n        - PolicyName: {{ policy.name | yaml }}\n          PolicyDocument:\n            Version: \"2012-10-17\"\n            Statement:\n{% for statement in policy.statements %}\n              - {{ statement | yaml }}\n{% endfor %}\n{% endfor %}\n      Tags: {{ role.tags | yaml }}\n{% endfor %}\n",
    "partials/load-balancer.yaml.njk": "{# Load balancer: Dify's nginx routes as listener rules, HTTPS when there is a domain. #}\n  LoadBalancer:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Type: application\n      Scheme: {{ loadBalancer.scheme | yaml }}\n      Subnets: {{ loadBalancer.subnetIds | yaml }}\n      SecurityGroups: [{\"Ref\": \"LoadBalancerSecurityGroup\"}]\n      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n          Value: {{ loadBalancer.idleTimeoutSeconds | string | yaml }}\n        - Key: routing.http.drop_invalid_header_fields.enabled\n          Value: \"true\"\n      Tags: {{ loadBalancer.tags | yaml }}\n{% for group in loadBalancer.targetGroups %}\n  {{ group.logicalId }}:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      TargetType: ip\n      Protocol: HTTP\n      Port: {{ group.port | yaml }}\n      VpcId: {{ network.vpcId | yaml }}\n      HealthCheckPath: {{ group.healthCheckPath | yaml }}\n      HealthCheckIntervalSeconds: 15\n      HealthyThresholdCount: 2\n      UnhealthyThresholdCount: 5\n      Matcher:\n        HttpCode: \"200-399\"\n      TargetGroupAttributes:\n        - Key: deregistration_delay.timeout_seconds\n          Value: \"30\"\n      Tags: {{ group.tags | yaml }}\n{% endfor %}\n{% if loadBalancer.https %}\n{% if loadBalancer.certificate.create %}\n  Certificate:\n    Type: AWS::CertificateManager::Certificate\n    Properties:\n      DomainName: {{ loadBalancer.certificate.hostName | yaml }}\n      ValidationMethod: DNS\n      DomainValidationOptions:\n        - DomainName: {{ loadBalancer.certificate.hostName | yaml }}\n          HostedZoneId: {{ loadBalancer.certificate.hostedZoneId | yaml }}\n      Tags: {{ loadBalancer.tags | yaml }}\n{% endif %}\n  HttpsListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: {\"Ref\": \"LoadBalancer\"}\n      Protocol: HTTPS\n      Port: 443\n      SslPolicy: {{ loadBalancer.tlsPolicy | yaml }}\n      Certificates:\n{% if loadBalancer.certificate.create %}\n        - CertificateArn: {\"Ref\": \"Certificate\"}\n{% else %}\n        - CertificateArn: {{ loadBalancer.certificate.arn | yaml }}\n{% endif %}\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: {\"Ref\": \"WebTargetGroup\"}\n  HttpListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: {\"Ref\": \"LoadBalancer\"}\n      Protocol: HTTP\n      Port: 80\n      DefaultActions:\n        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTPS\n            Port: \"443\"\n            StatusCode: HTTP_301\n{% else %}\n  HttpListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: {\"Ref\": \"LoadBalancer\"}\n      Protocol: HTTP\n      Port: 80\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: {\"Ref\": \"WebTargetGroup\"}\n{% endif %}\n{% for rule in loadBalancer.rules %}\n  {{ rule.logicalId }}:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: {\"Ref\": {{ loadBalancer.routingListener | yaml }}}\n      Priority: {{ rule.priority | yaml }}\n      Conditions:\n        - Field: path-pattern\n          PathPatternConfig:\n            Values: {{ rule.paths | yaml }}\n      Actions:\n        - Type: forward\n          TargetGroupArn: {\"Ref\": {{ rule.targetGroup | yaml }}}\n{% endfor %}\n{% if loadBalancer.aliasRecord %}\n  DnsRecord:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneId: {{ loadBalancer.aliasRecord.hostedZoneId | yaml }}\n      Name: {{ loadBalancer.aliasRecord.hostName | yaml }}\n      Type: A\n      AliasTarget:\n        DNSName: {\"Fn::GetAtt\": [\"LoadBalancer\", \"DNSName\"]}\n        HostedZoneId: {\"Fn::GetAtt\": [\"LoadBalancer\", \"CanonicalHostedZoneID\"]}\n        EvaluateTargetHealth: false\n{% endif %}\n",
    "partials/network.yaml.njk": "{# Network: the VPC, its subnets and routes, NAT and VPC endpoints. Values come only through `| yaml`. #}\n{% if network.createVpc %}\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: {{ network.vpcCidr | yaml }}\n      EnableDnsSupport: true\n      EnableDnsHostnames: true\n      Tags: {{ network.vpcTags | yaml }}\n  InternetGateway:\n    Type: AWS::EC2::InternetGateway\n    Properties:\n      Tags: {{ network.tags.internetGateway | yaml }}\n  InternetGatewayAttachment:\n    Type: AWS::EC2::VPCGatewayAttachment\n    Properties:\n      VpcId: {\"Ref\": \"Vpc\"}\n      InternetGatewayId: {\"Ref\": \"InternetGateway\"}\n  PublicRouteTable:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: {\"Ref\": \"Vpc\"}\n      Tags: {{ network.tags.publicRouteTable | yaml }}\n  PublicDefaultRoute:\n    Type: AWS::EC2::Route\n    DependsOn: InternetGatewayAttachment\n    Properties:\n      RouteTableId: {\"Ref\": \"PublicRouteTable\"}\n      DestinationCidrBlock: \"0.0.0.0/0\"\n      GatewayId: {\"Ref\": \"InternetGateway\"}\n{% for subnet in network.publicSubnets %}\n  {{ subnet.logicalId }}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: {\"Ref\": \"Vpc\"}\n      CidrBlock: {{ subnet.cidr | yaml }}\n      AvailabilityZone: {{ subnet.availabilityZone | yaml }}\n      MapPublicIpOnLaunch: false\n      Tags: {{ subnet.tags | yaml }}\n  {{ subnet.logicalId }}RouteTableAssociation:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n    Properties:\n      SubnetId: {\"Ref\": {{ subnet.logicalId | yaml }}}\n      RouteTableId: {\"Ref\": {{ subnet.routeTable | yaml }}}\n{% endfor %}\n{% for subnet in network.privateSubnets %}\n  {{ subnet.logicalId }}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: {\"Ref\": \"Vpc\"}\n      CidrBlock: {{ subnet.cidr | yaml }}\n      AvailabilityZone: {{ subnet.availabilityZone | yaml }}\n      MapPublicIpOnLaunch: false\n      Tags: {{ subnet.tags | yaml }}\n  {{ subnet.logicalId }}RouteTableAssociation:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n    Properties:\n      SubnetId: {\"Ref\": {{ subnet.logicalId | yaml }}}\n      RouteTableId: {\"Ref\": {{ subnet.routeTable | yaml }}}\n{% endfor %}\n{% for table in network.privateRouteTables %}\n  {{ table.logicalId }}:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: {\"Ref\": \"Vpc\"}\n      Tags: {{ table.tags | yaml }}\n{% if table.defaultRoute %}\n  {{ table.logicalId }}DefaultRoute:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: {\"Ref\": {{ table.logicalId | yaml }}}\n      DestinationCidrBlock: \"0.0.0.0/0\"\n{% for key, target in table.defaultRoute %}\n      {{ key }}: {{ target | yaml }}\n{% endfor %}\n{% endif %}\n{% endfor %}\n{% for gateway in network.natGateways %}\n  {{ gateway.eipLogicalId }}:\n    Type: AWS::EC2::EIP\n    DependsOn: InternetGatewayAttachment\n    Properties:\n      Domain: vpc\n      Tags: {{ gateway.tags | yaml }}\n  {{ gateway.logicalId }}:\n    Type: AWS::EC2::NatGateway\n    Properties:\n      AllocationId: {\"Fn::GetAtt\": [{{ gateway.eipLogicalId | yaml }}, \"AllocationId\"]}\n      SubnetId: {\"Ref\": {{ gateway.subnet | yaml }}}\n      Tags: {{ gateway.tags | yaml }}\n{% endfor %}\n{% if network.natInstance %}\n  {{ network.natInstance.securityGroupLogicalId }}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"NAT instance: forwards traffic from the VPC to the internet\"\n      VpcId: {\"Ref\": \"Vpc\"}\n      SecurityGroupIngress:\n        - IpProtocol: \"-1\"\n          CidrIp: {{ network.vpcCidr | yaml }}\n          Description: \"Traffic from the VPC to forward\"\n      Tags: {{ network.natInstance.tags | yaml }}\n  {{ network.natInstance.logicalId }}:\n    Type: AWS::EC2::Instance\n    DependsOn: InternetGatewayAttachment\n    Properties:\n      InstanceType: {{ network.natInstance.instanceType | yaml }}\n      ImageId: {{ network.natInstance.imageId | yaml }}\n      SourceDestCheck: false\n      MetadataOptions:\n        HttpTokens: required\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n            VolumeType: gp3\n            VolumeSize: 8\n            Encrypted: true\n      NetworkInterfaces:\n        - DeviceIndex: \"0\"\n          SubnetId: {\"Ref\": {{ network.natInstance.subnet | yaml }}}\n          AssociatePublicIpAddress: true\n          GroupSet: [{\"Ref\": {{ network.natInstance.securityGroupLogicalId | yaml }}}]\n      UserData:\n        Fn::Base64: |\n          #!/bin/bash\n          set -euo pipefail\n          dnf install -y iptables-services\n          echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/90-nat.conf\n          sysctl -p /etc/sysctl.d/90-nat.conf\n          interface=$(ip route show default | awk '{print $5; exit}')\n          iptables -t nat -A POSTROUTING -o \"$interface\" -j MASQUERADE\n          iptables -F FORWARD\n          service iptables save\n          systemctl enable --now iptables\n      Tags: {{ network.natInstance.tags | yaml }}\n{% endif %}\n{% endif %}\n{% for endpoint in network.interfaceEndpoints %}\n  {{ endpoint.logicalId }}:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcEndpointType: Interface\n      VpcId: {{ network.vpcId | yaml }}\n      ServiceName: {{ endpoint.serviceName | yaml }}\n      SubnetIds: {{ network.privateSubnetIds | yaml }}\n      SecurityGroupIds: [{\"Ref\": \"EndpointSecurityGroup\"}]\n      PrivateDnsEnabled: true\n{% endfor %}\n{% if network.gatewayEndpoint %}\n  {{ network.gatewayEndpoint.logicalId }}:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcEndpointType: Gateway\n      VpcId: {{ network.vpcId | yaml }}\n      ServiceName: {{ network.gatewayEndpoint.serviceName | yaml }}\n      RouteTableIds: {{ network.gatewayEndpoint.routeTableIds | yaml }}\n{% endif %}\n",
    "partials/outputs.yaml.njk": "{# Outputs: what operators and the deploy workflow need after a deploy. #}\n{% for output in outputs %}\n  {{ output.logicalId }}:\n    Description: {{ output.description | yaml }}\n    Value: {{ output.value | yaml }}\n{% endfor %}\n",
    "partials/secrets.yaml.njk": "{# Secrets: one generated secret per purpose, never one reused for all, and the Celery broker URL, which embeds the cache token. All kept when the stack goes: a new SECRET_KEY logs everyone out and makes stored credentials unreadable. #}\n  {{ secrets.databaseMaster.logicalId }}:\n    Type: AWS::SecretsManager::Secret\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: {{ secrets.databaseMaster.name | yaml }}\n      Description: \"Dify database master user. Generated by the stack and never rotated: tasks read it when they start.\"\n      GenerateSecretString:\n        SecretStringTemplate: {{ secrets.databaseMaster.secretStringTemplate | yaml }}\n        GenerateStringKey: password\n        PasswordLength: {{ secrets.databaseMaster.passwordLength | yaml }}\n        ExcludePunctuation: true\n        IncludeSpace: false\n      Tags: {{ secrets.databaseMaster.tags | yaml }}\n{% for secret in secrets.generated %}\n  {{ secret.logicalId }}:\n    Type: AWS::SecretsManager::Secret\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: {{ secret.name | yaml }}\n      Description: {{ secret.description | yaml }}\n      GenerateSecretString:\n        PasswordLength: {{ secret.passwordLength | yaml }}\n        ExcludePunctuation: true\n        IncludeSpace: false\n      Tags: {{ secret.tags | yaml }}\n{% endfor %}\n  {{ secrets.celeryBrokerUrl.logicalId }}:\n    Type: AWS::SecretsManager::Secret\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: {{ secrets.celeryBrokerUrl.name | yaml }}\n      Description: \"Dify CELERY_BROKER_URL: the cache URL with its auth token\"\n      SecretString: {{ secrets.celeryBrokerUrl.secretString | yaml }}\n      Tags: {{ secrets.celeryBrokerUrl.tags | yaml }}\n",
    "partials/security-groups.yaml.njk": "{# Security groups: who may talk to whom. Tasks accept traffic from the load balancer, and from each other only on the API task's plugin daemon, sandbox and SSRF proxy ports; data only from tasks. #}\n  LoadBalancerSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"Dify load balancer: the allowed ranges on the listener ports\"\n      VpcId: {{ network.vpcId | yaml }}\n      SecurityGroupIngress:\n{% for rule in loadBalancer.ingress %}\n        - IpProtocol: tcp\n          FromPort: {{ rule.port | yaml }}\n          ToPort: {{ rule.port | yaml }}\n          CidrIp: {{ rule.cidr | yaml }}\n          Description: {{ rule.description | yaml }}\n{% endfor %}\n      Tags: {{ securityGroups.tags.loadBalancer | yaml }}\n  TaskSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"Dify tasks: the load balancer, and each other on the plugin daemon, sandbox and SSRF proxy ports\"\n      VpcId: {{ network.vpcId | yaml }}\n      Tags: {{ securityGroups.tags.task | yaml }}\n{% for target in securityGroups.taskPorts %}\n  TaskIngressPort{{ target.port }}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: {\"Ref\": \"TaskSecurityGroup\"}\n      IpProtocol: tcp\n      FromPort: {{ target.port | yaml }}\n      ToPort: {{ target.port | yaml }}\n      SourceSecurityGroupId: {\"Ref\": \"LoadBalancerSecurityGroup\"}\n      Description: {{ target.description | yaml }}\n{% endfor %}\n{% for rule in securityGroups.taskSelfIngress %}\n  {{ rule.logicalId }}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: {\"Ref\": \"TaskSecurityGroup\"}\n      IpProtocol: tcp\n      FromPort: {{ rule.port | yaml }}\n      ToPort: {{ rule.port | yaml }}\n      SourceSecurityGroupId: {\"Ref\": \"TaskSecurityGroup\"}\n      Description: {{ rule.description | yaml }}\n{% endfor %}\n  DatabaseSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"Dify database: PostgreSQL from the tasks only\"\n      VpcId: {{ network.vpcId | yaml }}\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 5432\n          ToPort: 5432\n          SourceSecurityGroupId: {\"Ref\": \"TaskSecurityGroup\"}\n          Description: \"PostgreSQL from the Dify tasks\"\n      Tags: {{ securityGroups.tags.database | yaml }}\n  CacheSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"Dify cache: Valkey from the tasks only\"\n      VpcId: {{ network.vpcId | yaml }}\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 6379\n          ToPort: 6379\n          SourceSecurityGroupId: {\"Ref\": \"TaskSecurityGroup\"}\n          Description: \"Valkey from the Dify tasks\"\n      Tags: {{ securityGroups.tags.cache | yaml }}\n{% if network.interfaceEndpoints.length > 0 %}\n  EndpointSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"VPC interface endpoints: HTTPS from the tasks\"\n      VpcId: {{ network.vpcId | yaml }}\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          SourceSecurityGroupId: {\"Ref\": \"TaskSecurityGroup\"}\n          Description: \"AWS APIs from the Dify tasks\"\n{% if securityGroups.smtpEndpoint %}\n        - IpProtocol: tcp\n          FromPort: 587\n          ToPort: 587\n          SourceSecurityGroupId: {\"Ref\": \"TaskSecurityGroup\"}\n          Description: \"SES SMTP from the Dify tasks\"\n{% endif %}\n      Tags: {{ securityGroups.tags.endpoint | yaml }}\n{% endif %}\n",
    "partials/services.yaml.njk": "{# Services: the ECS cluster on Fargate, a task definition and a service per Dify role, their log groups, and the Cloud Map name of the API tasks. Values come only through `| yaml`. #}\n{% for group in services.logGroups %}\n  {{ group.logicalId }}:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: {{ group.name | yaml }}\n      RetentionInDays: {{ services.logRetentionDays | yaml }}\n      Tags: {{ services.logTags | yaml }}\n{% endfor %}\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: {{ services.cluster.name | yaml }}\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enabled\n      Configuration:\n        ExecuteCommandConfiguration: {{ services.cluster.executeCommandConfiguration | yaml }}\n      Tags: {{ services.cluster.tags | yaml }}\n  ClusterCapacityProviders:\n    Type: AWS::ECS::ClusterCapacityProviderAssociations\n    Properties:\n      Cluster: {\"Ref\": \"Cluster\"}\n      CapacityProviders: [FARGATE, FARGATE_SPOT]\n      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Weight: 1\n{% for task in services.taskDefinitions %}\n  {{ task.logicalId }}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: {{ task.family | yaml }}\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: {{ task.cpu | yaml }}\n      Memory: {{ task.memory | yaml }}\n      RuntimePlatform:\n        OperatingSystemFamily: LINUX\n        CpuArchitecture: X86_64\n      ExecutionRoleArn: {{ services.executionRoleArn | yaml }}\n      TaskRoleArn: {{ task.taskRoleArn | yaml }}\n      ContainerDefinitions:\n{% for container in task.containers %}\n        - Name: {{ container.name | yaml }}\n          Image: {{ container.image | yaml }}\n          Essential: true\n{% if container.cpu is defined %}\n          Cpu: {{ container.cpu | yaml }}\n{% endif %}\n{% if container.memory is defined %}\n          Memory: {{ container.memory | yaml }}\n{% endif %}\n{% if container.memoryReservation is defined %}\n          MemoryReservation: {{ container.memoryReservation | yaml }}\n{% endif %}\n{% if container.entryPoint is defined %}\n          EntryPoint: {{ container.entryPoint | yaml }}\n{% endif %}\n{% if container.command is defined %}\n          Command: {{ container.command | yaml }}\n{% endif %}\n{% if container.ports.length > 0 %}\n          PortMappings:\n{% for port in container.ports %}\n            - ContainerPort: {{ port | yaml }}\n              Protocol: tcp\n{% endfor %}\n{% endif %}\n{% if container.environment.length > 0 %}\n          Environment:\n{% for variable in container.environment %}\n            - Name: {{ variable.name | yaml }}\n              Value: {{ variable.value | yaml }}\n{% endfor %}\n{% endif %}\n{% if container.secrets.length > 0 %}\n          Secrets:\n{% for secret in container.secrets %}\n            - Name: {{ secret.name | yaml }}\n              ValueFrom: {{ secret.value | yaml }}\n{% endfor %}\n{% endif %}\n{% if container.healthCheck is defined %}\n          HealthCheck: {{ container.healthCheck | yaml }}\n{% endif %}\n{% if container.dependsOn.length > 0 %}\n          DependsOn: {{ container.dependsOn | yaml }}\n{% endif %}\n          LinuxParameters:\n            InitProcessEnabled: true\n          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: {\"Ref\": {{ container.logGroup | yaml }}}\n              awslogs-region: {\"Ref\": \"AWS::Region\"}\n              awslogs-stream-prefix: {{ container.logStreamPrefix | yaml }}\n{% endfor %}\n      Tags: {{ task.tags | yaml }}\n{% endfor %}\n  {{ services.serviceDiscovery.namespace.logicalId }}:\n    Type: AWS::ServiceDiscovery::PrivateDnsNamespace\n    Properties:\n      Name: {{ services.serviceDiscovery.namespace.name | yaml }}\n      Description: \"Dify tasks: the names the worker reaches the API tasks by\"\n      Vpc: {{ services.serviceDiscovery.namespace.vpcId | yaml }}\n      Tags: {{ services.serviceDiscovery.namespace.tags | yaml }}\n  {{ services.serviceDiscovery.api.logicalId }}:\n    Type: AWS::ServiceDiscovery::Service\n    Properties:\n      Name: {{ services.serviceDiscovery.api.name | yaml }}\n      Description: \"Dify API tasks: plugin daemon, sandbox and SSRF proxy for the worker\"\n      NamespaceId: {\"Ref\": {{ services.serviceDiscovery.namespace.logicalId | yaml }}}\n      DnsConfig:\n        DnsRecords:\n          - Type: A\n            TTL: {{ services.serviceDiscovery.api.ttl | yaml }}\n        RoutingPolicy: MULTIVALUE\n      HealthCheckCustomConfig:\n        FailureThreshold: 1\n      Tags: {{ services.serviceDiscovery.api.tags | yaml }}\n{% for service in services.services %}\n  {{ service.logicalId }}:\n    Type: AWS::ECS::Service\n    DependsOn: {{ service.dependsOn | yaml }}\n    Properties:\n      Cluster: {\"Ref\": \"Cluster\"}\n      TaskDefinition: {\"Ref\": {{ service.taskDefinition | yaml }}}\n      DesiredCount: {{ service.desiredCount | yaml }}\n      CapacityProviderStrategy:\n        - CapacityProvider: {{ service.capacityProvider | yaml }}\n          Weight: 1\n      PlatformVersion: LATEST\n      EnableExecuteCommand: true\n      EnableECSManagedTags: true\n      PropagateTags: SERVICE\n      DeploymentConfiguration:\n        MaximumPercent: {{ service.maximumPercent | yaml }}\n        MinimumHealthyPercent: {{ service.minimumHealthyPercent | yaml }}\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: true\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: {{ services.subnetIds | yaml }}\n          SecurityGroups: [{\"Ref\": {{ services.securityGroup | yaml }}}]\n          AssignPublicIp: DISABLED\n{% if service.healthCheckGracePeriodSeconds is defined %}\n      HealthCheckGracePeriodSeconds: {{ service.healthCheckGracePeriodSeconds | yaml }}\n{% endif %}\n{% if service.loadBalancers.length > 0 %}\n      LoadBalancers:\n{% for target in service.loadBalancers %}\n        - ContainerName: {{ target.containerName | yaml }}\n          ContainerPort: {{ target.containerPort | yaml }}\n          TargetGroupArn: {\"Ref\": {{ target.targetGroup | yaml }}}\n{% endfor %}\n{% endif %}\n{% if service.discoveryService %}\n      ServiceRegistries:\n        - RegistryArn: {\"Fn::GetAtt\": [{{ service.discoveryService | yaml }}, \"Arn\"]}\n{% endif %}\n      Tags: {{ service.tags | yaml }}\n{% endfor %}\n",
    "stack.yaml.njk": "{# The Dify stack. Each area is one partial; values enter only through `| yaml` (a test checks it). #}\nAWSTemplateFormatVersion: \"2010-09-09\"\nDescription: {{ description | yaml }}\nMetadata:\n  DifyAwsKit: {{ metadata | yaml }}\nResources:\n{% include \"partials/network.yaml.njk\" %}\n{% include \"partials/security-groups.yaml.njk\" %}\n{% include \"partials/load-balancer.yaml.njk\" %}\n{% include \"partials/secrets.yaml.njk\" %}\n{% include \"partials/data.yaml.njk\" %}\n{% include \"partials/iam.yaml.njk\" %}\n{% include \"partials/services.yaml.njk\" %}\n{% if email %}\n{% include \"partials/email.yaml.njk\" %}\n{% endif %}\nOutputs:\n{% include \"partials/outputs.yaml.njk\" %}\n",
};

;// CONCATENATED MODULE: ./src/render/yaml-flow.ts
/**
 * Characters JSON.stringify leaves raw that YAML does not allow raw (C1
 * controls, line and paragraph separators, BOM, non-characters).
 */
const NOT_YAML_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** A value the template cannot hold: undefined, a function, NaN or Infinity. */
class UnrenderableValueError extends Error {
    constructor(what) {
        super(`cannot render ${what} into the template`);
        this.name = 'UnrenderableValueError';
    }
}
/**
 * Any value as one line of YAML: its JSON form, which YAML reads as a flow
 * scalar, sequence or mapping. This is the only way a value enters a
 * template, so no string, whatever it holds, can change the template's
 * structure: quotes, new lines, `: `, `#`, `!Ref` and `{{ }}` all stay inside
 * one quoted scalar.
 */
function toYamlFlow(value) {
    const json = JSON.stringify(value, (_key, v) => {
        if (typeof v === 'number' && !Number.isFinite(v))
            throw new UnrenderableValueError(String(v));
        if (typeof v === 'function' || typeof v === 'symbol')
            throw new UnrenderableValueError(`a ${typeof v}`);
        // Validation refuses them (text-hazards.ts); a template holding one would not parse anywhere else.
        if (typeof v === 'string' && /\p{Cs}/u.test(v))
            throw new UnrenderableValueError('an unpaired surrogate');
        return v;
    });
    if (json === undefined)
        throw new UnrenderableValueError('undefined');
    return json.replace(NOT_YAML_PRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/render/nunjucks-environment.ts



/** Serves the templates embedded at build time (templates/cloudformation/). */
class EmbeddedLoader {
    getSource(name) {
        const src = templateSources[name];
        if (src === undefined)
            throw new Error(`no template named ${name} in templates/cloudformation/`);
        return { src, path: name, noCache: false };
    }
}
let environment;
/**
 * The one nunjucks environment: an undefined value is an error, never an
 * empty string, and values enter the text only through the `yaml` filter.
 */
function renderEnvironment() {
    if (environment)
        return environment;
    environment = new (nunjucks_default()).Environment(new EmbeddedLoader(), {
        autoescape: false,
        throwOnUndefined: true,
        trimBlocks: true,
        lstripBlocks: true,
    });
    environment.addFilter('yaml', toYamlFlow);
    return environment;
}


/***/ }),

/***/ 3958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ renderAndLint)
/* harmony export */ });
/* harmony import */ var _lint_lint_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8568);
/* harmony import */ var _render_stack_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);


/** Render the stack and lint it: what render, preflight and deploy all do before anything is written. */
function renderAndLint(environment, kitVersion) {
    const rendered = (0,_render_stack_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStack */ .x)(environment, kitVersion);
    const lint = (0,_lint_lint_template_js__WEBPACK_IMPORTED_MODULE_0__/* .lintTemplate */ .e)({ template: rendered.template, text: rendered.text, environment });
    return { rendered, lint };
}


/***/ }),

/***/ 2856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ RenderError),
  x: () => (/* binding */ renderStack)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/render/intrinsics.ts
var intrinsics = __webpack_require__(3822);
// EXTERNAL MODULE: ./src/render/logical-ids.ts
var logical_ids = __webpack_require__(4744);
// EXTERNAL MODULE: ./src/render/model/email-model.ts
var email_model = __webpack_require__(7506);
// EXTERNAL MODULE: ./src/render/model/secrets-model.ts
var secrets_model = __webpack_require__(3548);
;// CONCATENATED MODULE: ./src/render/model/data-model.ts




/**
 * Aurora PostgreSQL 16.13: the newest 16.x minor, so the longest time before
 * AWS retires it and forces an upgrade. Any 16.3 or later can scale to 0 ACU
 * (auto-pause) and offers the Data API for Serverless v2; 16.x ships pgvector
 * 0.8. A new minor takes a deploy; auto minor version upgrades may move the
 * running cluster ahead of this value.
 */
const DATABASE_ENGINE_VERSION = '16.13';
const DATABASE_NAME = 'dify';
const VECTOR_DATABASE_NAME = 'dify_vector';
const PLUGIN_DATABASE_NAME = 'dify_plugin';
/**
 * With minCapacity 0, pause after ten idle minutes: a short break costs no
 * 15-second resume, nights and weekends still pause.
 */
const SECONDS_UNTIL_AUTO_PAUSE = 600;
/** Valkey 8.2, the newest 8.x on ElastiCache (aws-samples runs 8.0; Celery and redis-py need nothing newer). */
const CACHE_ENGINE_VERSION = '8.2';
/** The key the plugin daemon HEADs before it reloads installed plugins from S3 (dify-plugin-daemon#35). */
const PLUGIN_STORAGE_PREFIX = 'plugins';
/** Overwritten and deleted files stay recoverable for 30 days, then go. */
const NONCURRENT_VERSION_EXPIRATION_DAYS = 30;
const ABORT_INCOMPLETE_UPLOAD_DAYS = 7;
/** The bootstrap function's own limit, and how long CloudFormation waits for its answer (a little longer). */
const BOOTSTRAP_TIMEOUT_SECONDS = 600;
const BOOTSTRAP_SERVICE_TIMEOUT_SECONDS = 900;
/** Logical ids only the data area uses. */
const DataLogicalIds = {
    bootstrapLogGroup: 'BootstrapFunctionLogGroup',
};
function buildDataModel(env, network) {
    const tags = (suffix) => (0,intrinsics/* tagList */.Tw)(`${env.stackName}-${suffix}`, env.tags);
    const { minCapacity, maxCapacity, backupRetentionDays, deletionProtection } = env.database;
    const replicas = env.cache.replicas;
    const clusterArn = (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.databaseCluster, 'DBClusterArn');
    const masterSecret = (0,secrets_model/* masterSecretArn */.C5)();
    const bucketArn = (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.bucket, 'Arn');
    const placeholderArn = (0,intrinsics/* sub */.jb)(`\${${logical_ids/* LogicalIds */.K.bucket}.Arn}/${PLUGIN_STORAGE_PREFIX}`);
    const bootstrapPolicyStatements = [
        {
            Sid: 'PrepareDatabases',
            Effect: 'Allow',
            Action: ['rds-data:ExecuteStatement'],
            Resource: [clusterArn],
        },
        {
            Sid: 'ReadMasterSecret',
            Effect: 'Allow',
            Action: ['secretsmanager:GetSecretValue'],
            Resource: [masterSecret],
        },
        { Sid: 'PutPluginPlaceholder', Effect: 'Allow', Action: ['s3:PutObject'], Resource: [placeholderArn] },
        ...(env.email ? (0,email_model/* smtpBootstrapStatements */.BV)() : []),
    ];
    return {
        database: {
            host: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.databaseCluster, 'Endpoint.Address'),
            port: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.databaseCluster, 'Endpoint.Port'),
            name: DATABASE_NAME,
            vectorDatabase: VECTOR_DATABASE_NAME,
            pluginDatabase: PLUGIN_DATABASE_NAME,
            clusterArn,
            masterSecretArn: masterSecret,
            masterUsername: (0,secrets_model/* masterCredential */.Q2)('username'),
            masterPassword: (0,secrets_model/* masterCredential */.Q2)('password'),
        },
        cache: {
            host: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.cache, 'PrimaryEndPoint.Address'),
            port: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.cache, 'PrimaryEndPoint.Port'),
        },
        bucket: { name: (0,intrinsics/* ref */.KR)(logical_ids/* LogicalIds */.K.bucket), arn: bucketArn },
        pluginStoragePrefix: PLUGIN_STORAGE_PREFIX,
        bootstrapPolicyStatements,
        bootstrapLogGroupArn: (0,intrinsics/* getAtt */.CN)(DataLogicalIds.bootstrapLogGroup, 'Arn'),
        servicesDependOn: [logical_ids/* LogicalIds */.K.databasePreparation, logical_ids/* LogicalIds */.K.pluginStoragePlaceholder],
        resources: {
            database: {
                engineVersion: DATABASE_ENGINE_VERSION,
                scaling: {
                    MinCapacity: minCapacity,
                    MaxCapacity: maxCapacity,
                    ...(minCapacity === 0 ? { SecondsUntilAutoPause: SECONDS_UNTIL_AUTO_PAUSE } : {}),
                },
                backupRetentionDays,
                deletionProtection,
                subnetIds: network.privateSubnetIds,
                tags: tags('database'),
                instanceTags: tags('database-writer'),
            },
            cache: {
                engineVersion: CACHE_ENGINE_VERSION,
                nodeType: env.cache.nodeType,
                numCacheClusters: 1 + replicas,
                multiAz: replicas >= 1,
                authToken: (0,secrets_model/* cacheAuthTokenReference */.fz)(),
                subnetIds: network.privateSubnetIds,
                tags: tags('cache'),
            },
            bucket: {
                noncurrentVersionExpirationDays: NONCURRENT_VERSION_EXPIRATION_DAYS,
                abortIncompleteUploadDays: ABORT_INCOMPLETE_UPLOAD_DAYS,
                tags: tags('storage'),
            },
            bootstrap: {
                logGroupLogicalId: DataLogicalIds.bootstrapLogGroup,
                logRetentionDays: env.operations.logRetentionDays,
                timeoutSeconds: BOOTSTRAP_TIMEOUT_SECONDS,
                serviceTimeoutSeconds: BOOTSTRAP_SERVICE_TIMEOUT_SECONDS,
                tags: tags('bootstrap'),
                databases: [
                    { Name: VECTOR_DATABASE_NAME, Extensions: ['vector'] },
                    { Name: PLUGIN_DATABASE_NAME, Extensions: [] },
                ],
            },
        },
    };
}

// EXTERNAL MODULE: ./src/bootstrap/identity-names.ts
var identity_names = __webpack_require__(9815);
// EXTERNAL MODULE: ./src/environment/bedrock-model-ids.ts
var bedrock_model_ids = __webpack_require__(5772);
// EXTERNAL MODULE: ./src/environment/checks/ecs002-api-task-fits.ts
var ecs002_api_task_fits = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/render/model/services-model.ts




/** Every container the stack runs, each with a log group of its own. */
const CONTAINER_NAMES = [
    'api',
    'worker',
    'beat',
    'web',
    'pluginDaemon',
    'sandbox',
    'ssrfProxy',
];
/**
 * The SSRF proxy image. Dify's compose runs `ubuntu/squid:latest`, which the
 * kit refuses; this is Canonical's 24.04 channel, the one `latest` resolved to
 * (it ships Squid 6.13), pinned by its multi-platform index digest because the
 * channel tag itself is re-pushed. Source: public pins of
 * `ubuntu/squid:6.6-24.04_beta@sha256:6a097f68…` in GitHub code found with
 * find_string "ubuntu/squid:6" (a Terraform default, a Dockerfile and an e2e
 * script that verified `squid -v` in the image), and hub.docker.com/r/ubuntu/squid.
 * ECR mirrors carry the tag only (a mirror may re-index the image).
 */
const SSRF_PROXY_IMAGE = { repository: 'ubuntu/squid', tag: '6.6-24.04_beta' };
const SSRF_PROXY_IMAGE_DIGEST = 'sha256:6a097f68bae708cedbabd6188d68c7e2e7a38cedd05a176e1cc0ba29e3bbe029';
const API_PORT = 5001;
const PLUGIN_DAEMON_PORT = 5002;
const SANDBOX_PORT = 8194;
const SSRF_PROXY_PORT = 3128;
const WEB_PORT = 3000;
/** The API runs database migrations when it starts: give it time before the load balancer's checks count. */
const API_HEALTH_CHECK_GRACE_SECONDS = 600;
const WEB_HEALTH_CHECK_GRACE_SECONDS = 120;
/** Where the plugin daemon runs plugins (its local disk). */
const PLUGIN_WORKING_PATH = '/app/storage/cwd';
/** Hosts the plugin daemon (and the API) reach directly even when an egress proxy is set. */
const NO_PROXY_HOSTS = [
    'localhost',
    '127.0.0.1',
    '169.254.169.254',
    '169.254.170.2',
    '.amazonaws.com',
];
const localhost = (port) => `http://localhost:${port}`;
/** The Cloud Map name the API tasks register under, in the environment's private DNS namespace. */
const API_DISCOVERY_NAME = 'api';
/** Seconds a resolver keeps an API task's address: short, so a replaced task drops out quickly. */
const API_DISCOVERY_TTL_SECONDS = 10;
/** The environment's private DNS namespace: `<environment>.dify.internal`. */
const serviceDiscoveryNamespaceName = (env) => `${env.name}.dify.internal`;
/** The name that resolves to the API tasks (each task's address, MULTIVALUE): `api.<environment>.dify.internal`. */
const apiDiscoveryHostName = (env) => `${API_DISCOVERY_NAME}.${serviceDiscoveryNamespaceName(env)}`;
/** Logical id of a container's log group. */
const logGroupLogicalId = (container) => logical_ids/* LogicalIds */.K.logGroup(container);
/** A container's log group name: `/dify/<environment>/<container>`. */
const logGroupName = (env, container) => `/dify/${env.name}/${container}`;
/** ECS on Fargate: the cluster, the api, worker, beat and web task definitions and services, and their logs. */
function buildServicesModel(env, areas) {
    const { loadBalancer, data, iam } = areas;
    const tags = (suffix) => (0,intrinsics/* tagList */.Tw)(`${env.stackName}-${suffix}`, env.tags);
    const vars = containerVariables(env, areas);
    const images = imagesOf(env);
    const container = (name, image, options = {}) => ({
        name,
        image,
        ...options,
        ports: options.ports ?? [],
        dependsOn: options.dependsOn ?? [],
        environment: vars[name].environment,
        secrets: vars[name].secrets,
        logGroup: logGroupLogicalId(name),
        logStreamPrefix: 'dify',
    });
    const { api, worker, beat, web, pluginDaemon, sandbox } = env.dify.services;
    const apiContainerCpu = api.cpu - pluginDaemon.cpu - sandbox.cpu - ecs002_api_task_fits/* SSRF_PROXY_CPU_UNITS */.dg;
    const apiContainerMemory = api.memory - pluginDaemon.memory - sandbox.memory - ecs002_api_task_fits/* SSRF_PROXY_MEMORY_MIB */.$z;
    const apiTaskFamily = `${env.stackName}-api`;
    const taskDefinitions = [
        {
            logicalId: logical_ids/* LogicalIds */.K.apiTaskDefinition,
            taskRoleArn: iam.taskRoleArn,
            family: apiTaskFamily,
            cpu: String(api.cpu),
            memory: String(api.memory),
            containers: [
                container('api', images.api, {
                    cpu: apiContainerCpu,
                    memoryReservation: apiContainerMemory,
                    ports: [API_PORT],
                    // The image has curl (Dify's compose checks it the same way). Migrations run first: allow the longest start.
                    healthCheck: healthCheck(['CMD-SHELL', `curl -f ${localhost(API_PORT)}/health || exit 1`], 300),
                }),
                // No health check: the image has no reliable probe, and the load balancer checks /health/check.
                container('pluginDaemon', images.pluginDaemon, {
                    cpu: pluginDaemon.cpu,
                    memory: pluginDaemon.memory,
                    ports: [PLUGIN_DAEMON_PORT],
                }),
                container('sandbox', images.sandbox, {
                    cpu: sandbox.cpu,
                    memory: sandbox.memory,
                    healthCheck: healthCheck(['CMD-SHELL', `curl -f ${localhost(SANDBOX_PORT)}/health || exit 1`], 60),
                    // Its dependencies install through the proxy when it starts.
                    dependsOn: [{ ContainerName: 'ssrfProxy', Condition: 'HEALTHY' }],
                }),
                container('ssrfProxy', images.ssrfProxy, {
                    cpu: ecs002_api_task_fits/* SSRF_PROXY_CPU_UNITS */.dg,
                    memory: ecs002_api_task_fits/* SSRF_PROXY_MEMORY_MIB */.$z,
                    // The image's entrypoint runs squid with the command as its arguments: replace it with a shell
                    // that writes the configuration the task definition carries, then runs squid in the foreground.
                    entryPoint: ['/bin/sh', '-c'],
                    command: [SQUID_COMMAND],
                    // bash's /dev/tcp: no HTTP client is needed to see the port accept connections.
                    healthCheck: healthCheck(['CMD', 'bash', '-c', `</dev/tcp/127.0.0.1/${SSRF_PROXY_PORT}`], 10),
                }),
            ],
            tags: tags('api'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.workerTaskDefinition,
            taskRoleArn: iam.taskRoleArn,
            family: `${env.stackName}-worker`,
            cpu: String(worker.cpu),
            memory: String(worker.memory),
            // Celery's ping is what Dify's compose would use, and it disables it by default: no health check.
            containers: [container('worker', images.api)],
            tags: tags('worker'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.beatTaskDefinition,
            taskRoleArn: iam.execOnlyTaskRoleArn,
            family: `${env.stackName}-beat`,
            cpu: String(beat.cpu),
            memory: String(beat.memory),
            containers: [container('beat', images.api)],
            tags: tags('beat'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.webTaskDefinition,
            taskRoleArn: iam.execOnlyTaskRoleArn,
            family: `${env.stackName}-web`,
            cpu: String(web.cpu),
            memory: String(web.memory),
            containers: [
                container('web', images.web, {
                    ports: [WEB_PORT],
                    // The web image has no curl: node's fetch. A redirect (to the sign-in page) is healthy, as for the load balancer.
                    healthCheck: healthCheck([
                        'CMD',
                        'node',
                        '-e',
                        `fetch('${localhost(WEB_PORT)}/',{redirect:'manual'}).then(r=>process.exit(r.status<400?0:1),()=>process.exit(1))`,
                    ], 30),
                }),
            ],
            tags: tags('web'),
        },
    ];
    const spot = env.dify.fargateSpot ? 'FARGATE_SPOT' : 'FARGATE';
    const loadBalanced = [loadBalancer.routingListener, ...loadBalancer.rules.map((rule) => rule.logicalId)];
    const afterData = [logical_ids/* LogicalIds */.K.clusterCapacityProviders, ...data.servicesDependOn];
    const services = [
        {
            logicalId: logical_ids/* LogicalIds */.K.apiService,
            taskDefinition: logical_ids/* LogicalIds */.K.apiTaskDefinition,
            desiredCount: api.desiredCount,
            capacityProvider: spot,
            maximumPercent: 200,
            minimumHealthyPercent: 100,
            healthCheckGracePeriodSeconds: API_HEALTH_CHECK_GRACE_SECONDS,
            loadBalancers: [
                { containerName: 'api', containerPort: API_PORT, targetGroup: logical_ids/* LogicalIds */.K.apiTargetGroup },
                {
                    containerName: 'pluginDaemon',
                    containerPort: PLUGIN_DAEMON_PORT,
                    targetGroup: logical_ids/* LogicalIds */.K.pluginDaemonTargetGroup,
                },
            ],
            discoveryService: logical_ids/* LogicalIds */.K.apiDiscoveryService,
            dependsOn: [...afterData, ...loadBalanced],
            tags: tags('api'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.workerService,
            taskDefinition: logical_ids/* LogicalIds */.K.workerTaskDefinition,
            desiredCount: worker.desiredCount,
            capacityProvider: spot,
            maximumPercent: 200,
            minimumHealthyPercent: 100,
            loadBalancers: [],
            dependsOn: afterData,
            tags: tags('worker'),
        },
        {
            // Celery beat must never run twice: one task, and a deployment stops the old one before starting the new.
            logicalId: logical_ids/* LogicalIds */.K.beatService,
            taskDefinition: logical_ids/* LogicalIds */.K.beatTaskDefinition,
            desiredCount: 1,
            capacityProvider: 'FARGATE',
            maximumPercent: 100,
            minimumHealthyPercent: 0,
            loadBalancers: [],
            dependsOn: afterData,
            tags: tags('beat'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.webService,
            taskDefinition: logical_ids/* LogicalIds */.K.webTaskDefinition,
            desiredCount: web.desiredCount,
            capacityProvider: spot,
            maximumPercent: 200,
            minimumHealthyPercent: 100,
            healthCheckGracePeriodSeconds: WEB_HEALTH_CHECK_GRACE_SECONDS,
            loadBalancers: [
                { containerName: 'web', containerPort: WEB_PORT, targetGroup: logical_ids/* LogicalIds */.K.webTargetGroup },
            ],
            dependsOn: [logical_ids/* LogicalIds */.K.clusterCapacityProviders, ...loadBalanced],
            tags: tags('web'),
        },
    ];
    const kmsKeyId = env.operations.execSessionKmsKeyArn;
    return {
        cluster: {
            name: env.stackName,
            executeCommandConfiguration: { Logging: 'NONE', ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}) },
            tags: tags('cluster'),
        },
        logGroups: CONTAINER_NAMES.map((name) => ({
            logicalId: logGroupLogicalId(name),
            container: name,
            name: logGroupName(env, name),
        })),
        logRetentionDays: env.operations.logRetentionDays,
        logTags: tags('logs'),
        apiTaskFamily,
        executionRoleArn: iam.executionRoleArn,
        taskDefinitions,
        services,
        subnetIds: areas.network.privateSubnetIds,
        securityGroup: logical_ids/* LogicalIds */.K.taskSecurityGroup,
        serviceDiscovery: {
            namespace: {
                logicalId: logical_ids/* LogicalIds */.K.serviceDiscoveryNamespace,
                name: serviceDiscoveryNamespaceName(env),
                vpcId: areas.network.vpcId,
                tags: tags('discovery'),
            },
            api: {
                logicalId: logical_ids/* LogicalIds */.K.apiDiscoveryService,
                name: API_DISCOVERY_NAME,
                hostName: apiDiscoveryHostName(env),
                ttl: API_DISCOVERY_TTL_SECONDS,
                tags: tags('api-discovery'),
            },
        },
    };
}
function healthCheck(command, startPeriod) {
    return { Command: command, Interval: 30, Timeout: 5, Retries: 3, StartPeriod: startPeriod };
}
/** Image references: one pinned tag per image, from Docker Hub or from the account's ECR mirror. */
function imagesOf(env) {
    const { version, pluginDaemonVersion, sandboxVersion, images } = env.dify;
    if (pluginDaemonVersion === undefined || sandboxVersion === undefined) {
        throw new Error(`Dify ${version} has no plugin daemon or sandbox version to run with it; the environment checks (IMG002) should have refused it`);
    }
    if (images.source === 'ecr') {
        const registry = `${env.accountId}.dkr.ecr.${env.region}.amazonaws.com/${images.ecrRepositoryPrefix}`;
        return {
            api: `${registry}/dify-api:${version}`,
            web: `${registry}/dify-web:${version}`,
            pluginDaemon: `${registry}/dify-plugin-daemon:${pluginDaemonVersion}`,
            sandbox: `${registry}/dify-sandbox:${sandboxVersion}`,
            ssrfProxy: `${registry}/squid:${SSRF_PROXY_IMAGE.tag}`,
        };
    }
    return {
        api: `langgenius/dify-api:${version}`,
        web: `langgenius/dify-web:${version}`,
        pluginDaemon: `langgenius/dify-plugin-daemon:${pluginDaemonVersion}`,
        sandbox: `langgenius/dify-sandbox:${sandboxVersion}`,
        ssrfProxy: `${SSRF_PROXY_IMAGE.repository}:${SSRF_PROXY_IMAGE.tag}@${SSRF_PROXY_IMAGE_DIGEST}`,
    };
}
/**
 * What each container is told, Dify 1.x with pgvector and S3 (reference §1.3–1.7, §2.3). Secrets only as
 * valueFrom, never as plain values. The plugin daemon and the sandbox get only what they use: plugins
 * inherit the daemon's environment, so it never sees SECRET_KEY.
 */
function containerVariables(env, areas) {
    const { secrets, data, email, loadBalancer, network } = areas;
    const { plugins } = env.dify;
    const closedNetwork = env.network.egress === 'none';
    const egressProxy = plugins.egressProxyUrl;
    const url = loadBalancer.url;
    const valueFrom = secrets.valueFrom;
    const port = (value) => (typeof value === 'number' ? String(value) : value);
    const database = {
        environment: { DB_HOST: data.database.host, DB_PORT: port(data.database.port) },
        secrets: { DB_USERNAME: valueFrom.databaseUsername, DB_PASSWORD: valueFrom.databasePassword },
    };
    const cache = {
        environment: { REDIS_HOST: data.cache.host, REDIS_PORT: port(data.cache.port), REDIS_USE_SSL: 'true' },
        secrets: { REDIS_PASSWORD: valueFrom.cacheAuthToken },
    };
    // The worker reaches the API tasks by their private DNS name: direct too, never through the egress proxy.
    const noProxy = [...NO_PROXY_HOSTS, `.${serviceDiscoveryNamespaceName(env)}`].join(',');
    const egress = {
        environment: egressProxy ? { HTTP_PROXY: egressProxy, HTTPS_PROXY: egressProxy, NO_PROXY: noProxy } : {},
        secrets: {},
    };
    /** api, worker and beat: the same image, with Dify's shared settings. */
    const core = (mode) => ({
        environment: {
            MODE: mode,
            MIGRATION_ENABLED: mode === 'api' && env.dify.autoMigrateDatabase ? 'true' : 'false',
            CONSOLE_API_URL: url,
            CONSOLE_WEB_URL: url,
            SERVICE_API_URL: url,
            APP_API_URL: url,
            APP_WEB_URL: url,
            FILES_URL: url,
            TRIGGER_URL: url,
            ENDPOINT_URL_TEMPLATE: appendPath(url, '/e/{hook_id}'),
            // The plugin daemon fetches files here, beside the api in the same task.
            INTERNAL_FILES_URL: localhost(API_PORT),
            MARKETPLACE_ENABLED: closedNetwork && !egressProxy ? 'false' : 'true',
            ...(closedNetwork ? { CHECK_UPDATE_URL: '' } : {}),
            ...database.environment,
            DB_DATABASE: data.database.name,
            SQLALCHEMY_POOL_PRE_PING: 'true',
            ...cache.environment,
            BROKER_USE_SSL: 'true',
            STORAGE_TYPE: 's3',
            S3_BUCKET_NAME: data.bucket.name,
            S3_REGION: env.region,
            S3_USE_AWS_MANAGED_IAM: 'true',
            VECTOR_STORE: 'pgvector',
            PGVECTOR_HOST: data.database.host,
            PGVECTOR_PORT: port(data.database.port),
            PGVECTOR_DATABASE: data.database.vectorDatabase,
        },
        secrets: {
            SECRET_KEY: valueFrom.secretKey,
            ...database.secrets,
            PGVECTOR_USER: valueFrom.databaseUsername,
            PGVECTOR_PASSWORD: valueFrom.databasePassword,
            ...cache.secrets,
            CELERY_BROKER_URL: valueFrom.celeryBrokerUrl,
        },
    });
    /**
     * What api and worker need to call the plugin daemon, the sandbox and the SSRF proxy, which run in the
     * API task: the api container reaches them over localhost; the worker, in a task of its own, through
     * the API tasks' Cloud Map name (`api.<namespace>`, one A record per task), which the task security
     * group admits from the tasks on these three ports only. INTERNAL_FILES_URL stays on localhost for
     * both: the plugin daemon, beside an api container, is what fetches it.
     */
    const clients = (host) => ({
        environment: {
            PLUGIN_DAEMON_URL: host(PLUGIN_DAEMON_PORT),
            CODE_EXECUTION_ENDPOINT: host(SANDBOX_PORT),
            SSRF_PROXY_HTTP_URL: host(SSRF_PROXY_PORT),
            SSRF_PROXY_HTTPS_URL: host(SSRF_PROXY_PORT),
        },
        secrets: {
            PLUGIN_DAEMON_KEY: valueFrom.pluginDaemonKey,
            INNER_API_KEY_FOR_PLUGIN: valueFrom.pluginInnerApiKey,
            CODE_EXECUTION_API_KEY: valueFrom.sandboxApiKey,
        },
    });
    const apiTasks = (port) => `http://${apiDiscoveryHostName(env)}:${port}`;
    const mail = email
        ? {
            environment: {
                MAIL_TYPE: 'smtp',
                MAIL_DEFAULT_SEND_FROM: (0,intrinsics/* literalText */.bK)(email.fromAddress),
                SMTP_SERVER: email.smtpHost,
                SMTP_PORT: String(email.smtpPort),
                SMTP_USE_TLS: 'true',
                // 465 is TLS from the first byte; any other port (587) starts plain and upgrades with STARTTLS.
                SMTP_OPPORTUNISTIC_TLS: email.smtpPort === 465 ? 'false' : 'true',
            },
            secrets: { SMTP_USERNAME: email.smtpUsernameValueFrom, SMTP_PASSWORD: email.smtpPasswordValueFrom },
        }
        : { environment: {}, secrets: {} };
    const pipMirror = plugins.pipMirrorUrl
        ? { PIP_MIRROR_URL: plugins.pipMirrorUrl }
        : {};
    const pluginDaemon = {
        environment: {
            GIN_MODE: 'release',
            SERVER_PORT: String(PLUGIN_DAEMON_PORT),
            DIFY_INNER_API_URL: localhost(API_PORT),
            ...database.environment,
            DB_DATABASE: data.database.pluginDatabase,
            DB_SSL_MODE: 'require',
            ...cache.environment,
            PLUGIN_STORAGE_TYPE: 'aws_s3',
            PLUGIN_STORAGE_OSS_BUCKET: data.bucket.name,
            PLUGIN_INSTALLED_PATH: data.pluginStoragePrefix,
            S3_USE_AWS_MANAGED_IAM: 'true',
            S3_USE_PATH_STYLE: 'false',
            AWS_REGION: env.region,
            PLUGIN_WORKING_PATH,
            // Remote debugging listens on 5003, which nothing outside the task can reach.
            PLUGIN_REMOTE_INSTALLING_ENABLED: 'false',
            ...pipMirror,
            ...egress.environment,
        },
        secrets: {
            SERVER_KEY: valueFrom.pluginDaemonKey,
            DIFY_INNER_API_KEY: valueFrom.pluginInnerApiKey,
            ...database.secrets,
            ...cache.secrets,
        },
    };
    const sandbox = {
        environment: {
            GIN_MODE: 'release',
            SANDBOX_PORT: String(SANDBOX_PORT),
            WORKER_TIMEOUT: '15',
            ENABLE_NETWORK: 'true',
            // Sandboxed code reaches the network only through the SSRF proxy.
            HTTP_PROXY: localhost(SSRF_PROXY_PORT),
            HTTPS_PROXY: localhost(SSRF_PROXY_PORT),
            ...pipMirror,
            ...(env.dify.sandbox.allowAnySyscalls ? { ALLOWED_SYSCALLS: ALL_SYSCALLS } : {}),
        },
        secrets: { API_KEY: valueFrom.sandboxApiKey },
    };
    const web = {
        environment: {
            CONSOLE_API_URL: url,
            APP_API_URL: url,
            // Next.js binds to HOSTNAME, which Fargate sets to the task's own name: listen everywhere instead.
            HOSTNAME: '0.0.0.0',
            PORT: String(WEB_PORT),
            NEXT_TELEMETRY_DISABLED: '1',
        },
        secrets: {},
    };
    const ssrfProxy = {
        environment: { SQUID_CONF: squidConfiguration(env, network.vpcCidr) },
        secrets: {},
    };
    const base = {
        api: [core('api'), clients(localhost), egress, mail],
        worker: [core('worker'), clients(apiTasks), egress, mail],
        beat: [core('beat')],
        web: [web],
        pluginDaemon: [pluginDaemon],
        sandbox: [sandbox],
        ssrfProxy: [ssrfProxy],
    };
    const result = {};
    for (const name of CONTAINER_NAMES) {
        const merged = withUserVariables(merge(base[name]), userVariables(env, name));
        result[name] = { environment: sortedEntries(merged.environment), secrets: sortedEntries(merged.secrets) };
    }
    return result;
}
/** The user's dify.environment entries that target the container: literals as plain variables, the rest as secrets. */
function userVariables(env, container) {
    const environment = {};
    const secrets = {};
    for (const variable of env.dify.environment) {
        if (!variable.targets.includes(container))
            continue;
        if (variable.value !== undefined)
            environment[variable.name] = (0,intrinsics/* literalText */.bK)(variable.value);
        else if (variable.fromSsmParameter !== undefined)
            secrets[variable.name] = (0,secrets_model/* parameterArn */.vi)(env, variable.fromSsmParameter);
        else if (variable.fromSecret !== undefined)
            secrets[variable.name] = secretValueFrom(env, variable.fromSecret, variable.jsonKey);
    }
    return { environment, secrets };
}
/**
 * ECS valueFrom of a user's Secrets Manager secret: the ARN as given, or a name as the secret's partial ARN in
 * the stack's account and region (ECS parses a JSON key only after an ARN), with `:<jsonKey>::` for one key.
 */
function secretValueFrom(env, nameOrArn, jsonKey) {
    const arn = nameOrArn.startsWith('arn:')
        ? nameOrArn
        : `arn:aws:secretsmanager:${env.region}:${env.accountId}:secret:${nameOrArn}`;
    return (0,intrinsics/* literalText */.bK)(jsonKey === undefined ? arn : `${arn}:${jsonKey}::`);
}
function merge(parts) {
    const environment = {};
    const secrets = {};
    for (const part of parts) {
        Object.assign(environment, part.environment);
        Object.assign(secrets, part.secrets);
    }
    return { environment, secrets };
}
/**
 * The user's variables on top of the kit's. ENV001 refuses the names the kit must own (KIT_MANAGED_VARIABLES);
 * any other kit setting (WORKER_TIMEOUT, GIN_MODE…) is a default the user's entry replaces, whatever its kind.
 */
function withUserVariables(kit, user) {
    const environment = { ...kit.environment };
    const secrets = { ...kit.secrets };
    for (const name of [...Object.keys(user.environment), ...Object.keys(user.secrets)]) {
        delete environment[name];
        delete secrets[name];
    }
    return { environment: { ...environment, ...user.environment }, secrets: { ...secrets, ...user.secrets } };
}
function sortedEntries(values) {
    return Object.keys(values)
        .sort()
        .map((name) => ({ name, value: values[name] }));
}
/** `<url><path>` whether the URL is a string or an intrinsic (the load balancer's DNS name without a domain). */
function appendPath(url, path) {
    if (typeof url === 'string')
        return `${url}${path}`;
    if ('Fn::Join' in url && url['Fn::Join'][0] === '')
        return { 'Fn::Join': ['', [...url['Fn::Join'][1], path]] };
    return { 'Fn::Join': ['', [url, path]] };
}
/** ALLOWED_SYSCALLS when any system call is allowed: every x86-64 syscall number, 0 to 456 (as aws-samples does). */
const ALL_SYSCALLS = Array.from({ length: 457 }, (_, i) => i).join(',');
// ---------------------------------------------------------------------------------------------------------------
// The SSRF proxy
/** Writes the configuration from SQUID_CONF, forwards squid's logs to the container's output, runs squid in the foreground. */
const SQUID_COMMAND = [
    'printf "%s\\n" "$SQUID_CONF" > /etc/squid/squid.conf',
    'tail -F /var/log/squid/access.log /var/log/squid/cache.log 2>/dev/null &',
    'exec /usr/sbin/squid -f /etc/squid/squid.conf -NYC',
].join('\n');
/**
 * IPv4 and IPv6 ranges no request from Dify may reach: private, loopback, link-local, multicast, reserved,
 * as upstream's template has them but for `::ffff:0:0/96`: squid keeps IPv4 addresses in that mapped form,
 * so to squid it means every IPv4 address (squid only drops it with a warning because 0.0.0.0/8 overlaps it).
 */
const SSRF_DENIED_RANGES = [
    '0.0.0.0/8',
    '10.0.0.0/8',
    '100.64.0.0/10',
    '127.0.0.0/8',
    '169.254.0.0/16',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '224.0.0.0/4',
    '240.0.0.0/4',
    '::/128',
    '::1/128',
    'fc00::/7',
    'fe80::/10',
];
/**
 * squid.conf of the SSRF proxy, after Dify's docker/ssrf_proxy/squid.conf.template: clients from
 * localhost (the containers of the API task) and from the VPC's range (the worker, through service
 * discovery; the task security group admits only the tasks on 3128), the instance metadata and task
 * credential endpoints and every private range denied as destinations, port 3128. A PyPI mirror inside
 * the VPC (a CodeArtifact endpoint) is let through by name for the API task's sandbox only; an egress
 * proxy becomes squid's parent for everything else.
 */
function squidConfiguration(env, vpcCidr) {
    const { egressProxyUrl, pipMirrorUrl } = env.dify.plugins;
    const mirrorHost = pipMirrorUrl ? new URL(pipMirrorUrl).hostname : undefined;
    const parent = egressProxyUrl ? new URL(egressProxyUrl) : undefined;
    const lines = [
        `http_port ${SSRF_PROXY_PORT}`,
        'acl SSL_ports port 443',
        'acl Safe_ports port 80 443 1025-65535',
        'acl CONNECT method CONNECT',
        `acl from_vpc src ${vpcCidr}`,
        'acl to_metadata dst 169.254.169.254/32 169.254.170.2/32',
        `acl to_private_networks dst ${SSRF_DENIED_RANGES.join(' ')}`,
        ...(mirrorHost ? [`acl pip_mirror dstdomain ${mirrorHost}`] : []),
        'http_access deny !Safe_ports',
        'http_access deny CONNECT !SSL_ports',
        'http_access deny manager',
        'http_access deny to_metadata',
        ...(mirrorHost ? ['http_access allow localhost pip_mirror'] : []),
        'http_access deny to_private_networks',
        'http_access allow localhost',
        'http_access allow from_vpc',
        'http_access deny all',
        ...(parent ? parentProxy(parent, mirrorHost !== undefined) : []),
        'cache deny all',
        'coredump_dir /var/spool/squid',
        'client_request_buffer_max_size 100 MB',
    ];
    return `${lines.join('\n')}\n`;
}
function parentProxy(url, directMirror) {
    const tls = url.protocol === 'https:';
    const port = url.port === '' ? (tls ? 443 : 80) : Number(url.port);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return [
        `cache_peer ${host} parent ${port} 0 no-query no-digest default${tls ? ' tls' : ''}`,
        ...(directMirror ? ['always_direct allow pip_mirror'] : []),
        'never_direct allow all',
    ];
}

;// CONCATENATED MODULE: ./src/render/model/iam-model.ts





/** The actions Dify's Bedrock plugin uses to run a model: Converse and InvokeModel, streaming or not (reference §4.4). */
const BEDROCK_INVOKE_ACTIONS = [
    'bedrock:InvokeModel',
    'bedrock:InvokeModelWithResponseStream',
];
/** The Session Manager channels ECS Exec opens from the task; these actions take no resource but "*". */
const ECS_EXEC_ACTIONS = [
    'ssmmessages:CreateControlChannel',
    'ssmmessages:CreateDataChannel',
    'ssmmessages:OpenControlChannel',
    'ssmmessages:OpenDataChannel',
];
/**
 * Four roles, least privilege, every action named: the execution role (what ECS does to start a task), the
 * task role (what Dify's code does), an ECS-Exec-only role for the tasks that call no AWS API (web, beat),
 * and the bootstrap function's role (what the data area asks for).
 */
function buildIamModel(env, secrets, data, email) {
    const tags = (suffix) => (0,intrinsics/* tagList */.Tw)(`${env.stackName}-${suffix}`, env.tags);
    const roles = [
        {
            logicalId: logical_ids/* LogicalIds */.K.executionRole,
            description: `ECS task execution role of ${env.stackName}: pulls images, writes container logs, reads the containers' secrets`,
            trustedService: 'ecs-tasks.amazonaws.com',
            policies: [{ name: 'task-execution', statements: executionStatements(env, secrets, email) }],
            tags: tags('execution-role'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.taskRole,
            description: `ECS task role of ${env.stackName}: Dify's Bedrock models, its bucket and ECS Exec`,
            trustedService: 'ecs-tasks.amazonaws.com',
            policies: [{ name: 'dify', statements: taskStatements(env, data) }],
            tags: tags('task-role'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.execOnlyTaskRole,
            description: `ECS task role of ${env.stackName}'s web and beat tasks: ECS Exec only, they call no AWS API`,
            trustedService: 'ecs-tasks.amazonaws.com',
            policies: [{ name: 'ecs-exec', statements: execStatements(env) }],
            tags: tags('exec-only-task-role'),
        },
        {
            logicalId: logical_ids/* LogicalIds */.K.bootstrapRole,
            description: `Role of the ${env.stackName} bootstrap function: prepares the databases and the plugin storage`,
            trustedService: 'lambda.amazonaws.com',
            policies: [
                {
                    name: 'bootstrap',
                    statements: [
                        ...data.bootstrapPolicyStatements,
                        {
                            Sid: 'WriteLogs',
                            Effect: 'Allow',
                            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                            Resource: [data.bootstrapLogGroupArn],
                        },
                    ],
                },
            ],
            tags: tags('bootstrap-role'),
        },
    ];
    return {
        roles,
        path: (0,identity_names/* identityPath */.Uz)(env.stackPrefix, env.name),
        permissionsBoundaryArn: (0,identity_names/* permissionsBoundaryArn */.S8)(env.stackPrefix),
        executionRoleArn: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.executionRole, 'Arn'),
        taskRoleArn: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.taskRole, 'Arn'),
        execOnlyTaskRoleArn: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.execOnlyTaskRole, 'Arn'),
        bootstrapRoleArn: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.bootstrapRole, 'Arn'),
    };
}
function executionStatements(env, secrets, email) {
    const statements = [];
    if (env.dify.images.source === 'ecr') {
        statements.push(
        // GetAuthorizationToken is account-wide: IAM accepts no other resource for it.
        { Sid: 'EcrAuthorization', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' }, {
            Sid: 'EcrPull',
            Effect: 'Allow',
            Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
            Resource: [
                `arn:aws:ecr:${env.region}:${env.accountId}:repository/${env.dify.images.ecrRepositoryPrefix}/*`,
            ],
        });
    }
    statements.push({
        Sid: 'WriteContainerLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        // A log group's Arn attribute ends in `:*`: it covers the group's streams and nothing else.
        Resource: CONTAINER_NAMES.map((container) => (0,intrinsics/* getAtt */.CN)(logGroupLogicalId(container), 'Arn')),
    });
    const secretArns = (0,intrinsics/* uniqueValues */.CS)([...secrets.readableSecretArns, ...(email?.readableSecretArns ?? [])]);
    if (secretArns.length > 0) {
        statements.push({
            Sid: 'ReadSecrets',
            Effect: 'Allow',
            Action: ['secretsmanager:GetSecretValue'],
            Resource: secretArns,
        });
    }
    if (secrets.readableParameterArns.length > 0) {
        statements.push({
            Sid: 'ReadParameters',
            Effect: 'Allow',
            Action: ['ssm:GetParameters'],
            Resource: (0,intrinsics/* uniqueValues */.CS)(secrets.readableParameterArns),
        });
    }
    return statements;
}
function taskStatements(env, data) {
    const bedrock = bedrockResources(env);
    const statements = [];
    if (bedrock.foundationModels.length > 0) {
        statements.push({
            Sid: 'InvokeFoundationModels',
            Effect: 'Allow',
            Action: [...BEDROCK_INVOKE_ACTIONS],
            Resource: bedrock.foundationModels,
        });
    }
    if (bedrock.profiles.length > 0) {
        statements.push({
            Sid: 'UseInferenceProfiles',
            Effect: 'Allow',
            Action: ['bedrock:GetInferenceProfile', ...BEDROCK_INVOKE_ACTIONS],
            Resource: bedrock.profiles,
        }, {
            // The models behind the profiles, in the regions they route to, and only through a profile: the
            // profiles the caller may invoke are exactly those of the statement above, so the pattern adds none.
            Sid: 'InvokeModelsThroughProfiles',
            Effect: 'Allow',
            Action: [...BEDROCK_INVOKE_ACTIONS],
            Resource: bedrock.profileModels,
            Condition: {
                StringLike: {
                    'bedrock:InferenceProfileArn': `arn:aws:bedrock:${env.bedrock.region}:${env.accountId}:inference-profile/*`,
                },
            },
        });
    }
    statements.push(
    // ListBucket lets Dify's startup HeadBucket tell a missing bucket from a forbidden one; it never creates one.
    { Sid: 'ListBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [data.bucket.arn] }, {
        Sid: 'ReadWriteObjects',
        Effect: 'Allow',
        Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
        Resource: [{ 'Fn::Join': ['', [data.bucket.arn, '/*']] }],
    }, ...execStatements(env));
    return statements;
}
/** ECS Exec into a task: the Session Manager channels (which take no resource but "*"), and the session key. */
function execStatements(env) {
    const execKey = env.operations.execSessionKmsKeyArn;
    return [
        { Sid: 'EcsExec', Effect: 'Allow', Action: [...ECS_EXEC_ACTIONS], Resource: '*' },
        ...(execKey
            ? [{ Sid: 'EcsExecSessionKey', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [execKey] }]
            : []),
    ];
}
/** IAM's limit on the inline policies of one role, in characters without whitespace. */
const ROLE_INLINE_POLICY_LIMIT = 10_240;
/** What the Bedrock statements may take of it, leaving room for the rest of the task role's policy. */
const BEDROCK_POLICY_BUDGET = 8_000;
/**
 * The ARNs of the configured Bedrock models (reference §4.4, "least privilege"). A base model: its
 * foundation-model ARN in the Bedrock region. A geographic profile `<prefix>.<id>`: the profile ARN, plus the
 * foundation model in the Bedrock region and in every destination region of the profile (the table's
 * profileDestinations, else its source regions). The statement that grants those carries the condition
 * `bedrock:InferenceProfileArn`, so they are usable only through the profiles the role may invoke (the listed
 * ones); that is what makes a region wildcard safe where a list cannot work:
 *  - a `global.` profile may route to any commercial region (AWS), and IAM checks it against the region-less
 *    ARN `arn:aws:bedrock:::foundation-model/<id>`: `arn:aws:bedrock:*::foundation-model/<id>` covers both
 *    the region-less ARN and every region, in one ARN instead of thirty;
 *  - a model the table does not know (BDR001 warns) has no known destinations;
 *  - when the listed regions would not fit the role's inline-policy limit (a dozen apac. models), every
 *    profile's model gets the region wildcard.
 * Sorted and without repeats, so reordering bedrock.models changes nothing.
 */
function bedrockResources(env) {
    const listed = bedrockArns(env, false);
    return policySize(listed) <= BEDROCK_POLICY_BUDGET ? listed : bedrockArns(env, true);
}
function bedrockArns(env, anyRegion) {
    const region = env.bedrock.region;
    const foundationModel = (where, id) => `arn:aws:bedrock:${where}::foundation-model/${id}`;
    const foundationModels = [];
    const profiles = [];
    const profileModels = [];
    for (const model of (0,bedrock_model_ids/* configuredModels */.LE)(env.bedrock.models)) {
        if (model.profile === undefined) {
            foundationModels.push(foundationModel(region, model.baseId));
            continue;
        }
        profiles.push(`arn:aws:bedrock:${region}:${env.accountId}:inference-profile/${model.id}`);
        if (anyRegion || model.profile === 'global' || model.model === undefined) {
            profileModels.push(foundationModel('*', model.baseId));
            continue;
        }
        for (const where of [...destinationRegions(model.model, model.profile), region]) {
            profileModels.push(foundationModel(where, model.baseId));
        }
    }
    return {
        foundationModels: sortedUnique(foundationModels),
        profiles: sortedUnique(profiles),
        profileModels: sortedUnique(profileModels),
    };
}
/** Characters the Bedrock statements take in the policy (IAM does not count whitespace), with their framing. */
function policySize({ foundationModels, profiles, profileModels }) {
    return [foundationModels, profiles, profileModels].reduce((total, arns) => total + 250 + JSON.stringify(arns).length, 0);
}
/** The regions a system-defined profile of the model routes to: the table's destinations, else its source regions. */
function destinationRegions(model, profile) {
    if (profile === 'us-gov')
        return [];
    return model.profileDestinations?.[profile] ?? model.profiles[profile] ?? [];
}
function sortedUnique(values) {
    return [...new Set(values)].sort();
}

;// CONCATENATED MODULE: ./src/render/model/load-balancer-model.ts


/** Dify's own nginx routes these to the API (exact and with a trailing /*). */
const API_PATH_PREFIXES = ['/console/api', '/api', '/v1', '/files', '/mcp', '/triggers'];
/** …and these to the plugin daemon. */
const PLUGIN_DAEMON_PATHS = ['/e', '/e/*'];
/** An ALB path-pattern condition takes at most five values. */
const MAX_PATHS_PER_CONDITION = 5;
/** SSE responses stream for minutes: the ALB must not cut an idle connection first. */
const IDLE_TIMEOUT_SECONDS = 900;
const TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
function buildLoadBalancerModel(env, network) {
    const { scheme, allowedCidrs } = env.network.loadBalancer;
    const domain = env.domain;
    const https = domain !== undefined;
    const sources = allowedCidrs ?? (scheme === 'internal' ? [network.vpcCidr] : ['0.0.0.0/0']);
    const ports = https ? [443, 80] : [80];
    const ingress = ports.flatMap((port) => sources.map((cidr) => ({
        cidr,
        port,
        description: port === 443 ? 'HTTPS to Dify' : https ? 'HTTP, redirected to HTTPS' : 'HTTP to Dify',
    })));
    const tags = (suffix) => (0,intrinsics/* tagList */.Tw)(`${env.stackName}-${suffix}`, env.tags);
    const targetGroups = [
        { logicalId: logical_ids/* LogicalIds */.K.apiTargetGroup, port: 5001, healthCheckPath: '/health', tags: tags('api') },
        {
            logicalId: logical_ids/* LogicalIds */.K.pluginDaemonTargetGroup,
            port: 5002,
            healthCheckPath: '/health/check',
            tags: tags('plugin-daemon'),
        },
        { logicalId: logical_ids/* LogicalIds */.K.webTargetGroup, port: 3000, healthCheckPath: '/', tags: tags('web') },
    ];
    const apiPaths = [...API_PATH_PREFIXES, ...API_PATH_PREFIXES.map((p) => `${p}/*`)];
    const rules = [
        ...chunk(apiPaths, MAX_PATHS_PER_CONDITION).map((paths, i) => ({
            logicalId: `ApiRoute${i + 1}`,
            priority: 10 + i,
            paths,
            targetGroup: logical_ids/* LogicalIds */.K.apiTargetGroup,
        })),
        {
            logicalId: 'PluginDaemonRoute',
            priority: 20,
            paths: [...PLUGIN_DAEMON_PATHS],
            targetGroup: logical_ids/* LogicalIds */.K.pluginDaemonTargetGroup,
        },
    ];
    let certificate;
    if (domain) {
        certificate =
            domain.certificate === 'create'
                ? { create: true, hostName: domain.hostName, hostedZoneId: domain.hostedZoneId ?? '' }
                : { arn: domain.certificate };
    }
    return {
        scheme,
        subnetIds: scheme === 'internet-facing' ? network.publicSubnetIds : network.privateSubnetIds,
        ingress,
        https,
        ...(certificate ? { certificate } : {}),
        ...(domain?.hostedZoneId
            ? { aliasRecord: { hostName: domain.hostName, hostedZoneId: domain.hostedZoneId } }
            : {}),
        routingListener: https ? logical_ids/* LogicalIds */.K.httpsListener : logical_ids/* LogicalIds */.K.httpListener,
        rules,
        targetGroups,
        idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
        tlsPolicy: TLS_POLICY,
        tags: tags('alb'),
        url: domain
            ? `https://${domain.hostName}`
            : { 'Fn::Join': ['', ['http://', (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.loadBalancer, 'DNSName')]] },
    };
}
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}

// EXTERNAL MODULE: ./src/environment/cidr.ts
var cidr = __webpack_require__(2195);
;// CONCATENATED MODULE: ./src/render/model/network-model.ts



function buildNetworkModel(env) {
    const name = (suffix) => `${env.stackName}-${suffix}`;
    const tags = (suffix) => (0,intrinsics/* tagList */.Tw)(name(suffix), env.tags);
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
        logicalId: logical_ids/* LogicalIds */.K.publicSubnet(i),
        cidr: cidrs[i] ?? '',
        availabilityZone: (0,intrinsics/* availabilityZone */.A9)(i),
        routeTable: logical_ids/* LogicalIds */.K.publicRouteTable,
        tags: tags(`public-${i + 1}`),
    }));
    const privateSubnets = range(zones).map((i) => ({
        logicalId: logical_ids/* LogicalIds */.K.privateSubnet(i),
        cidr: cidrs[zones + i] ?? '',
        availabilityZone: (0,intrinsics/* availabilityZone */.A9)(i),
        routeTable: logical_ids/* LogicalIds */.K.privateRouteTable(i),
        tags: tags(`private-${i + 1}`),
    }));
    const egress = env.network.egress;
    const natGateways = egress === 'nat-gateway'
        ? range(env.network.natGateways === 'single' ? 1 : zones).map((i) => ({
            logicalId: `NatGateway${i + 1}`,
            eipLogicalId: `NatGatewayEip${i + 1}`,
            subnet: logical_ids/* LogicalIds */.K.publicSubnet(i),
            tags: tags(`nat-${i + 1}`),
        }))
        : [];
    const natInstance = egress === 'nat-instance'
        ? {
            logicalId: 'NatInstance',
            securityGroupLogicalId: 'NatInstanceSecurityGroup',
            instanceType: env.network.natInstanceType,
            imageId: `{{resolve:ssm:${amazonLinuxParameter(env.network.natInstanceType)}}}`,
            subnet: logical_ids/* LogicalIds */.K.publicSubnet(0),
            tags: tags('nat'),
        }
        : undefined;
    const privateRouteTables = range(zones).map((i) => {
        const gateway = natGateways[natGateways.length === 1 ? 0 : i];
        const defaultRoute = gateway
            ? { NatGatewayId: (0,intrinsics/* ref */.KR)(gateway.logicalId) }
            : natInstance
                ? { InstanceId: (0,intrinsics/* ref */.KR)(natInstance.logicalId) }
                : undefined;
        return {
            logicalId: logical_ids/* LogicalIds */.K.privateRouteTable(i),
            tags: tags(`private-${i + 1}`),
            ...(defaultRoute ? { defaultRoute } : {}),
        };
    });
    return {
        createVpc: true,
        vpcCidr: vpc.cidr,
        vpcId: (0,intrinsics/* ref */.KR)(logical_ids/* LogicalIds */.K.vpc),
        vpcTags: tags('vpc'),
        publicSubnets,
        privateSubnets,
        publicSubnetIds: publicSubnets.map((s) => (0,intrinsics/* ref */.KR)(s.logicalId)),
        privateSubnetIds: privateSubnets.map((s) => (0,intrinsics/* ref */.KR)(s.logicalId)),
        privateRouteTables,
        natGateways,
        ...(natInstance ? { natInstance } : {}),
        interfaceEndpoints: endpoints.interface,
        ...(endpoints.gateway
            ? {
                gatewayEndpoint: {
                    ...endpoints.gateway,
                    routeTableIds: privateRouteTables.map((t) => (0,intrinsics/* ref */.KR)(t.logicalId)),
                },
            }
            : {}),
        tags: { internetGateway: tags('igw'), publicRouteTable: tags('public') },
    };
}
/** `count` consecutive subnets of `/prefixLength` from the start of the VPC range (NET005 checks they fit). */
function carveSubnets(vpcCidr, prefixLength, count) {
    const vpc = (0,cidr/* toNetwork */.wm)(vpcCidr);
    if (!vpc)
        throw new Error(`not a CIDR: ${vpcCidr}`);
    const size = (0,cidr/* addressCount */.eJ)({ network: 0, prefixLength });
    return range(count).map((i) => (0,cidr/* formatCidr */.mG)({ network: (vpc.network + i * size) >>> 0, prefixLength }));
}
function endpointModels(names) {
    const interfaces = names
        .filter((n) => n !== 's3')
        .map((n) => ({
        logicalId: `${pascalCase(n)}Endpoint`,
        serviceName: (0,intrinsics/* sub */.jb)(`com.amazonaws.\${AWS::Region}.${n}`),
    }));
    return names.includes('s3')
        ? {
            interface: interfaces,
            gateway: { logicalId: 'S3GatewayEndpoint', serviceName: (0,intrinsics/* sub */.jb)('com.amazonaws.${AWS::Region}.s3') },
        }
        : { interface: interfaces };
}
/** Graviton families (t4g, c7g, m6gd…) need the arm64 image. */
function amazonLinuxParameter(instanceType) {
    const family = instanceType.split('.')[0] ?? '';
    const arm = /^[a-z]+\d+[a-z]*g[a-z]*$/.test(family);
    return `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arm ? 'arm64' : 'x86_64'}`;
}
function pascalCase(text) {
    return text
        .split(/[^a-z0-9]+/i)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
function range(count) {
    return Array.from({ length: count }, (_, i) => i);
}

;// CONCATENATED MODULE: ./src/render/model/outputs-model.ts


/** Stack outputs: the URL, names operators look up, and the commands to reach the API container. */
function buildOutputsModel(env, loadBalancer, services) {
    const exec = (command) => (0,intrinsics/* sub */.jb)(`aws ecs execute-command --region \${AWS::Region} --cluster \${${logical_ids/* LogicalIds */.K.cluster}} --container api --interactive --command "${command}" --task $(aws ecs list-tasks --region \${AWS::Region} --cluster \${${logical_ids/* LogicalIds */.K.cluster}} --service-name \${${logical_ids/* LogicalIds */.K.apiService}.Name} --desired-status RUNNING --query 'taskArns[0]' --output text)`);
    return [
        { logicalId: 'DifyUrl', description: 'The URL of Dify', value: loadBalancer.url },
        { logicalId: 'ClusterName', description: 'The ECS cluster', value: (0,intrinsics/* ref */.KR)(logical_ids/* LogicalIds */.K.cluster) },
        {
            logicalId: 'ApiServiceName',
            description: 'The API service (api, plugin daemon, sandbox, SSRF proxy)',
            value: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.apiService, 'Name'),
        },
        {
            logicalId: 'WorkerServiceName',
            description: 'The Celery worker service',
            value: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.workerService, 'Name'),
        },
        {
            logicalId: 'BeatServiceName',
            description: 'The Celery beat service (always one task)',
            value: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.beatService, 'Name'),
        },
        {
            logicalId: 'WebServiceName',
            description: 'The web front-end service',
            value: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.webService, 'Name'),
        },
        {
            logicalId: 'ApiTaskDefinitionFamily',
            description: 'The task definition family of the API task',
            value: services.apiTaskFamily,
        },
        ...services.logGroups.map((group) => ({
            logicalId: `${group.logicalId}Name`,
            description: `The log group of the ${group.container} container`,
            value: (0,intrinsics/* ref */.KR)(group.logicalId),
        })),
        {
            logicalId: 'DatabaseEndpoint',
            description: 'The Aurora cluster writer endpoint',
            value: (0,intrinsics/* getAtt */.CN)(logical_ids/* LogicalIds */.K.databaseCluster, 'Endpoint.Address'),
        },
        {
            logicalId: 'ApiShellCommand',
            description: 'Open a shell in the api container (ECS Exec)',
            value: exec('bash'),
        },
        {
            logicalId: 'ApiFlaskCommand',
            description: 'Run a flask command in the api container, for example a migration step',
            value: exec(`bash -lc 'cd /app/api && flask --help'`),
        },
        {
            logicalId: 'StackEnvironment',
            description: 'The environment this stack was rendered from',
            value: env.name,
        },
    ];
}

;// CONCATENATED MODULE: ./src/render/model/stack-model.ts










function buildStackModel(env, kitVersion) {
    const tags = (suffix) => (0,intrinsics/* tagList */.Tw)(`${env.stackName}-${suffix}`, env.tags);
    const network = buildNetworkModel(env);
    const loadBalancer = buildLoadBalancerModel(env, network);
    const secrets = (0,secrets_model/* buildSecretsModel */.Dh)(env);
    const data = buildDataModel(env, network);
    const email = env.email ? (0,email_model/* buildEmailModel */.yh)(env) : undefined;
    const iam = buildIamModel(env, secrets, data, email);
    const services = buildServicesModel(env, { network, loadBalancer, secrets, data, iam, email });
    return {
        description: `Dify ${env.dify.version} for the ${env.name} environment (dify-aws-kit)`,
        metadata: {
            environment: env.name,
            ...(env.description !== undefined ? { description: env.description } : {}),
            difyVersion: env.dify.version,
            renderedBy: `dify-aws-kit ${kitVersion}`,
        },
        network,
        securityGroups: {
            smtpEndpoint: env.network.vpcEndpoints.includes('email-smtp'),
            taskPorts: [
                { port: 5001, description: 'API from the load balancer' },
                { port: 5002, description: 'Plugin daemon endpoints from the load balancer' },
                { port: 3000, description: 'Web from the load balancer' },
            ],
            taskSelfIngress: [
                {
                    port: PLUGIN_DAEMON_PORT,
                    description: 'Plugin daemon of the API tasks from the Dify tasks (worker)',
                },
                { port: SANDBOX_PORT, description: 'Sandbox of the API tasks from the Dify tasks (worker)' },
                { port: SSRF_PROXY_PORT, description: 'SSRF proxy of the API tasks from the Dify tasks (worker)' },
            ].map((rule) => ({ logicalId: logical_ids/* LogicalIds */.K.taskSelfIngress(rule.port), ...rule })),
            tags: {
                loadBalancer: tags('alb'),
                task: tags('tasks'),
                database: tags('database'),
                cache: tags('cache'),
                endpoint: tags('endpoints'),
            },
        },
        loadBalancer,
        secrets,
        data,
        iam,
        services,
        ...(email ? { email } : {}),
        outputs: buildOutputsModel(env, loadBalancer, services),
    };
}

// EXTERNAL MODULE: ./src/render/nunjucks-environment.ts + 2 modules
var nunjucks_environment = __webpack_require__(2172);
;// CONCATENATED MODULE: ./src/render/render-stack.ts



/** Rendering failed: a bug in the kit's templates or model, never the user's input (that was validated). */
class RenderError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RenderError';
    }
}
/** Renders the environment's CloudFormation template: deterministic, the same input gives the same bytes. */
function renderStack(env, kitVersion) {
    const model = buildStackModel(env, kitVersion);
    let text;
    try {
        text = (0,nunjucks_environment/* renderEnvironment */.C)().render('stack.yaml.njk', model);
    }
    catch (error) {
        throw new RenderError(`rendering the template failed: ${error.message}`, { cause: error });
    }
    let template;
    try {
        template = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new RenderError(`the rendered template is not valid YAML: ${error.message}`, {
            cause: error,
        });
    }
    return { text, template, parameters: [], plan: planOf(env, template, text) };
}
function planOf(env, template, text) {
    const byType = {};
    for (const resource of Object.values(template.Resources))
        byType[resource.Type] = (byType[resource.Type] ?? 0) + 1;
    const sorted = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b)));
    return {
        stackName: env.stackName,
        region: env.region,
        accountId: env.accountId,
        resourceCount: Object.keys(template.Resources).length,
        resourcesByType: sorted,
        templateBytes: Buffer.byteLength(text),
    };
}


/***/ })

};
