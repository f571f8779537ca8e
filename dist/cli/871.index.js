export const id = 871;
export const ids = [871];
export const modules = {

/***/ 5809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isKnownRegion),
/* harmony export */   i: () => (/* binding */ awsRegionTable)
/* harmony export */ });
/**
 * Commercial AWS regions (partition aws), from the AWS General Reference
 * "Regions and Zones" page. Add a region here when AWS launches one; the
 * REG001 check names this file when it meets a region it does not know.
 */
const awsRegionTable = {
    asOf: '2026-11-22',
    source: 'AWS General Reference, "AWS Regions" (docs.aws.amazon.com/general/latest/gr/rande.html)',
    regions: {
        'us-east-1': 'US East (N. Virginia)',
        'us-east-2': 'US East (Ohio)',
        'us-west-1': 'US West (N. California)',
        'us-west-2': 'US West (Oregon)',
        'af-south-1': 'Africa (Cape Town)',
        'ap-east-1': 'Asia Pacific (Hong Kong)',
        'ap-east-2': 'Asia Pacific (Taipei)',
        'ap-south-1': 'Asia Pacific (Mumbai)',
        'ap-south-2': 'Asia Pacific (Hyderabad)',
        'ap-southeast-1': 'Asia Pacific (Singapore)',
        'ap-southeast-2': 'Asia Pacific (Sydney)',
        'ap-southeast-3': 'Asia Pacific (Jakarta)',
        'ap-southeast-4': 'Asia Pacific (Melbourne)',
        'ap-southeast-5': 'Asia Pacific (Malaysia)',
        'ap-southeast-6': 'Asia Pacific (New Zealand)',
        'ap-southeast-7': 'Asia Pacific (Thailand)',
        'ap-northeast-1': 'Asia Pacific (Tokyo)',
        'ap-northeast-2': 'Asia Pacific (Seoul)',
        'ap-northeast-3': 'Asia Pacific (Osaka)',
        'ca-central-1': 'Canada (Central)',
        'ca-west-1': 'Canada West (Calgary)',
        'eu-central-1': 'Europe (Frankfurt)',
        'eu-central-2': 'Europe (Zurich)',
        'eu-west-1': 'Europe (Ireland)',
        'eu-west-2': 'Europe (London)',
        'eu-west-3': 'Europe (Paris)',
        'eu-south-1': 'Europe (Milan)',
        'eu-south-2': 'Europe (Spain)',
        'eu-north-1': 'Europe (Stockholm)',
        'il-central-1': 'Israel (Tel Aviv)',
        'me-south-1': 'Middle East (Bahrain)',
        'me-central-1': 'Middle East (UAE)',
        'mx-central-1': 'Mexico (Central)',
        'sa-east-1': 'South America (São Paulo)',
    },
};
function isKnownRegion(region) {
    return Object.hasOwn(awsRegionTable.regions, region);
}


/***/ }),

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ residencyRegions),
/* harmony export */   i: () => (/* binding */ bedrockModelTable)
/* harmony export */ });
/** Which AWS regions belong to each data-residency geography the kit supports. */
const residencyRegions = {
    /** Japan: Tokyo and Osaka, the only members of Bedrock's jp. geography. */
    jp: ['ap-northeast-1', 'ap-northeast-3'],
    /**
     * Europe: every eu-* Region Bedrock runs in. eu-central-2 (Zurich) and eu-west-2 (London) are outside the EU
     * proper; they are included because Bedrock's eu. geography uses them. il-central-1 is deliberately NOT included
     * although some eu.* profiles accept it as a source.
     */
    eu: [
        'eu-central-1',
        'eu-central-2',
        'eu-north-1',
        'eu-south-1',
        'eu-south-2',
        'eu-west-1',
        'eu-west-2',
        'eu-west-3',
    ],
    /** United States, commercial partition (GovCloud excluded). Canada is not part of it. */
    us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
};
const bedrockModelTable = {
    asOf: '2026-11-22',
    sources: [
        'AWS Bedrock User Guide - Model lifecycle (Legacy): https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle-legacy.html (copy captured between 2026-09-30 and 2026-10-14)',
        'AWS Bedrock User Guide - Model lifecycle: https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html (copies of 2025-11-13 and mid-2026)',
        'AWS Bedrock User Guide - Model support by AWS Region: https://docs.aws.amazon.com/bedrock/latest/userguide/models-regions.html (copy fetched 2026-02-15)',
        'AWS Bedrock User Guide - Regional availability by models: https://docs.aws.amazon.com/bedrock/latest/userguide/models-region-compatibility.html',
        'AWS Bedrock User Guide - Supported Regions and models for inference profiles: https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html (now defers to model cards)',
        'AWS Bedrock model cards (Models at a glance, https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards.html): Claude Sonnet 4.5, Haiku 4.5, Sonnet 4.6, Opus 4.6, Opus 4.7, Opus 4.8, Amazon Nova 2 Lite, Cohere Embed v4',
        'Bedrock control-plane scan (ListFoundationModels, ListInferenceProfiles, GetInferenceProfile in every commercial Region): github.com/mirai73/bedrock-models packages/shared/bedrock_models.json @ 3c07e5f (2026-08-21), history back to 2026-02-13',
        'Anthropic release notes as summarised in github.com/ottto-ai/ai-provider-watch (2026-06-15: Sonnet 4 -> Sonnet 4.6, Opus 4 -> Opus 4.8) - replacements only',
    ],
    /** every commercial region where Bedrock runtime is available */
    regions: [
        'us-east-1',
        'us-east-2',
        'us-west-1',
        'us-west-2',
        'ca-central-1',
        'ca-west-1',
        'mx-central-1',
        'sa-east-1',
        'eu-central-1',
        'eu-central-2',
        'eu-north-1',
        'eu-south-1',
        'eu-south-2',
        'eu-west-1',
        'eu-west-2',
        'eu-west-3',
        'il-central-1',
        'me-central-1',
        'me-south-1',
        'af-south-1',
        'ap-east-2',
        'ap-northeast-1',
        'ap-northeast-2',
        'ap-northeast-3',
        'ap-south-1',
        'ap-south-2',
        'ap-southeast-1',
        'ap-southeast-2',
        'ap-southeast-3',
        'ap-southeast-4',
        'ap-southeast-5',
        'ap-southeast-6',
        'ap-southeast-7',
    ],
    models: [
        // Legacy 2026-10-08, public extended access 2027-01-08, EOL 2027-04-08 in all 31 listed commercial Regions (AWS 'Model lifecycle (Legacy)').
        // Replacement: AWS lists none; Sonnet 4.6 chosen as the same-tier successor that also has a jp. profile [inferred].
        // No in-Region on-demand anywhere (model card: In-Region = No). GovCloud us-gov profile omitted (commercial only).
        {
            id: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            name: 'Claude Sonnet 4.5',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: {
                status: 'LEGACY',
                legacyDate: '2026-10-08',
                eolDate: '2027-04-08',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // Model card ticks In-Region for us-east-1/eu-north-1/eu-west-1/ap-northeast-1/ap-southeast-4: that is the bedrock-mantle
        // Messages endpoint (model ID anthropic.claude-haiku-4-5); ListFoundationModels shows no ON_DEMAND for this bedrock-runtime ID.
        {
            id: 'anthropic.claude-haiku-4-5-20251001-v1:0',
            name: 'Claude Haiku 4.5',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // No jp./apac. profile: from Tokyo/Osaka only global. is offered. me-* global sources from the 2026-02-13 API snapshot.
        {
            id: 'anthropic.claude-opus-4-5-20251101-v1:0',
            name: 'Claude Opus 4.5',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // In-Region on-demand only in eu-west-2 (ListFoundationModels, bedrock-runtime).
        {
            id: 'anthropic.claude-sonnet-4-6',
            name: 'Claude Sonnet 4.6',
            roles: ['chat'],
            inRegion: ['eu-west-2'],
            profiles: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // No jp./apac. profile (model card). In-Region eu-west-2 appears in ListFoundationModels from 2026-03-19; older model card says No.
        {
            id: 'anthropic.claude-opus-4-6-v1',
            name: 'Claude Opus 4.6',
            roles: ['chat'],
            inRegion: ['eu-west-2'],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4', 'ap-southeast-6'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // ON_DEMAND regions in the API snapshot come only from bedrock-mantle (Messages API); bedrock-runtime is profile-only.
        {
            id: 'anthropic.claude-opus-4-7',
            name: 'Claude Opus 4.7',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // ON_DEMAND regions in the API snapshot come only from bedrock-mantle (Messages API); bedrock-runtime is profile-only.
        {
            id: 'anthropic.claude-opus-4-8',
            name: 'Claude Opus 4.8',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'me-south-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // Profile-only on bedrock-runtime (bare-ID Converse fails); in-Region only via bedrock-mantle. No jp./apac. profile as of 2026-08-21.
        // me-central-1 / me-south-1 global sources not verified for this model.
        {
            id: 'anthropic.claude-sonnet-5',
            name: 'Claude Sonnet 5',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // Profile-only on bedrock-runtime (bare-ID Converse fails); in-Region only via bedrock-mantle. No jp./apac. profile as of 2026-08-21.
        // me-central-1 / me-south-1 global sources not verified for this model.
        {
            id: 'anthropic.claude-opus-5',
            name: 'Claude Opus 5',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                au: ['ap-southeast-2', 'ap-southeast-4'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // Profile-only on bedrock-runtime (bare-ID Converse fails); in-Region only via bedrock-mantle. No jp./apac. profile as of 2026-08-21.
        // me-central-1 / me-south-1 global sources not verified for this model.
        {
            id: 'anthropic.claude-fable-5',
            name: 'Claude Fable 5',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'mx-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'af-south-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // Legacy 2026-07-08, public extended access 2026-10-08, EOL 2027-01-08 (us-east-1, us-east-2, us-west-2).
        // Replacement: AWS lists none; Opus 4.8 (Anthropic's recommendation for Opus 4, same family, has jp.) [inferred].
        {
            id: 'anthropic.claude-opus-4-1-20250805-v1:0',
            name: 'Claude Opus 4.1',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-2'],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-2'],
            },
            lifecycle: {
                status: 'LEGACY',
                legacyDate: '2026-07-08',
                eolDate: '2027-01-08',
                replacement: 'anthropic.claude-opus-4-8',
            },
        },
        // Legacy 2026-04-14, EOL 2026-10-14 in every Region it was offered (incl. ap-northeast-1/3, me-central-1).
        // Before EOL it was apac. (not jp.) from Tokyo/Osaka. Replacement per Anthropic release notes (2026-06-15): Sonnet 4.6.
        {
            id: 'anthropic.claude-sonnet-4-20250514-v1:0',
            name: 'Claude Sonnet 4',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2026-04-14',
                eolDate: '2026-10-14',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // Legacy 2025-10-01, extended access 2026-03-01, EOL 2026-05-31 (us-east-1, us-east-2, us-west-2 = all Regions).
        // AWS recommended Opus 4.1 (now Legacy); Anthropic recommends Opus 4.8.
        {
            id: 'anthropic.claude-opus-4-20250514-v1:0',
            name: 'Claude Opus 4',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-10-01',
                eolDate: '2026-05-31',
                replacement: 'anthropic.claude-opus-4-8',
            },
        },
        // Legacy 2025-10-28, EOL 2026-04-28 in 14 commercial Regions incl. ap-northeast-1/2/3 (GovCloud: EOL 2026-07-30).
        // Residual: ListFoundationModels (2026-08-21) still lists in-Region eu-west-2 (not in the EOL list) and an apac. source in
        // ap-south-1, which the EOL list covers; AWS docs preferred, so ap-south-1 dropped. AWS replacement: Sonnet 4.5 -> now Sonnet 4.6.
        {
            id: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
            name: 'Claude 3.7 Sonnet',
            roles: ['chat'],
            inRegion: ['eu-west-2'],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-10-28',
                eolDate: '2026-04-28',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // EOL 2026-03-01 (us-east-1/2, us-west-2, eu-central-1, eu-west-1, eu-west-3), 2026-06-01 (eu-central-2),
        // 2026-07-30 (ap-northeast-1, ap-southeast-2, GovCloud). Residual listings (API 2026-08-21, status ACTIVE) kept below.
        // AWS replacement: Sonnet 4.5 (now Legacy) -> Sonnet 4.6.
        {
            id: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            name: 'Claude 3.5 Sonnet',
            roles: ['chat'],
            inRegion: ['ap-northeast-2', 'ap-southeast-1'],
            profiles: {
                apac: ['ap-south-1'],
            },
            profileDestinations: {
                apac: ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'],
            },
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-08-25',
                eolDate: '2026-07-30',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // EOL 2026-03-01 (us-east-1/2, us-west-2); 2026-07-30 (ap-northeast-1, ap-northeast-3, ap-south-2, ap-southeast-2).
        // Residual apac. sources (API 2026-08-21) kept; their listed destinations still name Tokyo/Osaka where it is EOL.
        // AWS replacement: Sonnet 4.5 (now Legacy) -> Sonnet 4.6.
        {
            id: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
            name: 'Claude 3.5 Sonnet v2',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                apac: ['ap-northeast-2', 'ap-south-1', 'ap-southeast-1'],
            },
            profileDestinations: {
                apac: [
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-southeast-1',
                    'ap-southeast-2',
                ],
            },
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-08-25',
                eolDate: '2026-07-30',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // Legacy 2025-12-19, EOL 2026-06-19 (us-east-1, us-east-2, us-west-2 = all Regions). Replacement Haiku 4.5 [inferred, same tier].
        {
            id: 'anthropic.claude-3-5-haiku-20241022-v1:0',
            name: 'Claude 3.5 Haiku',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-12-19',
                eolDate: '2026-06-19',
                replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0',
            },
        },
        // Legacy 2026-03-10, EOL 2026-09-10 in ap-northeast-1, ap-southeast-2, eu-central-1, eu-west-1/2/3, us-east-1/2, us-west-2.
        // Residual in-Region listings below are Regions not named in the EOL row (API 2026-08-21 reported them LEGACY).
        // Replacement: Haiku 4.5 (Anthropic's recommended replacement for Claude 3 Haiku).
        {
            id: 'anthropic.claude-3-haiku-20240307-v1:0',
            name: 'Claude 3 Haiku',
            roles: ['chat'],
            inRegion: [
                'ca-central-1',
                'sa-east-1',
                'eu-central-2',
                'ap-northeast-2',
                'ap-south-1',
                'ap-southeast-1',
            ],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2026-03-10',
                eolDate: '2026-09-10',
                replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0',
            },
        },
        // EOL 2025-07-21 (us-east-1, us-west-2, eu-central-1, eu-west-1, eu-west-3); EOL 2026-07-30 (ap-northeast-1, ap-northeast-2,
        // ap-southeast-2). Residual listings (API 2026-08-21, status ACTIVE) kept. AWS replacement Sonnet 4.5 -> Sonnet 4.6.
        {
            id: 'anthropic.claude-3-sonnet-20240229-v1:0',
            name: 'Claude 3 Sonnet',
            roles: ['chat'],
            inRegion: ['ca-central-1', 'sa-east-1', 'eu-west-2', 'ap-south-1'],
            profiles: {
                apac: ['ap-southeast-1'],
            },
            profileDestinations: {
                apac: ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'],
            },
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-01-21',
                eolDate: '2026-07-30',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // Legacy 2025-07-15, EOL 2026-01-15 (all Regions). AWS recommended Opus 4.1 / Sonnet 4.5 (both now Legacy) -> Opus 4.8.
        {
            id: 'anthropic.claude-3-opus-20240229-v1:0',
            name: 'Claude 3 Opus',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-07-15',
                eolDate: '2026-01-15',
                replacement: 'anthropic.claude-opus-4-8',
            },
        },
        // Legacy 2025-01-21, EOL 2025-07-21 (all Regions). AWS replacement Sonnet 4.5 (now Legacy) -> Sonnet 4.6.
        {
            id: 'anthropic.claude-v2',
            name: 'Claude 2',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-01-21',
                eolDate: '2025-07-21',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // Legacy 2025-01-21, EOL 2025-07-21 (all Regions). AWS replacement Sonnet 4.5 (now Legacy) -> Sonnet 4.6.
        {
            id: 'anthropic.claude-v2:1',
            name: 'Claude 2.1',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-01-21',
                eolDate: '2025-07-21',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // Legacy 2025-01-21, EOL 2025-07-21 (all Regions). AWS replacement Sonnet 4.5 (now Legacy) -> Sonnet 4.6.
        {
            id: 'anthropic.claude-instant-v1',
            name: 'Claude Instant 1.2',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: {
                status: 'EOL',
                legacyDate: '2025-01-21',
                eolDate: '2025-07-21',
                replacement: 'anthropic.claude-sonnet-4-6',
            },
        },
        // No jp. profile: from Tokyo the only option is apac. (routes to Seoul, Mumbai, Singapore, Sydney...). Osaka is a destination, not a source.
        // me-central-1 apac. source from the 2026-02-13 API snapshot and 'Model support by AWS Region' (2026-02-15).
        {
            id: 'amazon.nova-micro-v1:0',
            name: 'Amazon Nova Micro',
            roles: ['chat'],
            inRegion: ['us-east-1', 'eu-west-2', 'ap-southeast-2'],
            profiles: {
                apac: [
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-south-1',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-5',
                    'ap-southeast-7',
                ],
                us: ['us-east-1', 'us-east-2', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-3',
                    'il-central-1',
                ],
            },
            profileDestinations: {
                apac: [
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-7',
                ],
                us: ['us-east-1', 'us-east-2', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-3',
                    'il-central-1',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // In-Region in ap-northeast-1 (not ap-northeast-3). No jp. profile; apac. leaves Japan. me-central-1 from the Feb-2026 sources.
        {
            id: 'amazon.nova-lite-v1:0',
            name: 'Amazon Nova Lite',
            roles: ['chat'],
            inRegion: [
                'us-east-1',
                'us-east-2',
                'us-west-2',
                'eu-north-1',
                'eu-west-2',
                'me-central-1',
                'ap-northeast-1',
                'ap-southeast-2',
                'ap-southeast-3',
            ],
            profiles: {
                apac: [
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-south-1',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-7',
                ],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-3',
                    'il-central-1',
                ],
                ca: ['ca-central-1', 'ca-west-1'],
            },
            profileDestinations: {
                apac: [
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-7',
                ],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-3',
                    'il-central-1',
                ],
                ca: ['ca-central-1', 'ca-west-1'],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // Not in-Region in Japan; no jp. profile; apac. leaves Japan. me-central-1 from the Feb-2026 sources.
        {
            id: 'amazon.nova-pro-v1:0',
            name: 'Amazon Nova Pro',
            roles: ['chat'],
            inRegion: ['us-east-1', 'eu-west-2', 'me-central-1', 'ap-southeast-2', 'ap-southeast-3'],
            profiles: {
                apac: [
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-south-1',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-7',
                ],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-3',
                    'il-central-1',
                ],
            },
            profileDestinations: {
                apac: [
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-7',
                ],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-3',
                    'il-central-1',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // Legacy 2026-03-13, EOL 2026-09-14 (us-east-1, us-east-2, us-west-2 = all Regions; was us. profile only). No replacement documented.
        {
            id: 'amazon.nova-premier-v1:0',
            name: 'Amazon Nova Premier',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: { status: 'EOL', legacyDate: '2026-03-13', eolDate: '2026-09-14' },
        },
        // jp. profile callable from ap-northeast-1 ONLY (model card + API); Osaka is a destination but not a source and has no global. either.
        {
            id: 'amazon.nova-2-lite-v1:0',
            name: 'Amazon Nova 2 Lite',
            roles: ['chat'],
            inRegion: [],
            profiles: {
                jp: ['ap-northeast-1'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-south-1',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            profileDestinations: {
                jp: ['ap-northeast-1', 'ap-northeast-3'],
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1'],
                eu: ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'ca-west-1',
                    'eu-central-1',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'il-central-1',
                    'me-central-1',
                    'ap-east-2',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-south-1',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                    'ap-southeast-5',
                    'ap-southeast-6',
                    'ap-southeast-7',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        // In-Region in both ap-northeast-1 and ap-northeast-3. GovCloud (us-gov-east-1/west-1) omitted.
        {
            id: 'amazon.titan-embed-text-v2:0',
            name: 'Amazon Titan Text Embeddings V2',
            roles: ['embedding'],
            inRegion: [
                'us-east-1',
                'us-east-2',
                'us-west-2',
                'ca-central-1',
                'sa-east-1',
                'eu-central-1',
                'eu-central-2',
                'eu-north-1',
                'eu-south-1',
                'eu-south-2',
                'eu-west-1',
                'eu-west-2',
                'eu-west-3',
                'ap-northeast-1',
                'ap-northeast-2',
                'ap-northeast-3',
                'ap-south-1',
                'ap-south-2',
                'ap-southeast-2',
            ],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        {
            id: 'amazon.titan-embed-text-v1',
            name: 'Amazon Titan Embeddings G1 - Text (V1)',
            roles: ['embedding'],
            inRegion: ['us-east-1', 'us-west-2', 'eu-central-1', 'ap-northeast-1'],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        {
            id: 'amazon.nova-2-multimodal-embeddings-v1:0',
            name: 'Amazon Nova 2 Multimodal Embeddings',
            roles: ['embedding'],
            inRegion: ['us-east-1'],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        {
            id: 'cohere.embed-english-v3',
            name: 'Cohere Embed English v3',
            roles: ['embedding'],
            inRegion: [
                'us-east-1',
                'us-west-2',
                'ca-central-1',
                'sa-east-1',
                'eu-central-1',
                'eu-west-1',
                'eu-west-2',
                'eu-west-3',
                'ap-northeast-1',
                'ap-south-1',
                'ap-southeast-1',
                'ap-southeast-2',
            ],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        {
            id: 'cohere.embed-multilingual-v3',
            name: 'Cohere Embed Multilingual v3',
            roles: ['embedding'],
            inRegion: [
                'us-east-1',
                'us-west-2',
                'ca-central-1',
                'sa-east-1',
                'eu-central-1',
                'eu-west-1',
                'eu-west-2',
                'eu-west-3',
                'ap-northeast-1',
                'ap-south-1',
                'ap-southeast-1',
                'ap-southeast-2',
            ],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        // In-Region ap-northeast-1; from ap-northeast-3 only global. (leaves Japan). No jp./apac. profile.
        {
            id: 'cohere.embed-v4:0',
            name: 'Cohere Embed v4',
            roles: ['embedding'],
            inRegion: ['us-east-1', 'eu-west-1', 'ap-northeast-1'],
            profiles: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                ],
            },
            profileDestinations: {
                us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
                eu: [
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                ],
                global: [
                    'us-east-1',
                    'us-east-2',
                    'us-west-1',
                    'us-west-2',
                    'ca-central-1',
                    'sa-east-1',
                    'eu-central-1',
                    'eu-central-2',
                    'eu-north-1',
                    'eu-south-1',
                    'eu-south-2',
                    'eu-west-1',
                    'eu-west-2',
                    'eu-west-3',
                    'ap-northeast-1',
                    'ap-northeast-2',
                    'ap-northeast-3',
                    'ap-south-1',
                    'ap-south-2',
                    'ap-southeast-1',
                    'ap-southeast-2',
                    'ap-southeast-3',
                    'ap-southeast-4',
                ],
            },
            lifecycle: { status: 'ACTIVE' },
        },
        {
            id: 'cohere.rerank-v3-5:0',
            name: 'Cohere Rerank 3.5',
            roles: ['rerank'],
            inRegion: ['us-east-1', 'us-west-2', 'ca-central-1', 'eu-central-1', 'ap-northeast-1'],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        // Not available in us-east-1.
        {
            id: 'amazon.rerank-v1:0',
            name: 'Amazon Rerank 1.0',
            roles: ['rerank'],
            inRegion: ['us-west-2', 'ca-central-1', 'eu-central-1', 'ap-northeast-1'],
            profiles: {},
            lifecycle: { status: 'ACTIVE' },
        },
        // Legacy 2024-10-04, EOL 2025-08-12. AWS recommended Command R / R+, which themselves reached EOL 2026-08-19: no active replacement documented.
        {
            id: 'cohere.command-text-v14',
            name: 'Cohere Command',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: { status: 'EOL', legacyDate: '2024-10-04', eolDate: '2025-08-12' },
        },
        // Legacy 2024-10-04, EOL 2025-08-12. AWS recommended Command R / R+, which themselves reached EOL 2026-08-19: no active replacement documented.
        {
            id: 'cohere.command-light-text-v14',
            name: 'Cohere Command Light',
            roles: ['chat'],
            inRegion: [],
            profiles: {},
            lifecycle: { status: 'EOL', legacyDate: '2024-10-04', eolDate: '2025-08-12' },
        },
    ],
};


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ difyReleaseTable)
/* harmony export */ });
const difyReleaseTable = {
    asOf: '2026-11-22',
    source: 'langgenius/dify docker/docker-compose.yaml at each release tag',
    releases: [
        {
            version: '0.15.0',
            released: '2025-01-07',
            pluginDaemon: null,
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'c236f05f4b575884b42fc45819ad71b05a22115c',
        },
        {
            version: '0.15.1',
            released: '2025-01-13',
            pluginDaemon: null,
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '6e0fb055d18969eb923e719ad92ecac3a5c5d534',
        },
        {
            version: '0.15.2',
            released: '2025-01-22',
            pluginDaemon: null,
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '1e73f63ff8b6181963244cf72f3841ab70de11a4',
        },
        {
            version: '0.15.3',
            released: '2025-02-07',
            pluginDaemon: null,
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'ca19bd31d42fb87c83b91541c473ebae85e9d14e',
        },
        {
            version: '0.15.4',
            released: '2025-03-21',
            pluginDaemon: null,
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '1ca15989e0121b2b683549c4225a2e36a39ca4f4',
        },
        {
            version: '0.15.5',
            released: '2025-03-24',
            pluginDaemon: null,
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '8e75eb5c631694e409977a0239d57e9bc165f4d7',
        },
        {
            version: '0.15.6',
            released: '2025-04-23',
            pluginDaemon: null,
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'bfdce78ca563dcf16a32bdb14fdca5954c6bc9cc',
        },
        {
            version: '0.15.7',
            released: '2025-04-28',
            pluginDaemon: null,
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '5f7f851b177f4e0b3e1a29debd04bcbb596b97cd',
        },
        {
            version: '0.15.8',
            released: '2025-05-30',
            pluginDaemon: null,
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '4b938ab18d39b58a1ecad00c501cca1d78768e3f',
        },
        // first 1.x release; plugin_daemon service appears
        {
            version: '1.0.0',
            released: '2025-02-28',
            pluginDaemon: '0.0.3-local',
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'c0358d8d0c600a4d97589235baa7ff4a7144b04d',
        },
        {
            version: '1.0.1',
            released: '2025-03-11',
            pluginDaemon: '0.0.4-local',
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '46036e6ce61d55ff8265aba63412bc97532285f8',
        },
        {
            version: '1.1.0',
            released: '2025-03-18',
            pluginDaemon: '0.0.5-local',
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'ac80c04bd34344468b03f9c9e9d68fc7c00a6877',
        },
        {
            version: '1.1.1',
            released: '2025-03-20',
            pluginDaemon: '0.0.6-local',
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '85160b0487c269b08650d8d5f18d3226eccdf4ac',
        },
        {
            version: '1.1.2',
            released: '2025-03-21',
            pluginDaemon: '0.0.6-local',
            sandbox: '0.2.10',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'bf90d34c2f581a2be52e050938caa8e3be2c9a40',
        },
        {
            version: '1.1.3',
            released: '2025-03-24',
            pluginDaemon: '0.0.6-local',
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '1be0d26c1feb4bcbbdd2b4ae4eeb25874aadaddb',
        },
        {
            version: '1.2.0',
            released: '2025-04-09',
            pluginDaemon: '0.0.7-local',
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '2c2efe2e1e46751206dfa5972790cef6ad31a93f',
        },
        {
            version: '1.3.0',
            released: '2025-04-23',
            pluginDaemon: '0.0.8-local',
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'e9aedc701c5a41405d855ea85a6ad121c5fa7b13',
        },
        {
            version: '1.3.1',
            released: '2025-04-28',
            pluginDaemon: '0.0.9-local',
            sandbox: '0.2.11',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '49678e4b48cf66a5ada96a78ccd16b2b90a3208c',
        },
        {
            version: '1.4.0',
            released: '2025-05-15',
            pluginDaemon: '0.0.10-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '4dc06ee43fa2851ceeed5460463d8041f1bdc405',
        },
        {
            version: '1.4.1',
            released: '2025-05-27',
            pluginDaemon: '0.1.1-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'fe01de566742de90b0459ace99d5df7c175ccfb2',
        },
        {
            version: '1.4.2',
            released: '2025-06-11',
            pluginDaemon: '0.1.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'acb2488fc8f9ba66cea5a4d99571a9f2eeb862b1',
        },
        {
            version: '1.4.3',
            released: '2025-06-16',
            pluginDaemon: '0.1.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '809a0ab6bf52326e14444e396f24bab3ef3c504a',
        },
        {
            version: '1.5.0',
            released: '2025-06-25',
            pluginDaemon: '0.1.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '3acaa59885328e0a9fe98d95efc38ab2607b9dec',
        },
        {
            version: '1.5.1',
            released: '2025-07-02',
            pluginDaemon: '0.1.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: 'bb955806e042517831b232948c3f9f7150ac5fb6',
        },
        {
            version: '1.6.0',
            released: '2025-07-10',
            pluginDaemon: '0.1.3-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: false,
            commit: '390e4cc0bf203a979e13694ed99ec9fda6b42cc8',
        },
        // worker_beat service first appears
        {
            version: '1.7.0',
            released: '2025-07-23',
            pluginDaemon: '0.2.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '7ec94eb83c096d1698e779af985f693efb088d57',
        },
        {
            version: '1.7.1',
            released: '2025-07-28',
            pluginDaemon: '0.2.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '0d2d349ab30c85979330daab451ead615b28a9af',
        },
        {
            version: '1.7.2',
            released: '2025-08-11',
            pluginDaemon: '0.2.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '0baccb9e829a8bed58387ca75a22ed6801ae3e1f',
        },
        {
            version: '1.8.0',
            released: '2025-08-27',
            pluginDaemon: '0.2.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'f04844435f98a2154fd546d25a701ab0a7341ded',
        },
        {
            version: '1.8.1',
            released: '2025-09-03',
            pluginDaemon: '0.2.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'c7700ac1762a4feccf60211d3dca3e39ec65a83c',
        },
        {
            version: '1.9.0',
            released: '2025-09-22',
            pluginDaemon: '0.3.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '2e2c87c5a111c641255da029dcda17b0d4f1acbb',
        },
        {
            version: '1.9.1',
            released: '2025-09-29',
            pluginDaemon: '0.3.0-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'cd47a47c3b4acc4d4457b73777722602c33bc950',
        },
        {
            version: '1.9.2',
            released: '2025-10-29',
            pluginDaemon: '0.3.3-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'ec871819e46de82f2f9ee33a71a61d96a58bdb37',
        },
        {
            version: '1.10.0',
            released: '2025-11-13',
            pluginDaemon: '0.4.1-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'a47276ac248d19a6ff8470c87c16d06a2525a69e',
        },
        // db service moved behind profiles (db_postgres/db_mysql); not started by default
        {
            version: '1.10.1',
            released: '2025-11-26',
            pluginDaemon: '0.4.1-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'b353a126d8fd24028c24b2e89015ee1fe9629682',
        },
        // hotfix tag on a release branch (not on main)
        {
            version: '1.10.1-fix.1',
            released: '2025-12-09',
            pluginDaemon: '0.4.1-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '57dc7e0b2cdee6a4caad4266639ac2c76ed3848c',
        },
        // init_permissions one-shot helper (busybox:latest) first appears
        {
            version: '1.11.0',
            released: '2025-12-11',
            pluginDaemon: '0.5.1-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '063b39ada56e0ad1a89559d3466fa82fd372cc6c',
        },
        {
            version: '1.11.1',
            released: '2025-12-12',
            pluginDaemon: '0.5.1-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '2058186f22b4e4d4e155f380c130f4e8f21622fa',
        },
        {
            version: '1.11.2',
            released: '2025-12-25',
            pluginDaemon: '0.5.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '0c4233e7df51f146b9d007132f3aca71d36919cb',
        },
        {
            version: '1.11.3',
            released: '2026-01-13',
            pluginDaemon: '0.5.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'a22cc5bc5e2e67fdb84995d840cdc2c4d6441d81',
        },
        {
            version: '1.11.4',
            released: '2026-01-15',
            pluginDaemon: '0.5.2-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'acfd34e8767c3f7c887f99c51763f6150ff21898',
        },
        {
            version: '1.12.0',
            released: '2026-02-03',
            pluginDaemon: '0.5.3-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'f5d6c250edab182b5c48724111c9f18dd09ec6e0',
        },
        {
            version: '1.12.1',
            released: '2026-02-04',
            pluginDaemon: '0.5.3-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'cd03e0a9ef7f2383853ace444e3aefe4fac05cde',
        },
        {
            version: '1.13.0',
            released: '2026-02-11',
            pluginDaemon: '0.5.3-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'c730fec1e422e907fed668291b2ea18c4c243644',
        },
        // tag commit is on a release branch; plugin daemon 0.5.4-local
        {
            version: '1.13.1',
            released: '2026-03-17',
            pluginDaemon: '0.5.4-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'f943f1e39bfb357bb0bf4f04204b9efc5cac85dc',
        },
        {
            version: '1.13.2',
            released: '2026-03-18',
            pluginDaemon: '0.5.4-local',
            sandbox: '0.2.12',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: 'c8560bacb328ef27a3cdaad2175b11df8338120d',
        },
        // plugin daemon goes back to 0.5.3-local and sandbox jumps to 0.2.14 (PR title says 0.2.13; the file says 0.2.14)
        {
            version: '1.13.3',
            released: '2026-03-25',
            pluginDaemon: '0.5.3-local',
            sandbox: '0.2.14',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '59639ca9b2ba2ba4b32b5feff5149cfc1ad0ba74',
        },
        {
            version: '1.14.0',
            released: '2026-04-29',
            pluginDaemon: '0.6.0-local',
            sandbox: '0.2.15',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '6fafeec41502152ec3552d1851aaeb3c22db1f02',
        },
        // api_websocket defined, but only under profile "collaboration" (opt-in, not in extraServices)
        {
            version: '1.14.1',
            released: '2026-05-12',
            pluginDaemon: '0.6.0-local',
            sandbox: '0.2.15',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '51a8f79d67de30f77f34d22105039aeb5526811f',
        },
        {
            version: '1.14.2',
            released: '2026-05-19',
            pluginDaemon: '0.6.1-local',
            sandbox: '0.2.15',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '7f392b6950c2e6fd1b5b7f746badb3b4581d705d',
        },
        {
            version: '1.15.0',
            released: '2026-06-25',
            pluginDaemon: '0.6.3-local',
            sandbox: '0.2.15',
            ssrfProxy: 'latest',
            extraServices: [],
            hasWorkerBeat: true,
            commit: '3aa26fb6374bbd47e5469f7d7cc25f3e0075a60c',
        },
        // No 1.16.0 tag ref was available offline: read at the version-bump commit (PR #39196);
        // the compose images stay identical on upstream main through 2026-07-24. api_websocket is
        // still profile "collaboration" only. Re-check against `git show 1.16.0:docker/docker-compose.yaml`.
        {
            version: '1.16.0',
            released: '2026-07-17',
            pluginDaemon: '0.6.3-local',
            sandbox: '0.2.15',
            ssrfProxy: 'latest',
            extraServices: ['local_sandbox', 'agent_backend'],
            hasWorkerBeat: true,
            commit: '5c6372d2f76d240265b92fd27c16bc772ffcb107',
        },
    ],
};


/***/ }),

/***/ 9481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ isValidFargateSize),
/* harmony export */   Mj: () => (/* binding */ fargateSizeTable),
/* harmony export */   sl: () => (/* binding */ allowedMemory)
/* harmony export */ });
/**
 * Valid Fargate task CPU and memory combinations (Linux), from the Amazon ECS
 * developer guide, "Task CPU and memory".
 */
const fargateSizeTable = {
    asOf: '2026-11-22',
    source: 'Amazon ECS Developer Guide, "Amazon ECS task definition parameters for Fargate: Task size"',
    /** cpu units -> allowed memory in MiB: [min, max, step] */
    ranges: {
        256: [
            [512, 512, 512],
            [1024, 2048, 1024],
        ],
        512: [[1024, 4096, 1024]],
        1024: [[2048, 8192, 1024]],
        2048: [[4096, 16384, 1024]],
        4096: [[8192, 30720, 1024]],
        8192: [[16384, 61440, 4096]],
        16384: [[32768, 122880, 8192]],
    },
};
function allowedMemory(cpu) {
    const ranges = fargateSizeTable.ranges[cpu] ?? [];
    return ranges.flatMap(([min, max, step]) => {
        const values = [];
        for (let m = min; m <= max; m += step)
            values.push(m);
        return values;
    });
}
function isValidFargateSize(cpu, memory) {
    return allowedMemory(cpu).includes(memory);
}


/***/ }),

/***/ 2248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ publicCoverage)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cidr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2195);


/**
 * The public internet, as the complement of the special-purpose ranges of
 * RFC 6890 (IPv4: private, shared, loopback, link-local, documentation,
 * benchmarking, multicast, reserved) and the global unicast block 2000::/3 (IPv6).
 */
const NOT_PUBLIC_IPV4 = [
    '0.0.0.0/8',
    '10.0.0.0/8',
    '100.64.0.0/10',
    '127.0.0.0/8',
    '169.254.0.0/16',
    '172.16.0.0/12',
    '192.0.0.0/24',
    '192.0.2.0/24',
    '192.168.0.0/16',
    '198.18.0.0/15',
    '198.51.100.0/24',
    '203.0.113.0/24',
    '224.0.0.0/4',
    '240.0.0.0/4',
];
const GLOBAL_UNICAST_IPV6 = '2000::/3';
function intervalOf(cidr) {
    if (!cidr.includes(':')) {
        const parsed = (0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIpv4Cidr */ .Bu)(cidr);
        if (!parsed)
            return undefined;
        const size = 2n ** BigInt(32 - parsed.prefixLength);
        const start = (BigInt(parsed.address) / size) * size;
        return { family: 'ipv4', interval: { start, end: start + size } };
    }
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValidCIDR(cidr))
        return undefined;
    const [address, prefixLength] = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parseCIDR(cidr);
    const value = address.toByteArray().reduce((sum, byte) => sum * 256n + BigInt(byte), 0n);
    const size = 2n ** BigInt(128 - prefixLength);
    const start = (value / size) * size;
    return { family: 'ipv6', interval: { start, end: start + size } };
}
/** The ranges of one family, merged into sorted disjoint intervals. */
function union(cidrs, family) {
    const intervals = cidrs
        .map(intervalOf)
        .flatMap((parsed) => (parsed?.family === family ? [parsed.interval] : []))
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const merged = [];
    for (const interval of intervals) {
        const last = merged.at(-1);
        if (last && interval.start <= last.end) {
            merged[merged.length - 1] = {
                start: last.start,
                end: interval.end > last.end ? interval.end : last.end,
            };
        }
        else
            merged.push(interval);
    }
    return merged;
}
/** How many addresses of `within` the intervals cover. */
function coveredCount(intervals, within) {
    let count = 0n;
    for (const a of intervals) {
        for (const b of within) {
            const start = a.start > b.start ? a.start : b.start;
            const end = a.end < b.end ? a.end : b.end;
            if (end > start)
                count += end - start;
        }
    }
    return count;
}
function publicIntervals(family) {
    if (family === 'ipv6')
        return union([GLOBAL_UNICAST_IPV6], 'ipv6');
    const excluded = union(NOT_PUBLIC_IPV4, 'ipv4');
    const result = [];
    let next = 0n;
    for (const { start, end } of excluded) {
        if (start > next)
            result.push({ start: next, end: start });
        next = end;
    }
    if (next < 2n ** 32n)
        result.push({ start: next, end: 2n ** 32n });
    return result;
}
const PUBLIC = { ipv4: publicIntervals('ipv4'), ipv6: publicIntervals('ipv6') };
const PUBLIC_SIZE = {
    ipv4: coveredCount(PUBLIC.ipv4, PUBLIC.ipv4),
    ipv6: coveredCount(PUBLIC.ipv6, PUBLIC.ipv6),
};
/** How much of the public internet (of one family) the ranges admit, together. */
function publicCoverage(cidrs, family = 'ipv4') {
    const addresses = coveredCount(union(cidrs, family), PUBLIC[family]);
    return {
        addresses,
        share: Number((addresses * 1000000n) / PUBLIC_SIZE[family]) / 1_000_000,
        everything: addresses === PUBLIC_SIZE[family],
    };
}


/***/ }),

/***/ 5772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ profileId),
/* harmony export */   It: () => (/* binding */ aModelFor),
/* harmony export */   LE: () => (/* binding */ configuredModels),
/* harmony export */   ML: () => (/* binding */ hasProfile),
/* harmony export */   Zo: () => (/* binding */ findBedrockModel),
/* harmony export */   fC: () => (/* binding */ profilesCallableFrom),
/* harmony export */   iK: () => (/* binding */ profileSources),
/* harmony export */   no: () => (/* binding */ isOfferedIn),
/* harmony export */   vZ: () => (/* binding */ knownModelIds)
/* harmony export */ });
/* unused harmony export parseModelId */
/* harmony import */ var _data_bedrock_models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8697);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6235);


const PROFILE_PREFIXES = ['us', 'eu', 'apac', 'jp', 'au', 'ca', 'global', 'us-gov'];
const ROLES = ['chat', 'embedding', 'rerank'];
// Narrowest geography first: the profile that keeps requests closest to the caller, global last.
const PROFILE_PREFERENCE = ['jp', 'au', 'ca', 'eu', 'us', 'apac', 'global'];
const tableModels = _data_bedrock_models_js__WEBPACK_IMPORTED_MODULE_0__/* .bedrockModelTable */ .i.models;
function isProfilePrefix(value) {
    return PROFILE_PREFIXES.includes(value);
}
/** "jp.anthropic.claude-…" -> { profile: "jp", baseId: "anthropic.claude-…" }; a base ID has no profile. */
function parseModelId(id) {
    const dot = id.indexOf('.');
    const head = id.slice(0, dot);
    const rest = id.slice(dot + 1);
    // A base ID is "<provider>.<model>", so a profile ID still has a dot after its prefix.
    if (dot > 0 && isProfilePrefix(head) && rest.includes('.'))
        return { profile: head, baseId: rest };
    return { baseId: id };
}
function profileId(profile, baseId) {
    return `${profile}.${baseId}`;
}
function findBedrockModel(baseId) {
    return tableModels.find((model) => model.id === baseId);
}
/** Every base model ID in the table. */
function knownModelIds() {
    return tableModels.map((model) => model.id);
}
/** The regions from which "<profile>.<model>" can be called; empty when the model has no such profile. */
function profileSources(model, profile) {
    return profile === 'us-gov' ? [] : (model.profiles[profile] ?? []);
}
function hasProfile(model, profile) {
    return profileSources(model, profile).length > 0;
}
/** Whether the ID (base or profile) of this model can be invoked from the region, per the table. */
function isOfferedIn(model, id, region) {
    return id.profile === undefined
        ? model.inRegion.includes(region)
        : profileSources(model, id.profile).includes(region);
}
/** The profiles of the model that the region can call, narrowest geography first. */
function profilesCallableFrom(model, region) {
    return PROFILE_PREFERENCE.filter((profile) => profileSources(model, profile).includes(region));
}
/** "a chat model", "an embedding model", "a rerank model". */
function aModelFor(role) {
    return `${role === 'embedding' ? 'an' : 'a'} ${role} model`;
}
/** Every model in bedrock.models, in role order (chat, embedding, rerank) and then as written. */
function configuredModels(models) {
    return ROLES.flatMap((role) => (models[role] ?? []).map((id, index) => {
        const parsed = parseModelId(id);
        return {
            ...parsed,
            role,
            id,
            pointer: (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPointer */ .Kn)((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPointer */ .Kn)('/bedrock/models', role), index),
            model: findBedrockModel(parsed.baseId),
        };
    }));
}


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ SSRF_PROXY_MEMORY_MIB),
/* harmony export */   dg: () => (/* binding */ SSRF_PROXY_CPU_UNITS),
/* harmony export */   wi: () => (/* binding */ apiTaskFits)
/* harmony export */ });
/* harmony import */ var _data_fargate_sizes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9481);

/** Memory (MiB) the renderer reserves for the SSRF proxy container in the API task. */
const SSRF_PROXY_MEMORY_MIB = 128;
/** CPU units the renderer reserves for the SSRF proxy container in the API task. */
const SSRF_PROXY_CPU_UNITS = 64;
const API_MIN_MEMORY_MIB = 1024;
const API_MIN_CPU_UNITS = 256;
const apiTaskFits = {
    id: 'ECS002',
    title: 'The API task leaves the api container enough room beside the plugin daemon, sandbox and SSRF proxy',
    severity: 'error',
    check({ environment }) {
        const { api, pluginDaemon, sandbox } = environment.dify.services;
        const sharedCpu = pluginDaemon.cpu + sandbox.cpu + SSRF_PROXY_CPU_UNITS;
        const sharedMemory = pluginDaemon.memory + sandbox.memory + SSRF_PROXY_MEMORY_MIB;
        const cpuShort = api.cpu - sharedCpu < API_MIN_CPU_UNITS;
        const memoryShort = api.memory - sharedMemory < API_MIN_MEMORY_MIB;
        if (!cpuShort && !memoryShort)
            return [];
        const size = nextSizeThatFits(api.cpu, api.memory, sharedCpu + API_MIN_CPU_UNITS, sharedMemory + API_MIN_MEMORY_MIB);
        const hint = size
            ? `Set dify.services.api to cpu ${size.cpu} and memory ${size.memory}, the next Fargate size that leaves the api container at least ${API_MIN_CPU_UNITS} CPU units and ${API_MIN_MEMORY_MIB} MiB, or give the plugin daemon or sandbox less.`
            : `No Fargate size leaves the api container ${API_MIN_CPU_UNITS} CPU units and ${API_MIN_MEMORY_MIB} MiB beside these shares: give the plugin daemon or sandbox less.`;
        const findings = [];
        if (cpuShort) {
            findings.push({
                pointer: '/dify/services/api/cpu',
                message: `the plugin daemon, sandbox and SSRF proxy take ${sharedCpu} of the API task's ${api.cpu} CPU units (${pluginDaemon.cpu} + ${sandbox.cpu} + ${SSRF_PROXY_CPU_UNITS}), leaving the api container ${Math.max(api.cpu - sharedCpu, 0)} of the ${API_MIN_CPU_UNITS} it needs`,
                hint,
            });
        }
        if (memoryShort) {
            findings.push({
                pointer: '/dify/services/api/memory',
                message: `the plugin daemon, sandbox and SSRF proxy take ${sharedMemory} of the API task's ${api.memory} MiB (${pluginDaemon.memory} + ${sandbox.memory} + ${SSRF_PROXY_MEMORY_MIB}), leaving the api container ${Math.max(api.memory - sharedMemory, 0)} of the ${API_MIN_MEMORY_MIB} MiB it needs`,
                hint,
            });
        }
        return findings;
    },
};
/** The smallest Fargate size, no smaller than the current one in either dimension, that holds the given totals. */
function nextSizeThatFits(cpu, memory, neededCpu, neededMemory) {
    const cpus = Object.keys(_data_fargate_sizes_js__WEBPACK_IMPORTED_MODULE_0__/* .fargateSizeTable */ .Mj.ranges)
        .map(Number)
        .sort((a, b) => a - b);
    for (const candidateCpu of cpus) {
        if (candidateCpu < Math.max(cpu, neededCpu))
            continue;
        const candidateMemory = (0,_data_fargate_sizes_js__WEBPACK_IMPORTED_MODULE_0__/* .allowedMemory */ .sl)(candidateCpu).find((m) => m >= Math.max(memory, neededMemory));
        if (candidateMemory !== undefined)
            return { cpu: candidateCpu, memory: candidateMemory };
    }
    return undefined;
}


/***/ }),

/***/ 2234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ allPolicyChecks)
});

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/data/aws-regions.ts
var aws_regions = __webpack_require__(5809);
// EXTERNAL MODULE: ./src/data/bedrock-models.ts
var bedrock_models = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/environment/bedrock-model-ids.ts
var bedrock_model_ids = __webpack_require__(5772);
;// CONCATENATED MODULE: ./src/environment/checks/bdr001-model-offered.ts




const modelOffered = {
    id: 'BDR001',
    title: 'Every configured Bedrock model is offered in the Bedrock region, under a role the model has',
    severity: 'error',
    check({ environment, written }) {
        const { bedrock } = environment;
        // REG001 reports an unknown region; every model would fail here as well.
        if (!(0,aws_regions/* isKnownRegion */.K)(bedrock.region))
            return [];
        if (!bedrock_models/* bedrockModelTable */.i.regions.includes(bedrock.region))
            return [noBedrock(bedrock.region, written)];
        return (0,bedrock_model_ids/* configuredModels */.LE)(bedrock.models).flatMap((entry) => findingsFor(entry, bedrock));
    },
};
function noBedrock(region, written) {
    return {
        pointer: written.bedrock.region === undefined ? '/region' : '/bedrock/region',
        message: `${JSON.stringify(region)} has no Bedrock runtime in the model table of ${bedrock_models/* bedrockModelTable */.i.asOf}`,
        hint: `Set bedrock.region to a region where Bedrock runs (listed in src/data/bedrock-models.ts), or add ${region} there if Bedrock has launched in it since.`,
    };
}
function findingsFor(entry, bedrock) {
    const { model } = entry;
    if (!model)
        return [unknownModel(entry, bedrock.region)];
    const findings = [];
    if (!model.roles.includes(entry.role))
        findings.push(wrongRole(entry, model));
    // A model past end of life is BDR002's finding, with its replacement.
    if (model.lifecycle.status !== 'EOL' && !(0,bedrock_model_ids/* isOfferedIn */.no)(model, entry, bedrock.region)) {
        findings.push({
            pointer: entry.pointer,
            message: notOfferedMessage(entry, model, bedrock.region),
            hint: notOfferedHint(entry, model, bedrock),
        });
    }
    return findings;
}
function unknownModel(entry, region) {
    const suggestion = closestKnownId(entry.baseId);
    const didYouMean = suggestion === undefined
        ? ''
        : `Did you mean ${JSON.stringify(entry.profile === undefined ? suggestion : (0,bedrock_model_ids/* profileId */.H0)(entry.profile, suggestion))}? `;
    return {
        pointer: entry.pointer,
        severity: 'warning',
        message: `${JSON.stringify(entry.id)} is not in the Bedrock model table of ${bedrock_models/* bedrockModelTable */.i.asOf}, so whether ${JSON.stringify(region)} offers it cannot be checked offline`,
        hint: `${didYouMean}If the ID is right, check it in the Bedrock console for ${region} and add the model to src/data/bedrock-models.ts.`,
    };
}
function closestKnownId(baseId) {
    const candidate = (0,mod/* closest */.kp)(baseId, (0,bedrock_model_ids/* knownModelIds */.vZ)());
    return (0,mod/* distance */.Io)(baseId, candidate) <= 3 ? candidate : undefined;
}
function wrongRole(entry, model) {
    const role = model.roles[0] ?? 'chat';
    return {
        pointer: entry.pointer,
        severity: 'warning',
        message: `${JSON.stringify(entry.id)} is listed under ${entry.role}, but ${model.name} is ${(0,bedrock_model_ids/* aModelFor */.It)(role)}`,
        hint: `Move it to bedrock.models.${role}, or pick ${(0,bedrock_model_ids/* aModelFor */.It)(entry.role)} here.`,
    };
}
function notOfferedMessage(entry, model, region) {
    const id = JSON.stringify(entry.id);
    if (entry.profile === undefined)
        return `${id} is not offered on demand in ${JSON.stringify(region)}`;
    if (entry.profile === 'us-gov')
        return `${id} is a GovCloud inference profile, which ${JSON.stringify(region)} cannot call`;
    if (!(0,bedrock_model_ids/* hasProfile */.ML)(model, entry.profile))
        return `${id} does not exist: ${model.name} has no ${entry.profile}. inference profile`;
    return `${id} cannot be called from ${JSON.stringify(region)}`;
}
/** The nearest fix: the in-region base model, another profile this region can call, or another region. */
function notOfferedHint(entry, model, bedrock) {
    const { region, dataResidency, crossRegionInference } = bedrock;
    if (entry.profile !== undefined && model.inRegion.includes(region)) {
        return `Use the in-region model ${JSON.stringify(entry.baseId)}, which ${region} offers without a profile.`;
    }
    // BDR003 refuses any other prefix under a residency rule, so do not suggest one.
    const profile = (0,bedrock_model_ids/* profilesCallableFrom */.fC)(model, region).find((p) => p !== entry.profile && (dataResidency === 'none' || p === dataResidency));
    if (profile !== undefined) {
        const switchOn = crossRegionInference ? '' : ' with bedrock.crossRegionInference set to true';
        return `Use the inference profile ${JSON.stringify((0,bedrock_model_ids/* profileId */.H0)(profile, entry.baseId))}, which ${region} can call${switchOn}.`;
    }
    const regions = entry.profile === undefined ? model.inRegion : (0,bedrock_model_ids/* profileSources */.iK)(model, entry.profile);
    if (regions.length > 0) {
        return `Pick ${(0,bedrock_model_ids/* aModelFor */.It)(entry.role)} that ${region} offers, or set bedrock.region to one that offers ${JSON.stringify(entry.id)}: ${listRegions(regions)}.`;
    }
    return `Pick ${(0,bedrock_model_ids/* aModelFor */.It)(entry.role)} that ${region} offers (see src/data/bedrock-models.ts).`;
}
function listRegions(regions) {
    const shown = 6;
    if (regions.length <= shown)
        return regions.join(', ');
    return `${regions.slice(0, shown).join(', ')} and ${regions.length - shown} more`;
}

;// CONCATENATED MODULE: ./src/environment/checks/bdr002-model-lifecycle.ts

const modelLifecycle = {
    id: 'BDR002',
    title: 'No configured Bedrock model is legacy or past its end of life',
    severity: 'error',
    check({ environment }) {
        // A model the table does not know is BDR001's finding.
        return (0,bedrock_model_ids/* configuredModels */.LE)(environment.bedrock.models).flatMap((entry) => entry.model ? lifecycleFindings(entry, entry.model) : []);
    },
};
function lifecycleFindings(entry, model) {
    const { status, legacyDate, eolDate } = model.lifecycle;
    const subject = `${JSON.stringify(entry.id)} (${model.name})`;
    const replacement = replacementId(entry, model);
    if (status === 'EOL') {
        return [
            {
                pointer: entry.pointer,
                message: `${subject} is past end of life${eolDate ? ` on ${eolDate}` : ''}`,
                hint: replacement
                    ? `Replace it with ${JSON.stringify(replacement)}.`
                    : `Replace it with an active ${entry.role} model; src/data/bedrock-models.ts names no successor.`,
            },
        ];
    }
    if (status === 'LEGACY') {
        const since = legacyDate ? ` since ${legacyDate}` : '';
        const until = eolDate ? ` and reaches end of life on ${eolDate}` : '';
        const move = replacement
            ? `Move to ${JSON.stringify(replacement)}`
            : `Move to an active ${entry.role} model`;
        return [
            {
                pointer: entry.pointer,
                severity: 'warning',
                message: `${subject} is legacy${since}${until}`,
                hint: `${move}: new accounts cannot use a legacy model, and accounts that leave it unused for 15 days may lose access.`,
            },
        ];
    }
    return [];
}
/** The table's replacement, behind the same profile prefix when the replacement has that profile. */
function replacementId(entry, model) {
    const replacement = model.lifecycle.replacement;
    if (replacement === undefined)
        return undefined;
    const successor = (0,bedrock_model_ids/* findBedrockModel */.Zo)(replacement);
    if (entry.profile !== undefined && successor && (0,bedrock_model_ids/* hasProfile */.ML)(successor, entry.profile)) {
        return (0,bedrock_model_ids/* profileId */.H0)(entry.profile, replacement);
    }
    return replacement;
}

;// CONCATENATED MODULE: ./src/environment/checks/bdr003-data-residency.ts


const GEOGRAPHY = { jp: 'Japan', eu: 'Europe', us: 'the United States' };
const dataResidency = {
    id: 'BDR003',
    title: 'The stack, the Bedrock region and every inference profile stay inside the data-residency geography',
    severity: 'error',
    check({ environment, written }) {
        const residency = environment.bedrock.dataResidency;
        if (residency === 'none')
            return [];
        const findings = [];
        const stack = regionOutside('/region', 'stack region', environment.region, residency);
        if (stack)
            findings.push(stack);
        // Left out, the Bedrock region is the stack region, already reported above.
        if (written.bedrock.region !== undefined) {
            const bedrock = regionOutside('/bedrock/region', 'Bedrock region', written.bedrock.region, residency);
            if (bedrock)
                findings.push(bedrock);
        }
        for (const entry of (0,bedrock_model_ids/* configuredModels */.LE)(environment.bedrock.models)) {
            // Only the geography's own prefix keeps requests inside it; profileDestinations is a union over source
            // regions and must not be used to accept or reject a profile on its own.
            if (entry.profile === undefined || entry.profile === residency)
                continue;
            findings.push({
                pointer: entry.pointer,
                message: `the ${entry.profile}. profile ${JSON.stringify(entry.id)} can route requests outside ${GEOGRAPHY[residency]}`,
                hint: profileHint(entry, residency, environment),
            });
        }
        return findings;
    },
};
function regionOutside(pointer, label, region, residency) {
    const allowed = bedrock_models/* residencyRegions */.K[residency];
    if (allowed.includes(region))
        return undefined;
    return {
        pointer,
        message: `the ${label} ${JSON.stringify(region)} lies outside ${GEOGRAPHY[residency]}, which dataResidency ${JSON.stringify(residency)} requires`,
        hint: `With dataResidency ${JSON.stringify(residency)} use ${orList(allowed)}.`,
    };
}
function profileHint(entry, residency, environment) {
    const { model } = entry;
    const region = environment.bedrock.region;
    if (model && (0,bedrock_model_ids/* hasProfile */.ML)(model, residency)) {
        return `Use ${JSON.stringify((0,bedrock_model_ids/* profileId */.H0)(residency, entry.baseId))}, which keeps requests in ${GEOGRAPHY[residency]}.`;
    }
    if (model?.inRegion.includes(region)) {
        return `Use the in-region model ${JSON.stringify(entry.baseId)}, which keeps requests in ${region}.`;
    }
    return `Pick ${(0,bedrock_model_ids/* aModelFor */.It)(entry.role)} that has a ${residency}. profile or that ${region} offers in-region.`;
}
function orList(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/environment/checks/bdr004-cross-region-inference.ts

const crossRegionInference = {
    id: 'BDR004',
    title: 'Inference profiles are used only when cross-region inference is allowed',
    severity: 'error',
    check({ environment }) {
        const { bedrock } = environment;
        if (bedrock.crossRegionInference)
            return [];
        return (0,bedrock_model_ids/* configuredModels */.LE)(bedrock.models)
            .filter((entry) => entry.profile !== undefined)
            .map((entry) => ({
            pointer: entry.pointer,
            message: `${JSON.stringify(entry.id)} is a cross-region inference profile, but bedrock.crossRegionInference is false`,
            hint: hint(entry, bedrock.region),
        }));
    },
};
function hint(entry, region) {
    const turnOn = 'Set bedrock.crossRegionInference to true';
    if (entry.model?.inRegion.includes(region)) {
        return `${turnOn}, or use the in-region model ${JSON.stringify(entry.baseId)}, which ${region} offers.`;
    }
    if (entry.model)
        return `${turnOn}; ${region} does not offer ${JSON.stringify(entry.baseId)} in-region.`;
    return `${turnOn}, or use a base model ID that ${region} offers in-region.`;
}

;// CONCATENATED MODULE: ./src/environment/checks/bdr005-closed-network-bedrock-region.ts
const closedNetworkBedrockRegion = {
    id: 'BDR005',
    title: 'A closed network calls Bedrock in the stack region, where its VPC endpoints are',
    severity: 'error',
    check({ environment }) {
        const { region } = environment;
        const bedrockRegion = environment.bedrock.region;
        if (environment.network.egress !== 'none' || bedrockRegion === region)
            return [];
        return [
            {
                pointer: '/bedrock/region',
                message: `the Bedrock region ${JSON.stringify(bedrockRegion)} differs from the stack region ${JSON.stringify(region)} in a closed network`,
                hint: `Remove bedrock.region or set it to ${JSON.stringify(region)}: with network.egress "none" Dify reaches Bedrock only through VPC endpoints, which serve their own region.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/db001-capacity-range.ts
const capacityRange = {
    id: 'DB001',
    title: "The database's capacity range is valid and suits a Dify that serves requests",
    severity: 'error',
    check({ environment }) {
        const { minCapacity, maxCapacity } = environment.database;
        const findings = [];
        if (maxCapacity < minCapacity) {
            findings.push({
                pointer: '/database/maxCapacity',
                message: `the maximum capacity of ${maxCapacity} ACU is below the minimum of ${minCapacity} ACU`,
                hint: `Raise database.maxCapacity to at least ${minCapacity}, or lower database.minCapacity.`,
            });
        }
        if (minCapacity === 0 && environment.dify.services.api.desiredCount > 0) {
            findings.push({
                pointer: '/database/minCapacity',
                severity: 'warning',
                message: 'with a minimum capacity of 0 the database pauses when idle, and the first request after a pause waits about 15 s for Aurora to resume',
                hint: 'Fine for development; for an environment people rely on, set database.minCapacity to 0.5 or more.',
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/dom001-certificate-validation-zone.ts
const certificateValidationZone = {
    id: 'DOM001',
    title: 'A certificate the kit creates has a hosted zone to be validated in',
    severity: 'error',
    check({ environment }) {
        const { domain } = environment;
        if (domain?.certificate !== 'create' || domain.hostedZoneId !== undefined)
            return [];
        return [
            {
                pointer: '/domain/hostedZoneId',
                message: `the certificate for ${JSON.stringify(domain.hostName)} cannot be validated by DNS without domain.hostedZoneId`,
                hint: 'Set domain.hostedZoneId to the Route 53 hosted zone that holds the host name, or set domain.certificate to the ARN of an ACM certificate that covers it.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/dom002-certificate-location.ts
const CERTIFICATE_ARN = /^arn:aws:acm:([^:]+):(\d{12}):certificate\//;
const certificateLocation = {
    id: 'DOM002',
    title: "An existing certificate is in the stack's region and account",
    severity: 'error',
    check({ environment }) {
        const certificate = environment.domain?.certificate;
        const match = certificate === undefined ? null : CERTIFICATE_ARN.exec(certificate);
        if (!match)
            return [];
        const [, region = '', account = ''] = match;
        const findings = [];
        if (region !== environment.region) {
            findings.push({
                pointer: '/domain/certificate',
                message: `the certificate is in ${JSON.stringify(region)}, but the load balancer is in ${JSON.stringify(environment.region)}`,
                hint: region === 'us-east-1'
                    ? `A load balancer takes certificates from its own region only (us-east-1 is for CloudFront): request or import one in ${environment.region}.`
                    : `A load balancer takes certificates from its own region only: request or import one in ${environment.region}.`,
            });
        }
        if (account !== environment.accountId) {
            findings.push({
                pointer: '/domain/certificate',
                message: `the certificate belongs to account ${JSON.stringify(account)}, not this environment's account ${JSON.stringify(environment.accountId)}`,
                hint: `A load balancer takes certificates from its own account only: request or import one in account ${environment.accountId}.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/dom003-certificate-name-length.ts
/**
 * ACM puts the first domain name of a certificate in its subject's common
 * name, which X.509 limits to 64 characters: RequestCertificate refuses a
 * longer DomainName ("The first domain name you enter cannot exceed 64
 * octets, including periods", docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html).
 */
const MAX_CERTIFICATE_NAME_LENGTH = 64;
const certificateNameLength = {
    id: 'DOM003',
    title: 'A certificate the kit requests names a host ACM can issue it for',
    severity: 'error',
    check({ environment }) {
        const domain = environment.domain;
        if (domain === undefined || domain.certificate !== 'create')
            return [];
        if (domain.hostName.length <= MAX_CERTIFICATE_NAME_LENGTH)
            return [];
        return [
            {
                pointer: '/domain/hostName',
                message: `the host name is ${domain.hostName.length} characters long; ACM requests a certificate only for a name of at most ${MAX_CERTIFICATE_NAME_LENGTH}`,
                hint: 'Use a shorter host name, or import a certificate that covers it (for example a wildcard of its parent domain) and set domain.certificate to its ARN.',
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/data/fargate-sizes.ts
var fargate_sizes = __webpack_require__(9481);
;// CONCATENATED MODULE: ./src/environment/checks/ecs001-fargate-task-size.ts

const TASKS = ['api', 'worker', 'beat', 'web'];
const fargateTaskSize = {
    id: 'ECS001',
    title: 'Every task has a CPU and memory pair that Fargate accepts',
    severity: 'error',
    check({ environment }) {
        const findings = [];
        for (const task of TASKS) {
            const { cpu, memory } = environment.dify.services[task];
            if ((0,fargate_sizes/* isValidFargateSize */.K4)(cpu, memory))
                continue;
            const allowed = (0,fargate_sizes/* allowedMemory */.sl)(cpu);
            findings.push({
                pointer: `/dify/services/${task}/memory`,
                message: `${memory} MiB is not a Fargate memory size for ${cpu} CPU units`,
                hint: `With ${cpu} CPU use ${allowed[0]} to ${allowed.at(-1)} MiB (${describeSteps(allowed)}), or change the CPU.`,
            });
        }
        return findings;
    },
};
function describeSteps(values) {
    if (values.length <= 4)
        return values.join(', ');
    const step = (values[values.length - 1] ?? 0) - (values[values.length - 2] ?? 0);
    return `in steps of ${step}`;
}

// EXTERNAL MODULE: ./src/environment/checks/ecs002-api-task-fits.ts
var ecs002_api_task_fits = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/environment/checks/ecs003-plugin-daemon-memory.ts
const MIN_PLUGIN_DAEMON_MEMORY_MIB = 1024;
const pluginDaemonMemory = {
    id: 'ECS003',
    title: 'The plugin daemon has enough memory to install and run plugins',
    severity: 'warning',
    check({ environment }) {
        const { memory } = environment.dify.services.pluginDaemon;
        if (memory >= MIN_PLUGIN_DAEMON_MEMORY_MIB)
            return [];
        return [
            {
                pointer: '/dify/services/pluginDaemon/memory',
                message: `${memory} MiB is too little for the plugin daemon, which runs every plugin as its own Python process`,
                hint: `Give it at least ${MIN_PLUGIN_DAEMON_MEMORY_MIB} MiB: out-of-memory crash loops while installing plugins are the most reported plugin-daemon failure.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/eml001-from-address-domain.ts
const fromAddressDomain = {
    id: 'EML001',
    title: 'The sender address belongs to the sending domain',
    severity: 'error',
    check({ environment }) {
        const { email } = environment;
        if (email === undefined)
            return [];
        const addressDomain = email.fromAddress.slice(email.fromAddress.lastIndexOf('@') + 1).toLowerCase();
        const sendingDomain = email.sendingDomain.toLowerCase();
        if (addressDomain === sendingDomain || addressDomain.endsWith(`.${sendingDomain}`))
            return [];
        return [
            {
                pointer: '/email/fromAddress',
                message: `${JSON.stringify(email.fromAddress)} is not an address of the sending domain ${JSON.stringify(email.sendingDomain)}`,
                hint: `SES sends only from its verified domain and the domain's subdomains: use an address at ${email.sendingDomain}, or change email.sendingDomain.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/env001-managed-variable.ts
/** Variables the kit sets in Dify's containers; an extra entry for one would conflict with it. */
const KIT_MANAGED_VARIABLES = [
    'SECRET_KEY',
    'DB_USERNAME',
    'DB_PASSWORD',
    'DB_HOST',
    'DB_PORT',
    'DB_DATABASE',
    'DB_SSL_MODE',
    'REDIS_HOST',
    'REDIS_PORT',
    'REDIS_PASSWORD',
    'REDIS_USE_SSL',
    'CELERY_BROKER_URL',
    'STORAGE_TYPE',
    'S3_BUCKET_NAME',
    'S3_REGION',
    'S3_USE_AWS_MANAGED_IAM',
    'VECTOR_STORE',
    'PGVECTOR_HOST',
    'PGVECTOR_PORT',
    'PGVECTOR_USER',
    'PGVECTOR_PASSWORD',
    'PGVECTOR_DATABASE',
    'CODE_EXECUTION_ENDPOINT',
    'CODE_EXECUTION_API_KEY',
    'PLUGIN_DAEMON_URL',
    'PLUGIN_DAEMON_KEY',
    'INNER_API_KEY_FOR_PLUGIN',
    'SERVER_KEY',
    'SERVER_PORT',
    'DIFY_INNER_API_KEY',
    'DIFY_INNER_API_URL',
    'PLUGIN_STORAGE_TYPE',
    'PLUGIN_STORAGE_OSS_BUCKET',
    'PLUGIN_INSTALLED_PATH',
    'AWS_REGION',
    'PIP_MIRROR_URL',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'SSRF_PROXY_HTTP_URL',
    'SSRF_PROXY_HTTPS_URL',
    'API_KEY',
    'MODE',
    'MIGRATION_ENABLED',
    'CONSOLE_API_URL',
    'CONSOLE_WEB_URL',
    'SERVICE_API_URL',
    'APP_API_URL',
    'APP_WEB_URL',
    'FILES_URL',
    'INTERNAL_FILES_URL',
    'TRIGGER_URL',
    'ENDPOINT_URL_TEMPLATE',
    'BROKER_USE_SSL',
    'HOSTNAME',
    'PORT',
    'NO_PROXY',
    'PLUGIN_WORKING_PATH',
    'SANDBOX_PORT',
    'MAIL_TYPE',
    'MAIL_DEFAULT_SEND_FROM',
    'SMTP_SERVER',
    'SMTP_PORT',
    'SMTP_USE_TLS',
    'SMTP_USERNAME',
    'SMTP_PASSWORD',
];
const MANAGED = new Set(KIT_MANAGED_VARIABLES);
/** Mail settings are the kit's only when it manages mail (`email`); otherwise a user may bring their own relay. */
const MAIL_VARIABLES = new Set([
    'MAIL_TYPE',
    'MAIL_DEFAULT_SEND_FROM',
    'SMTP_SERVER',
    'SMTP_PORT',
    'SMTP_USE_TLS',
    'SMTP_USERNAME',
    'SMTP_PASSWORD',
]);
/** Managed variables the file controls through a setting of its own. */
const SETTING_FOR = {
    MIGRATION_ENABLED: 'dify.autoMigrateDatabase',
    PIP_MIRROR_URL: 'dify.plugins.pipMirrorUrl',
    CONSOLE_API_URL: 'domain.hostName',
    CONSOLE_WEB_URL: 'domain.hostName',
    SERVICE_API_URL: 'domain.hostName',
    APP_API_URL: 'domain.hostName',
    APP_WEB_URL: 'domain.hostName',
    FILES_URL: 'domain.hostName',
    TRIGGER_URL: 'domain.hostName',
    ENDPOINT_URL_TEMPLATE: 'domain.hostName',
    MAIL_TYPE: 'email',
    MAIL_DEFAULT_SEND_FROM: 'email.fromAddress',
    SMTP_SERVER: 'email',
    SMTP_PORT: 'email',
    SMTP_USE_TLS: 'email',
    SMTP_USERNAME: 'email',
    SMTP_PASSWORD: 'email',
    NO_PROXY: 'dify.plugins.egressProxyUrl',
};
const managedVariable = {
    id: 'ENV001',
    title: 'Extra variables neither override what the kit sets nor repeat one another',
    severity: 'error',
    check({ environment }) {
        const findings = [];
        const earlier = [];
        environment.dify.environment.forEach((variable, index) => {
            const pointer = `/dify/environment/${index}/name`;
            const name = JSON.stringify(variable.name);
            if (MANAGED.has(variable.name) &&
                (environment.email !== undefined || !MAIL_VARIABLES.has(variable.name))) {
                const setting = SETTING_FOR[variable.name];
                findings.push({
                    pointer,
                    message: `${name} is set by the kit`,
                    hint: setting
                        ? `Remove this entry and use ${setting}, which the kit turns into ${variable.name}.`
                        : `Remove this entry: the kit sets ${variable.name} itself, and a second value would conflict with it.`,
                });
                return;
            }
            for (const other of earlier) {
                if (other.variable.name !== variable.name)
                    continue;
                const shared = variable.targets.filter((target) => other.variable.targets.includes(target));
                if (shared.length === 0)
                    continue;
                findings.push({
                    pointer,
                    message: `${name} is already given to ${describeContainers(shared)} by dify.environment[${other.index}]`,
                    hint: 'Keep one entry per variable and container: merge the two, or narrow their targets so that they do not overlap.',
                });
                break;
            }
            earlier.push({ index, variable });
        });
        return findings;
    },
};
function describeContainers(targets) {
    const last = targets.at(-1) ?? '';
    const names = targets.length === 1 ? last : `${targets.slice(0, -1).join(', ')} and ${last}`;
    return `the ${names} container${targets.length === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/environment/json-pointer.ts
var json_pointer = __webpack_require__(6235);
// EXTERNAL MODULE: ./src/environment/secret-names.ts
var secret_names = __webpack_require__(9704);
// EXTERNAL MODULE: ./src/environment/show-value.ts
var show_value = __webpack_require__(572);
;// CONCATENATED MODULE: ./src/environment/checks/env002-literal-secret.ts



const MOVE_TO_SECRETS_MANAGER = 'A literal value sits in plain text in the ECS task definition, where anyone who can read it sees it: store it in Secrets Manager and use fromSecret instead.';
/**
 * Literal secrets, by name or by look: a variable named like a secret, and any
 * literal that looks like a credential whatever its name (the value wins over
 * a name that reads like a setting). Tags and the description reach the stack
 * and every report as they are, so a credential there is refused too.
 */
const literalSecret = {
    id: 'ENV002',
    title: 'Secrets come from Secrets Manager, never as a literal value',
    severity: 'error',
    check({ environment }) {
        const findings = [];
        environment.dify.environment.forEach(({ name, value }, index) => {
            if (value === undefined)
                return;
            const pointer = `/dify/environment/${index}/value`;
            if ((0,secret_names/* looksSecretValue */.Wg)(value)) {
                findings.push({
                    pointer,
                    message: `the literal value of ${JSON.stringify(name)} looks like a credential (a password in a URL, a private key, a token or key)`,
                    hint: MOVE_TO_SECRETS_MANAGER,
                });
            }
            else if ((0,secret_names/* isSecretVariable */.tS)(name, value)) {
                findings.push({
                    pointer,
                    message: `${JSON.stringify(name)} looks like a secret but is given as a literal value`,
                    hint: MOVE_TO_SECRETS_MANAGER,
                });
            }
        });
        const shown = [
            ...(environment.description === undefined
                ? []
                : [{ pointer: '/description', what: 'the description', value: environment.description }]),
            ...Object.entries(environment.tags ?? {}).map(([key, value]) => ({
                pointer: (0,json_pointer/* joinPointer */.Kn)('/tags', key),
                what: `the value of tag ${(0,show_value/* showValue */.vp)(key)}`,
                value,
            })),
        ];
        for (const { pointer, what, value } of shown) {
            if (!(0,secret_names/* looksSecretValue */.Wg)(value))
                continue;
            findings.push({
                pointer,
                message: `${what} looks like a credential (a password in a URL, a private key, a token or key)`,
                hint: 'Tags and the description are shown on the stack, its resources and every report: keep credentials in Secrets Manager, never here.',
            });
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/environment/dify-versions.ts
var dify_versions = __webpack_require__(9305);
;// CONCATENATED MODULE: ./src/environment/checks/img001-floating-image-tag.ts

const PINNED = [
    { field: 'version', label: 'Dify' },
    { field: 'pluginDaemonVersion', label: 'plugin daemon' },
    { field: 'sandboxVersion', label: 'sandbox' },
];
const floatingImageTag = {
    id: 'IMG001',
    title: 'Images are pinned to a release, never a floating tag such as latest',
    severity: 'error',
    check({ environment }) {
        const findings = [];
        for (const { field, label } of PINNED) {
            const tag = environment.dify[field];
            if (tag === undefined || !(0,dify_versions/* isFloatingTag */.Dv)(tag))
                continue;
            findings.push({
                pointer: `/dify/${field}`,
                message: `the ${label} image tag ${JSON.stringify(tag)} moves with every release`,
                hint: field === 'version'
                    ? 'Pin an exact release such as "1.13.3"; a floating tag changes what runs without a change here.'
                    : `Remove ${field} to use the version released with Dify ${environment.dify.version}, or pin an exact tag.`,
            });
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/data/dify-releases.ts
var dify_releases = __webpack_require__(6599);
;// CONCATENATED MODULE: ./src/environment/checks/img002-compatible-versions.ts


const img002_compatible_versions_PINNED = [
    {
        field: 'pluginDaemonVersion',
        label: 'plugin daemon',
        released: (release) => release.pluginDaemon,
    },
    { field: 'sandboxVersion', label: 'sandbox', released: (release) => release.sandbox },
];
const compatibleVersions = {
    id: 'IMG002',
    title: 'Dify is a release the kit knows and runs, with the plugin daemon and sandbox released with it',
    severity: 'error',
    check({ environment, written }) {
        const { version } = environment.dify;
        // IMG001 reports floating tags.
        if ((0,dify_versions/* isFloatingTag */.Dv)(version))
            return [];
        const release = (0,dify_versions/* findRelease */.dv)(version);
        if (!release)
            return [unknownRelease(version)];
        const findings = [];
        if (release.extraServices.length > 0)
            findings.push(extraServices(release));
        for (const pin of img002_compatible_versions_PINNED) {
            const tag = written.dify?.[pin.field];
            if (tag === undefined || (0,dify_versions/* isFloatingTag */.Dv)(tag))
                continue;
            const finding = pinFinding(pin, tag, release);
            if (finding)
                findings.push(finding);
        }
        return findings;
    },
};
function unknownRelease(version) {
    const { asOf } = dify_releases/* difyReleaseTable */.g;
    const newest = newestRelease(dify_releases/* difyReleaseTable */.g.releases);
    const supported = newestRelease(dify_releases/* difyReleaseTable */.g.releases.filter(runsInKit));
    return {
        pointer: '/dify/version',
        message: `${JSON.stringify(version)} is not a Dify release in the kit's table (as of ${asOf}, newest ${newest?.version ?? 'none'})`,
        hint: `${useSupported(supported)}If ${version} came out after ${asOf}, add it to src/data/dify-releases.ts.`,
    };
}
function extraServices(release) {
    const supported = newestRelease(dify_releases/* difyReleaseTable */.g.releases.filter(runsInKit));
    return {
        pointer: '/dify/version',
        message: `dify.version ${JSON.stringify(release.version)} starts containers the kit does not run yet: ${release.extraServices.join(', ')}`,
        hint: `${useSupported(supported)}The kit must add those containers before it can run ${release.version}.`,
    };
}
function useSupported(release) {
    return release ? `Use ${JSON.stringify(release.version)}, the newest release the kit runs. ` : '';
}
function pinFinding(pin, tag, release) {
    const pointer = `/dify/${pin.field}`;
    const expected = pin.released(release);
    if (expected === null) {
        return {
            pointer,
            message: `dify.version ${JSON.stringify(release.version)} has no ${pin.label}, yet ${pin.field} is ${JSON.stringify(tag)}`,
            hint: `Remove dify.${pin.field}: the ${pin.label} came with Dify 1.x.`,
        };
    }
    if (tag === expected)
        return undefined;
    const line = (0,dify_versions/* minorLine */.Sy)(expected);
    if ((0,dify_versions/* minorLine */.Sy)(tag) !== line) {
        return {
            pointer,
            message: `the ${pin.label} tag ${JSON.stringify(tag)} does not match Dify ${release.version}, which was released with ${JSON.stringify(expected)}`,
            hint: `Remove dify.${pin.field} to use ${JSON.stringify(expected)}${line ? `, or pin a ${line}.x tag to follow a fix` : ''}.`,
        };
    }
    return {
        pointer,
        severity: 'warning',
        message: `the ${pin.label} tag ${JSON.stringify(tag)} is not the ${JSON.stringify(expected)} released with Dify ${release.version}, so the pair is not known to work`,
        hint: `Remove dify.${pin.field} to use ${JSON.stringify(expected)}, unless you need a fix in ${tag}.`,
    };
}
function runsInKit(release) {
    return release.extraServices.length === 0;
}
function newestRelease(releases) {
    return releases.reduce((newest, release) => newest === undefined || compareVersions(release.version, newest.version) > 0 ? release : newest, undefined);
}
/** Orders "1.10.1" after "1.9.2" and a hotfix such as "1.10.1-fix.1" after "1.10.1". */
function compareVersions(a, b) {
    const numbers = (version) => (/^v?(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
    const [x, y] = [numbers(a), numbers(b)];
    for (let i = 0; i < 3; i++) {
        const difference = (x[i] ?? 0) - (y[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return a.length - b.length || a.localeCompare(b);
}

;// CONCATENATED MODULE: ./src/environment/checks/img003-unpinned-version.ts
const unpinnedVersion = {
    id: 'IMG003',
    title: 'The Dify version is written in the file, not left to the kit default',
    severity: 'warning',
    check({ environment, written }) {
        if (written.dify?.version !== undefined)
            return [];
        const version = JSON.stringify(environment.dify.version);
        return [
            {
                pointer: '/dify/version',
                message: `dify.version is not set, so the kit's default ${version} is used`,
                hint: `Set dify.version to ${version}: the default moves when the kit is upgraded, which would upgrade Dify without a change to this file.`,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/environment/vpc-endpoints.ts
var vpc_endpoints = __webpack_require__(4905);
;// CONCATENATED MODULE: ./src/environment/checks/net001-closed-network-endpoints.ts

const closedNetworkEndpointsCheck = {
    id: 'NET001',
    title: 'A closed network has every VPC endpoint Dify needs',
    severity: 'error',
    check({ environment }) {
        if (environment.network.egress !== 'none')
            return [];
        const present = new Set(environment.network.vpcEndpoints);
        return (0,vpc_endpoints/* closedNetworkEndpoints */.F)(environment)
            .filter((endpoint) => !present.has(endpoint.name))
            .map((endpoint) => ({
            pointer: '/network/vpcEndpoints',
            message: `the closed network lacks the ${endpoint.name} endpoint: ${endpoint.reason}`,
            hint: `Add "${endpoint.name}" to network.vpcEndpoints, or leave vpcEndpoints out to get the full set.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/net002-closed-network-images.ts
const closedNetworkImages = {
    id: 'NET002',
    title: 'A closed network pulls its images from ECR',
    severity: 'error',
    check({ environment }) {
        const { images } = environment.dify;
        if (environment.network.egress !== 'none' || images.source === 'ecr')
            return [];
        return [
            {
                pointer: '/dify/images/source',
                message: 'images come from Docker Hub, which a closed network (egress "none") cannot reach',
                hint: `Set dify.images.source to "ecr" and copy the images into ECR under ${images.ecrRepositoryPrefix}/ in ${environment.region}, or give the network internet egress.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/net003-closed-network-plugins.ts
const closedNetworkPlugins = {
    id: 'NET003',
    title: 'A closed network has a way to install plugins',
    severity: 'warning',
    check({ environment }) {
        const { egressProxyUrl, pipMirrorUrl } = environment.dify.plugins;
        if (environment.network.egress !== 'none' || egressProxyUrl !== undefined)
            return [];
        if (pipMirrorUrl === undefined) {
            return [
                {
                    pointer: '/dify/plugins',
                    message: 'plugins cannot be installed: a closed network reaches neither marketplace.dify.ai nor PyPI, and no VPC endpoint leads to them',
                    hint: 'Set dify.plugins.egressProxyUrl to an HTTP proxy that reaches both, or set dify.plugins.pipMirrorUrl to a PyPI mirror (such as CodeArtifact) and upload plugins as .difypkg files.',
                },
            ];
        }
        return [
            {
                pointer: '/dify/plugins/egressProxyUrl',
                message: 'plugins cannot be downloaded from marketplace.dify.ai: the PyPI mirror serves their dependencies, but a closed network has no route to the marketplace',
                hint: 'Set dify.plugins.egressProxyUrl to an HTTP proxy that reaches marketplace.dify.ai, or install plugins by uploading .difypkg files in the console.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/net004-subnet-availability-zones.ts
const subnetAvailabilityZones = {
    id: 'NET004',
    title: 'Existing subnets span two availability zones of the stack region',
    severity: 'error',
    check({ environment }) {
        const { vpc } = environment.network;
        if (vpc.mode !== 'existing')
            return [];
        const { region } = environment;
        const findings = [];
        for (const kind of ['publicSubnets', 'privateSubnets']) {
            vpc[kind].forEach((subnet, index) => {
                // An availability zone name is its region's name plus one letter.
                if (subnet.availabilityZone.slice(0, -1) === region)
                    return;
                findings.push({
                    pointer: `/network/vpc/${kind}/${index}/availabilityZone`,
                    message: `${JSON.stringify(subnet.availabilityZone)} is not an availability zone of the stack region ${JSON.stringify(region)}`,
                    hint: `Zones of ${region} are named ${region} plus a letter, such as ${region}a: correct the zone, or the stack region if the VPC is in another region.`,
                });
            });
        }
        const privateZone = singleZone(vpc.privateSubnets);
        if (privateZone !== undefined) {
            findings.push({
                pointer: '/network/vpc/privateSubnets',
                message: `the private subnets are all in ${JSON.stringify(privateZone)}`,
                hint: `Add a private subnet in a second availability zone of ${region}: Aurora needs subnets in two, and tasks in one zone go down with it.`,
            });
        }
        if (environment.network.loadBalancer.scheme === 'internet-facing') {
            const count = vpc.publicSubnets.length;
            const publicZone = singleZone(vpc.publicSubnets);
            if (count < 2) {
                findings.push({
                    pointer: '/network/vpc/publicSubnets',
                    message: `an internet-facing load balancer needs public subnets in two availability zones, but ${count === 0 ? 'none are' : 'only one is'} declared`,
                    hint: 'List at least two public subnets (routed to an internet gateway) in different availability zones, or set network.loadBalancer.scheme to "internal".',
                });
            }
            else if (publicZone !== undefined) {
                findings.push({
                    pointer: '/network/vpc/publicSubnets',
                    message: `the public subnets are all in ${JSON.stringify(publicZone)}, but an internet-facing load balancer needs two availability zones`,
                    hint: `Add a public subnet in a second availability zone of ${region}, or set network.loadBalancer.scheme to "internal".`,
                });
            }
        }
        return findings;
    },
};
/** The one zone every subnet is in, or undefined when they span more (or there are none). */
function singleZone(subnets) {
    const zones = new Set(subnets.map((subnet) => subnet.availabilityZone));
    return zones.size === 1 ? [...zones][0] : undefined;
}

// EXTERNAL MODULE: ./src/environment/cidr.ts
var environment_cidr = __webpack_require__(2195);
;// CONCATENATED MODULE: ./src/environment/checks/net005-subnet-ranges.ts

/** AWS allows VPCs of /16 to /28 (the schema's vpc-cidr format); Dify needs more room than the small end. */
const SMALLEST_VPC = 24;
/** An Application Load Balancer needs subnets of /27 or larger (with at least 8 free addresses). */
const SMALLEST_LOAD_BALANCER_SUBNET = 27;
const subnetRanges = {
    id: 'NET005',
    title: 'The VPC has room for its subnets, and the subnets lie inside it without overlapping',
    severity: 'error',
    check({ environment }) {
        const { vpc } = environment.network;
        return vpc.mode === 'create' ? newVpcRanges(vpc) : existingVpcRanges(vpc);
    },
};
function newVpcRanges(vpc) {
    const network = (0,environment_cidr/* toNetwork */.wm)(vpc.cidr);
    if (!network)
        return [];
    const vpcPrefix = network.prefixLength;
    if (vpcPrefix > SMALLEST_VPC) {
        return [
            {
                pointer: '/network/vpc/cidr',
                message: `${JSON.stringify(vpc.cidr)} is too small for Dify: the kit needs a VPC of /16 to /24`,
                hint: 'Use /24 or larger. Each availability zone gets a public and a private subnet: the load balancer needs /27 subnets with 8 free addresses, and the private ones hold an address for every task (twice as many during a deployment), the database, the cache and each interface endpoint.',
            },
        ];
    }
    const { subnetPrefixLength, availabilityZones } = vpc;
    const needed = 2 * availabilityZones;
    const fitting = subnetPrefixLength >= vpcPrefix ? 2 ** (subnetPrefixLength - vpcPrefix) : 0;
    const largestFitting = vpcPrefix + bitsFor(needed);
    const suggestion = largestFitting <= SMALLEST_LOAD_BALANCER_SUBNET
        ? `Set subnetPrefixLength to ${largestFitting} (${2 ** (largestFitting - vpcPrefix)} subnets of /${largestFitting} fit), or use a larger VPC range.`
        : `Not even ${needed} subnets of /${SMALLEST_LOAD_BALANCER_SUBNET}, the smallest a load balancer takes, fit in a /${vpcPrefix}: use a larger VPC range or fewer availability zones.`;
    if (fitting < needed) {
        return [
            {
                pointer: '/network/vpc/subnetPrefixLength',
                message: fitting === 0
                    ? `subnets of /${subnetPrefixLength} are larger than the /${vpcPrefix} VPC`
                    : `the /${vpcPrefix} VPC holds ${fitting} subnets of /${subnetPrefixLength}, but ${availabilityZones} availability zones need ${needed} (a public and a private subnet in each)`,
                hint: suggestion,
            },
        ];
    }
    return [];
}
/** How many prefix bits it takes to split a range into `count` equal subnets. */
function bitsFor(count) {
    let bits = 0;
    while (2 ** bits < count)
        bits++;
    return bits;
}
function existingVpcRanges(vpc) {
    const vpcNetwork = (0,environment_cidr/* toNetwork */.wm)(vpc.cidr);
    const findings = [];
    const earlier = [];
    for (const kind of ['publicSubnets', 'privateSubnets']) {
        vpc[kind].forEach(({ id, cidr }, index) => {
            const network = (0,environment_cidr/* toNetwork */.wm)(cidr);
            if (!network)
                return;
            const pointer = `/network/vpc/${kind}/${index}`;
            if (vpcNetwork && !(0,environment_cidr/* contains */.gR)(vpcNetwork, network)) {
                findings.push({
                    pointer: `${pointer}/cidr`,
                    message: `subnet ${JSON.stringify(id)} (${JSON.stringify(cidr)}) lies outside the VPC range ${JSON.stringify(vpc.cidr)}`,
                    hint: "Correct the subnet's range, or network.vpc.cidr if it is not the VPC's primary IPv4 range.",
                });
            }
            const sameSubnet = earlier.find((other) => other.id === id);
            const overlapping = earlier.find((other) => (0,environment_cidr/* overlaps */.$f)(other.network, network));
            if (sameSubnet) {
                findings.push({
                    pointer: `${pointer}/id`,
                    message: `subnet ${JSON.stringify(id)} is listed twice`,
                    hint: 'Remove one of the two entries: each subnet is listed once, as public or as private.',
                });
            }
            else if (overlapping) {
                findings.push({
                    pointer: `${pointer}/cidr`,
                    message: `subnet ${JSON.stringify(id)} (${JSON.stringify(cidr)}) overlaps subnet ${JSON.stringify(overlapping.id)} (${JSON.stringify(overlapping.cidr)})`,
                    hint: "Subnets of one VPC never share addresses: correct the range to the subnet's real one.",
                });
            }
            earlier.push({ id, cidr, network });
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/environment/address-coverage.ts
var address_coverage = __webpack_require__(2248);
;// CONCATENATED MODULE: ./src/environment/checks/net006-open-load-balancer.ts

const EVERYONE = '0.0.0.0/0';
/** Ranges that together admit more public addresses than a /8 are wide open, whatever they were meant for. */
const WIDE_OPEN = 2n ** 24n;
const NARROW_HINT = 'Replace them with the ranges that may reach Dify (offices, VPN egress), or keep them only for a Dify meant to be public.';
/**
 * Who may reach an internet-facing load balancer, judged by the union of the
 * allowed ranges: 0.0.0.0/1 and 128.0.0.0/1 together are everyone.
 */
const openLoadBalancer = {
    id: 'NET006',
    title: 'An internet-facing load balancer admits only the ranges that need Dify',
    severity: 'warning',
    check({ environment }) {
        const { scheme, allowedCidrs } = environment.network.loadBalancer;
        if (scheme !== 'internet-facing')
            return [];
        const pointer = '/network/loadBalancer/allowedCidrs';
        if (allowedCidrs === undefined) {
            return [
                {
                    pointer,
                    message: 'the internet-facing load balancer is open to everyone: no allowedCidrs are set',
                    hint: 'List the ranges that may reach Dify (offices, VPN egress) in network.loadBalancer.allowedCidrs, or set the scheme to "internal".',
                },
            ];
        }
        const everyone = allowedCidrs.indexOf(EVERYONE);
        if (everyone >= 0) {
            return [
                {
                    pointer: `${pointer}/${everyone}`,
                    message: `${JSON.stringify(EVERYONE)} opens the internet-facing load balancer to everyone`,
                    hint: 'Replace it with the ranges that may reach Dify (offices, VPN egress), or keep it only for a Dify meant to be public.',
                },
            ];
        }
        const coverage = (0,address_coverage/* publicCoverage */.q)(allowedCidrs);
        if (coverage.everything) {
            return [
                {
                    pointer,
                    message: 'together, the allowed ranges cover every public IPv4 address: the internet-facing load balancer is open to everyone',
                    hint: NARROW_HINT,
                },
            ];
        }
        if (coverage.addresses > WIDE_OPEN) {
            const findings = [
                {
                    pointer,
                    message: `together, the allowed ranges admit ${coverage.addresses.toLocaleString('en-US')} public IPv4 addresses (${percent(coverage.share)} of the internet)`,
                    hint: NARROW_HINT,
                },
            ];
            return findings;
        }
        return [];
    },
};
function percent(share) {
    const value = share * 100;
    return `${value < 1 ? value.toFixed(2) : value.toFixed(0)}%`;
}

;// CONCATENATED MODULE: ./src/environment/checks/net007-plain-http.ts
const plainHttp = {
    id: 'NET007',
    title: 'Dify is served over HTTPS',
    severity: 'warning',
    check({ environment }) {
        if (environment.domain !== undefined)
            return [];
        if (environment.network.loadBalancer.scheme === 'internal') {
            return [
                {
                    pointer: '/domain',
                    message: 'without a domain, Dify is served over plain HTTP: console passwords and API keys cross your internal network unencrypted',
                    hint: 'Add a domain to serve Dify over HTTPS; an internal load balancer can use a certificate from your own CA, imported into ACM and given as domain.certificate.',
                },
            ];
        }
        return [
            {
                pointer: '/domain',
                message: 'without a domain, Dify is served over plain HTTP: console passwords and API keys cross the internet unencrypted',
                hint: 'Add domain.hostName and domain.hostedZoneId to serve Dify over HTTPS with a certificate the kit requests.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/net008-gateway-endpoint-route-tables.ts
const gatewayEndpointRouteTables = {
    id: 'NET008',
    title: 'The S3 gateway endpoint of an existing VPC knows the route tables to attach to',
    severity: 'error',
    check({ environment }) {
        const { vpc, vpcEndpoints } = environment.network;
        if (vpc.mode !== 'existing' || !vpcEndpoints.includes('s3') || vpc.privateRouteTableIds)
            return [];
        return [
            {
                pointer: '/network/vpc',
                message: 'the S3 gateway endpoint needs the route tables of the private subnets, and none are listed',
                hint: 'Add network.vpc.privateRouteTableIds, or, if the VPC already has an S3 gateway endpoint, list network.vpcEndpoints without "s3".',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/reg001-known-region.ts


const knownRegion = {
    id: 'REG001',
    title: 'The stack region and the Bedrock region are AWS regions the kit knows',
    severity: 'error',
    check({ environment, written }) {
        const findings = [];
        const stack = unknownRegion('/region', environment.region);
        if (stack)
            findings.push(stack);
        // Left out, the Bedrock region is the stack region, already reported above.
        if (written.bedrock.region !== undefined) {
            const bedrock = unknownRegion('/bedrock/region', written.bedrock.region);
            if (bedrock)
                findings.push(bedrock);
        }
        return findings;
    },
};
function unknownRegion(pointer, region) {
    if ((0,aws_regions/* isKnownRegion */.K)(region))
        return undefined;
    return {
        pointer,
        message: `${JSON.stringify(region)} is not an AWS region the kit knows`,
        hint: regionHint(region),
    };
}
function regionHint(region) {
    const { asOf } = aws_regions/* awsRegionTable */.i;
    if (/^(?:[a-z]{2}-gov-|cn-)/.test(region)) {
        return `${region} is a GovCloud or China region; the kit runs in the commercial regions listed in src/data/aws-regions.ts (as of ${asOf}).`;
    }
    const suggestion = (0,mod/* closest */.kp)(region, Object.keys(aws_regions/* awsRegionTable */.i.regions));
    return `Did you mean ${JSON.stringify(suggestion)}? If AWS launched ${region} after ${asOf}, add it to src/data/aws-regions.ts.`;
}

;// CONCATENATED MODULE: ./src/environment/checks/sbx001-any-syscalls.ts
const anySyscalls = {
    id: 'SBX001',
    title: 'The code sandbox keeps its system-call filter',
    severity: 'warning',
    check({ environment }) {
        if (!environment.dify.sandbox.allowAnySyscalls)
            return [];
        return [
            {
                pointer: '/dify/sandbox/allowAnySyscalls',
                message: 'the sandbox lets code nodes make any system call, switching off its system-call filter',
                hint: 'Keep it only if everyone who can write code nodes in this Dify is trusted; otherwise set dify.sandbox.allowAnySyscalls to false.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/sbx002-secret-in-sandbox.ts

/** Whether a variable carries a secret: one from Secrets Manager, or an SSM parameter or literal that reads like one. */
function carriesSecret({ name, value, fromSsmParameter, fromSecret }) {
    if (fromSecret !== undefined)
        return true;
    if (fromSsmParameter !== undefined)
        return (0,secret_names/* namesSecret */.L4)(name) || (0,secret_names/* isSecretPath */._p)(fromSsmParameter.replace(/^arn:[^/]*/, ''));
    return value !== undefined && (0,secret_names/* isSecretVariable */.tS)(name, value);
}
/**
 * The sandbox runs the code Dify users write in code nodes, and that code can
 * read the sandbox's environment: a secret sent there is readable by everyone
 * who can edit a workflow, unless the file says so with exposeToSandboxCode.
 */
const secretInSandbox = {
    id: 'SBX002',
    title: 'No secret reaches the sandbox, where user-written code runs, unless acknowledged',
    severity: 'error',
    check({ environment }) {
        const findings = [];
        environment.dify.environment.forEach((variable, index) => {
            const pointer = `/dify/environment/${index}`;
            const sandbox = variable.targets.indexOf('sandbox');
            const secret = carriesSecret(variable);
            if (variable.exposeToSandboxCode === true) {
                if (sandbox < 0 || !secret) {
                    findings.push({
                        pointer: `${pointer}/exposeToSandboxCode`,
                        severity: 'warning',
                        message: sandbox < 0
                            ? `${JSON.stringify(variable.name)} does not go to the sandbox: exposeToSandboxCode has nothing to allow`
                            : `${JSON.stringify(variable.name)} carries no secret: exposeToSandboxCode has nothing to allow`,
                        hint: 'Remove exposeToSandboxCode, so that a secret sent to the sandbox later is refused again.',
                    });
                }
                return;
            }
            if (sandbox < 0 || !secret)
                return;
            findings.push({
                pointer: `${pointer}/targets/${sandbox}`,
                message: `the secret ${JSON.stringify(variable.name)} goes to the sandbox, where any code node a Dify user writes can read it`,
                hint: 'Remove "sandbox" from its targets. If every user who can edit a workflow may read the secret, say so with "exposeToSandboxCode": true.',
            });
        });
        return findings;
    },
};

// EXTERNAL MODULE: ./src/environment/stack-prefix.ts
var stack_prefix = __webpack_require__(442);
;// CONCATENATED MODULE: ./src/environment/checks/stk001-stack-name-prefix.ts

/**
 * The deploy role of an environment may act only on stacks named
 * `<stackPrefix><name>` or `<stackPrefix><name>-…` (see `dify-aws-kit
 * bootstrap --environments`): a file whose stackName points elsewhere, such as
 * dev.json naming dify-prod, is refused here rather than by AWS at deploy time,
 * and never reaches another environment's stack through a shared role.
 */
const stackNamePrefix = {
    id: 'STK001',
    title: "The stack name starts with the stack prefix and the environment's name",
    severity: 'error',
    check({ environment, written }) {
        const { stackName, stackPrefix, name } = environment;
        if ((0,stack_prefix/* stackNameBelongsTo */.bd)(stackName, stackPrefix, name))
            return [];
        const expected = (0,stack_prefix/* defaultStackName */.Zo)(stackPrefix, name);
        const prefixWritten = written.stackPrefix !== undefined;
        return [
            {
                pointer: written.stackName !== undefined ? '/stackName' : '/stackPrefix',
                message: `the stack name ${JSON.stringify(stackName)} does not start with ${JSON.stringify(expected)} (the stack prefix ${JSON.stringify(stackPrefix)} and the environment's name ${JSON.stringify(name)}), so the environment's deploy role may not touch it`,
                hint: prefixWritten
                    ? `Name the stack ${expected} or ${expected}-<suffix>, or set stackPrefix to the --stack-prefix the account was bootstrapped with.`
                    : `Name the stack ${expected} or ${expected}-<suffix>; when the account was bootstrapped with another --stack-prefix, set stackPrefix to it.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/stk002-preview-change-set-names.ts
/**
 * A deploy names its change set `dify-<environment>-<run>`, and pull-request
 * previews name theirs `dify-pr-…`; every role the bootstrap creates is denied
 * ExecuteChangeSet on `dify-pr-*`, so that no preview is ever executed. An
 * environment called `pr` or `pr-…` could therefore never be deployed.
 */
const previewChangeSetNames = {
    id: 'STK002',
    title: "The environment's change sets are never taken for pull-request previews",
    severity: 'error',
    check({ environment }) {
        const { name } = environment;
        if (name !== 'pr' && !name.startsWith('pr-'))
            return [];
        return [
            {
                pointer: '/name',
                message: `the environment name ${JSON.stringify(name)} makes its deploy change sets start with dify-pr-, the names kept for pull-request previews, which no role may execute`,
                hint: 'Choose a name that is not pr and does not start with pr-, such as preview or staging.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/upg001-v1-migration.ts


const v1Migration = {
    id: 'UPG001',
    title: 'A Dify 0.x to 1.x upgrade goes through the migrate-v1 workflow, and 1.x never goes back to 0.x',
    severity: 'error',
    check({ environment, written, base }) {
        // The base may predate the schema: read only what it has.
        const before = (0,json_pointer/* valueAtPointer */.sZ)(base, '/dify/version');
        if (typeof before !== 'string')
            return [];
        const after = environment.dify.version;
        const from = (0,dify_versions/* majorVersion */.iR)(before);
        const to = (0,dify_versions/* majorVersion */.iR)(after);
        if (from === undefined || to === undefined)
            return [];
        const change = `from ${JSON.stringify(before)} to ${JSON.stringify(after)}`;
        const findings = [];
        if (from === 0 && to >= 1 && environment.dify.autoMigrateDatabase) {
            findings.push({
                pointer: written.dify?.autoMigrateDatabase === undefined ? '/dify/version' : '/dify/autoMigrateDatabase',
                message: `the upgrade of Dify ${change} would migrate the database automatically`,
                hint: 'A 0.x to 1.x upgrade must go through the migrate-v1 workflow, which snapshots the database and then migrates plugins inside the API container: set dify.autoMigrateDatabase to false and run that workflow.',
            });
        }
        if (from >= 1 && to === 0) {
            findings.push({
                pointer: '/dify/version',
                message: `dify.version goes back ${change}, a downgrade from 1.x to 0.x`,
                hint: 'Keep a 1.x version: Dify 0.x cannot run on a database migrated to 1.x. To go back, restore the snapshot taken before the upgrade.',
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/environment/checks/index.ts
































/** Every policy check, in id order. Adding a check means adding it here. */
const allPolicyChecks = [
    modelOffered,
    modelLifecycle,
    dataResidency,
    crossRegionInference,
    closedNetworkBedrockRegion,
    capacityRange,
    certificateValidationZone,
    certificateLocation,
    certificateNameLength,
    fargateTaskSize,
    ecs002_api_task_fits/* apiTaskFits */.wi,
    pluginDaemonMemory,
    fromAddressDomain,
    managedVariable,
    literalSecret,
    floatingImageTag,
    compatibleVersions,
    unpinnedVersion,
    closedNetworkEndpointsCheck,
    closedNetworkImages,
    closedNetworkPlugins,
    subnetAvailabilityZones,
    subnetRanges,
    openLoadBalancer,
    plainHttp,
    gatewayEndpointRouteTables,
    knownRegion,
    anySyscalls,
    secretInSandbox,
    stackNamePrefix,
    previewChangeSetNames,
    v1Migration,
];


/***/ }),

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   Bu: () => (/* binding */ parseIpv4Cidr),
/* harmony export */   eJ: () => (/* binding */ addressCount),
/* harmony export */   f_: () => (/* binding */ overlappingNotUnicastRange),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   mG: () => (/* binding */ formatCidr),
/* harmony export */   rd: () => (/* binding */ hasHostBits),
/* harmony export */   wm: () => (/* binding */ toNetwork)
/* harmony export */ });
/* unused harmony export NOT_UNICAST_RANGES */
/** IPv4 CIDR arithmetic for subnet checks. */
const CIDR_SYNTAX = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
/** Parses "a.b.c.d/n"; undefined when the syntax or a number is out of range. */
function parseIpv4Cidr(text) {
    const match = CIDR_SYNTAX.exec(text);
    if (!match)
        return undefined;
    const octets = match.slice(1, 5).map(Number);
    const prefixLength = Number(match[5]);
    if (match.slice(1, 6).some((part) => part !== undefined && part.length > 1 && part.startsWith('0')))
        return undefined;
    if (octets.some((octet) => octet > 255) || prefixLength > 32)
        return undefined;
    const address = octets.reduce((sum, octet) => sum * 256 + octet, 0);
    return { address, prefixLength };
}
function maskOf(prefixLength) {
    return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}
/** The CIDR with its host bits cleared, or undefined when `text` is not a CIDR. */
function toNetwork(text) {
    const parsed = parseIpv4Cidr(text);
    if (!parsed)
        return undefined;
    return { network: (parsed.address & maskOf(parsed.prefixLength)) >>> 0, prefixLength: parsed.prefixLength };
}
/** True when the address part has bits set below the prefix, as in 10.0.0.1/16. */
function hasHostBits(text) {
    const parsed = parseIpv4Cidr(text);
    return parsed !== undefined && (parsed.address & ~maskOf(parsed.prefixLength)) >>> 0 !== 0;
}
function formatCidr(cidr) {
    const n = cidr.network;
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${cidr.prefixLength}`;
}
function addressCount(cidr) {
    return 2 ** (32 - cidr.prefixLength);
}
/** True when `inner` lies entirely inside `outer`. */
function contains(outer, inner) {
    return (inner.prefixLength >= outer.prefixLength &&
        (inner.network & maskOf(outer.prefixLength)) >>> 0 === outer.network);
}
function overlaps(a, b) {
    return contains(a, b) || contains(b, a);
}
/**
 * Ranges that hold no usable unicast address (RFC 6890): "this network", loopback,
 * link-local (the instance metadata service lives there), multicast and reserved.
 * No VPC, subnet, proxy or mirror can live in them.
 */
const NOT_UNICAST_RANGES = [
    { cidr: '0.0.0.0/8', name: '"this network"' },
    { cidr: '127.0.0.0/8', name: 'loopback' },
    { cidr: '169.254.0.0/16', name: 'link-local' },
    { cidr: '224.0.0.0/4', name: 'multicast' },
    { cidr: '240.0.0.0/4', name: 'reserved' },
];
/** The first not-unicast range `cidr` shares addresses with, if any. */
function overlappingNotUnicastRange(cidr) {
    return NOT_UNICAST_RANGES.find((range) => {
        const network = toNetwork(range.cidr);
        return network !== undefined && overlaps(network, cidr);
    });
}


/***/ }),

/***/ 9862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   o: () => (/* binding */ compareDiagnostics)
/* harmony export */ });
function compareDiagnostics(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.position.line - b.position.line ||
        a.position.column - b.position.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.message.localeCompare(b.message));
}
function countBySeverity(diagnostics) {
    let errors = 0;
    let warnings = 0;
    for (const d of diagnostics) {
        if (d.severity === 'error')
            errors++;
        else
            warnings++;
    }
    return { errors, warnings };
}


/***/ }),

/***/ 9305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ isFloatingTag),
/* harmony export */   Sy: () => (/* binding */ minorLine),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   iR: () => (/* binding */ majorVersion)
/* harmony export */ });
/* harmony import */ var _data_dify_releases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6599);

/** Tags that name a moving target rather than a release. */
const FLOATING_TAGS = /^(?:latest|main|master|nightly|dev|develop|edge|stable|main-local|latest-local)$|(?:^|-)latest$/i;
function isFloatingTag(tag) {
    return FLOATING_TAGS.test(tag);
}
function findRelease(version) {
    return _data_dify_releases_js__WEBPACK_IMPORTED_MODULE_0__/* .difyReleaseTable */ .g.releases.find((release) => release.version === version);
}
/** The major version of a tag such as "1.13.3" or "0.15.3", or undefined for anything else. */
function majorVersion(tag) {
    const match = /^v?(\d+)\.\d+/.exec(tag);
    return match ? Number(match[1]) : undefined;
}
/** "0.5.3-local" -> "0.5": the part of a version that must agree for a pair to be compatible. */
function minorLine(tag) {
    return /^v?(\d+\.\d+)/.exec(tag)?.[1];
}


/***/ }),

/***/ 7820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ stringFormats)
});

// EXTERNAL MODULE: ./node_modules/cron-parser/dist/index.js
var dist = __webpack_require__(8628);
// EXTERNAL MODULE: ./src/environment/cidr.ts
var cidr = __webpack_require__(2195);
// EXTERNAL MODULE: ./node_modules/tldts/dist/cjs/index.js
var cjs = __webpack_require__(935);
;// CONCATENATED MODULE: ./src/environment/dns-name.ts

/** RFC 1035: a name of at most 253 characters (written without the final dot), labels of 1 to 63. */
const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Letters, digits and hyphens (RFC 952/1123), the only characters ACM and Route 53 take in a host name. */
const LDH_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * Why `name` is not a fully qualified DNS host name that ACM can issue a
 * certificate for and Route 53 can hold a record of, or undefined when it is
 * one: two labels or more, letters, digits and hyphens, no final dot, not an
 * IP address, and not a public suffix on its own (`co.jp`, `com`), which no
 * one can own.
 */
function dnsNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (/^\.+$/.test(name))
        return 'is only dots, no name';
    if (name.length > MAX_NAME_LENGTH)
        return `is ${name.length} characters long; a DNS name has at most ${MAX_NAME_LENGTH}`;
    if (IPV4.test(name))
        return 'is an IP address, not a DNS name';
    if (name.endsWith('.'))
        return 'ends with a dot: write the name without the final dot';
    const labels = name.split('.');
    if (labels.some((label) => label === ''))
        return 'has an empty label (two dots in a row, or a leading dot)';
    if (labels.length < 2)
        return 'is a single label, not a fully qualified name such as dify.example.com';
    for (const label of labels) {
        if (label === '*')
            return 'is a wildcard; name one host';
        if (label.length > MAX_LABEL_LENGTH)
            return `has a label of ${label.length} characters; a DNS label has at most ${MAX_LABEL_LENGTH}`;
        if (!LDH_LABEL.test(label)) {
            return /[^\p{ASCII}]/u.test(label)
                ? 'has characters outside ASCII: write an internationalised name in its xn-- (Punycode) form'
                : 'has a label with characters other than letters, digits and inner hyphens';
        }
    }
    if (/^\d+$/.test(labels.at(-1) ?? ''))
        return 'ends with a numeric label, which no top-level domain is';
    if (isPublicSuffix(name))
        return 'is a public suffix that no one can own: name a host under it';
    return undefined;
}
/** Whether `name` is itself a public suffix (ICANN's or a private registry's, such as github.io). */
function isPublicSuffix(name) {
    const parsed = (0,cjs/* parse */.qg)(name.toLowerCase(), { allowPrivateDomains: true });
    return parsed.publicSuffix === name.toLowerCase() && parsed.domain === null;
}

;// CONCATENATED MODULE: ./src/environment/http-url.ts


/**
 * Printable ASCII without the characters RFC 3986 never allows raw in a URL
 * (space, `"`, `<`, `>`, `\`, `^`, backtick, `{`, `|`, `}`). WHATWG URL parsing would
 * quietly drop tabs and new lines or percent-encode the rest, while the value
 * itself reaches the containers as written.
 */
const URL_TEXT = /^[!#-;=?-[\]_a-z~]+$/i;
/**
 * Why `value` cannot be the URL of an egress proxy or a package mirror, or
 * undefined when it can. The host becomes a squid rule (services-model.ts):
 * an empty host, a dot or a leading dot would match every destination and
 * switch the private-network block off, so the host must be a DNS name of two
 * labels or more that is not a public suffix, or an IPv4 unicast address.
 */
function httpUrlProblem(value) {
    const other = (message) => ({ kind: 'other', message });
    if (!/^https?:\/\//.test(value))
        return other('does not start with http:// or https://');
    if (/^https?:\/\/[/?#]/.test(value))
        return other('has no host');
    if (!URL_TEXT.test(value))
        return other('holds a space, a control character or a character a URL must percent-encode');
    if (!URL.canParse(value))
        return other('is not a valid URL');
    const url = new URL(value);
    if (url.username !== '' || url.password !== '')
        return { kind: 'credentials' };
    if (url.port === '0')
        return other('names port 0, which nothing listens on');
    const host = url.hostname;
    if (host.startsWith('['))
        return other('has an IPv6 address as its host: use a host name or an IPv4 address');
    const address = (0,cidr/* toNetwork */.wm)(`${host}/32`);
    if (address) {
        const range = (0,cidr/* overlappingNotUnicastRange */.f_)(address);
        return range
            ? other(`has the host ${host}, a ${range.name} address (${range.cidr}) no proxy or mirror can have`)
            : undefined;
    }
    const problem = dnsNameProblem(host);
    return problem === undefined ? undefined : other(`has the host ${JSON.stringify(host)}, which ${problem}`);
}

// EXTERNAL MODULE: ./src/environment/show-value.ts
var show_value = __webpack_require__(572);
// EXTERNAL MODULE: ./src/environment/stack-prefix.ts
var stack_prefix = __webpack_require__(442);
;// CONCATENATED MODULE: ./src/environment/tag-text.ts

/**
 * AWS's tag rules (the Tag type of every tagging API): Unicode letters,
 * digits, spaces and `_ . : / = + - @`; keys of 1 to 128 characters, values
 * of up to 256; `aws:` in any case reserved for AWS at the start of both.
 * Line and paragraph separators are "spaces" to that pattern but break every
 * line they are printed on, so the kit refuses them too.
 */
const TAG_CHARACTER = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
const LINE_BREAKING_SPACE = /^[\u2028\u2029]$/;
const MAX_KEY_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;
/** The tag every resource of the stack gets from the kit: a second one of the same key would be refused. */
const KIT_NAME_TAG = 'Name';
/** Tags the kit keeps for itself: an environment file cannot set or impersonate them. */
const KIT_TAG_PREFIX = 'dify-aws-kit:';
const ALLOWED_CHARACTERS = 'Unicode letters, digits, spaces and _ . : / = + - @';
function characterProblem(text, what) {
    const bad = Array.from(text).find((c) => !TAG_CHARACTER.test(c) || LINE_BREAKING_SPACE.test(c));
    if (bad === undefined)
        return undefined;
    return {
        message: `holds ${(0,show_value/* showValue */.vp)(bad)}, which AWS does not allow in a tag ${what}`,
        hint: `A tag ${what} takes ${ALLOWED_CHARACTERS} only: remove or replace that character.`,
    };
}
function reservedPrefix(text, what) {
    if (!text.toLowerCase().startsWith('aws:'))
        return undefined;
    return {
        message: 'starts with aws:, which AWS reserves for its own tags',
        hint: `Write the tag ${what} without the aws: prefix.`,
    };
}
/** Why `key` cannot be a tag key of the stack, or undefined when it can. */
function tagKeyProblem(key) {
    const length = Array.from(key).length;
    if (length === 0)
        return { message: 'is empty', hint: 'A tag key has 1 to 128 characters.' };
    if (length > MAX_KEY_LENGTH)
        return {
            message: `is ${length} characters long; a tag key has at most ${MAX_KEY_LENGTH}`,
            hint: 'Shorten the key.',
        };
    if (key === KIT_NAME_TAG)
        return {
            message: 'is the tag the kit sets on every resource (its name): a second Name tag would be refused',
            hint: 'Use another key; the kit names each resource <stack name>-<part>.',
        };
    if (key.toLowerCase().startsWith(KIT_TAG_PREFIX))
        return {
            message: `starts with ${KIT_TAG_PREFIX}, which the kit reserves for its own tags`,
            hint: `Use a key that does not start with ${KIT_TAG_PREFIX}.`,
        };
    return reservedPrefix(key, 'key') ?? characterProblem(key, 'key');
}
/** Why `value` cannot be a tag value, or undefined when it can. */
function tagValueProblem(value) {
    const length = Array.from(value).length;
    if (length > MAX_VALUE_LENGTH)
        return {
            message: `is ${length} characters long; a tag value has at most ${MAX_VALUE_LENGTH}`,
            hint: 'Shorten the value.',
        };
    return reservedPrefix(value, 'value') ?? characterProblem(value, 'value');
}

// EXTERNAL MODULE: ./src/environment/unsafe-characters.ts
var unsafe_characters = __webpack_require__(6340);
;// CONCATENATED MODULE: ./src/environment/vpc-cidr.ts

/** AWS takes VPC and subnet ranges of /16 to /28 (docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html). */
const LARGEST_VPC_PREFIX = 16;
const SMALLEST_VPC_PREFIX = 28;
/**
 * Why `value` cannot be the IPv4 range of a VPC or subnet, or undefined when it
 * can: a CIDR without host bits, /16 to /28, sharing no address with a range
 * that holds no unicast address (loopback, link-local, multicast…).
 */
function vpcCidrProblem(value, what) {
    const network = (0,cidr/* toNetwork */.wm)(value);
    if (!network || (0,cidr/* parseIpv4Cidr */.Bu)(value) === undefined)
        return 'is not a valid IPv4 CIDR';
    if ((0,cidr/* hasHostBits */.rd)(value))
        return `has host bits set; did you mean ${JSON.stringify((0,cidr/* formatCidr */.mG)(network))}?`;
    if (network.prefixLength < LARGEST_VPC_PREFIX) {
        const everything = network.prefixLength === 0 ? ' (it is every IPv4 address)' : '';
        return `is larger than AWS allows for a ${what}${everything}: a ${what} range is /${LARGEST_VPC_PREFIX} to /${SMALLEST_VPC_PREFIX}`;
    }
    if (network.prefixLength > SMALLEST_VPC_PREFIX)
        return `is smaller than AWS allows for a ${what}: a ${what} range is /${LARGEST_VPC_PREFIX} to /${SMALLEST_VPC_PREFIX}`;
    const reserved = (0,cidr/* overlappingNotUnicastRange */.f_)(network);
    if (reserved)
        return `lies in ${reserved.cidr} (${reserved.name}), which holds no address a ${what} can use`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/environment/formats.ts









/** A format whose one function says what is wrong (undefined: nothing), and whose message shows the value. */
function fromProblem(noun, problem, hint) {
    const messageOf = (found) => (typeof found === 'string' ? found : found.message);
    return {
        noun,
        validate: (value) => problem(value) === undefined,
        explain: (value) => {
            const found = problem(value);
            return found === undefined ? undefined : `${(0,show_value/* showValue */.vp)(value)} ${messageOf(found)}`;
        },
        hint: (value) => {
            const found = problem(value);
            return found !== undefined && typeof found !== 'string' ? found.hint : hint;
        },
    };
}
const REGION = /^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/;
const UUID_LIKE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ARN_REGION = '[a-z]{2}(?:-gov)?-[a-z]+-\\d{1,2}';
function matches(pattern) {
    return (value) => pattern.test(value);
}
function isFiveFieldCron(value) {
    const fields = value.trim().split(/\s+/);
    if (fields.length !== 5)
        return false;
    try {
        dist.CronExpressionParser.parse(value);
        return true;
    }
    catch {
        return false;
    }
}
const stringFormats = {
    'environment-name': {
        noun: 'a valid environment name (2 to 20 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen)',
        validate: matches(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/),
        explain: (value) => /[A-Z]/.test(value) && /^[a-z][a-z0-9-]{0,18}[a-z0-9]$/.test(value.toLowerCase())
            ? `${JSON.stringify(value)} has uppercase letters; did you mean ${JSON.stringify(value.toLowerCase())}?`
            : undefined,
    },
    'aws-account-id': {
        noun: 'a 12-digit AWS account ID',
        validate: matches(/^\d{12}$/),
        explain: (value) => /^\d{1,11}$/.test(value)
            ? `${JSON.stringify(value)} has ${value.length} digits; an AWS account ID has 12 (keep leading zeros, and write it as a string)`
            : undefined,
    },
    'aws-region': { noun: 'an AWS region code such as ap-northeast-1', validate: matches(REGION) },
    'availability-zone': {
        noun: 'an availability zone name such as ap-northeast-1a',
        validate: matches(/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}[a-z]$/),
    },
    'cloudformation-stack-name': {
        noun: 'a valid CloudFormation stack name (a letter, then up to 127 letters, digits and hyphens)',
        validate: matches(/^[A-Za-z][A-Za-z0-9-]{0,127}$/),
    },
    'tag-key': fromProblem('a valid tag key (1 to 128 letters, digits, spaces and _ . : / = + - @, not starting with aws:)', tagKeyProblem),
    'tag-value': fromProblem('a valid tag value (up to 256 letters, digits, spaces and _ . : / = + - @, not starting with aws:)', tagValueProblem),
    'dns-name': fromProblem('a fully qualified DNS name such as dify.example.com', dnsNameProblem, 'Write a host name such as dify.example.com: letters, digits and hyphens, two labels or more, no final dot (ACM and Route 53 refuse anything else).'),
    'single-line-text': {
        noun: 'one line of visible text',
        validate: unsafe_characters/* isSafeText */.j2,
        explain: (value) => {
            const found = value.match((0,unsafe_characters/* unsafeCharacters */.$i)())?.[0] ?? '';
            return `holds ${(0,show_value/* showValue */.vp)(found)}, a control or invisible character`;
        },
        hint: 'Write one line of visible text: no line breaks, tabs, escape sequences, zero-width or direction-changing characters.',
    },
    'secret-json-key': fromProblem('a JSON key ECS can read from a secret (no colon)', (value) => {
        if (value.includes(':'))
            return 'holds ":", which separates the parts of an ECS secret reference (arn:…:secret:name:json-key:version-stage:version-id), so ECS cannot read this key';
        if (!(0,unsafe_characters/* isSafeText */.j2)(value))
            return 'holds a control or invisible character';
        if (value.trim() !== value)
            return 'starts or ends with a space';
        return undefined;
    }, 'Rename the key in the secret to one without a colon, control characters or surrounding spaces, or keep the value in a secret of its own and leave jsonKey out.'),
    'ec2-instance-type': {
        noun: 'an EC2 instance type such as t4g.nano',
        validate: matches(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/),
    },
    'cache-node-type': {
        noun: 'an ElastiCache node type such as cache.t4g.micro',
        validate: matches(/^cache\.[a-z][a-z0-9-]*\.[a-z0-9]+$/),
    },
    'ipv4-cidr': {
        noun: 'a valid IPv4 CIDR',
        validate: (value) => (0,cidr/* parseIpv4Cidr */.Bu)(value) !== undefined && !(0,cidr/* hasHostBits */.rd)(value),
        explain: (value) => {
            const network = (0,cidr/* toNetwork */.wm)(value);
            return network && (0,cidr/* hasHostBits */.rd)(value)
                ? `${JSON.stringify(value)} has host bits set; did you mean ${JSON.stringify((0,cidr/* formatCidr */.mG)(network))}?`
                : undefined;
        },
    },
    'vpc-cidr': fromProblem('a VPC range (an IPv4 CIDR of /16 to /28)', (value) => vpcCidrProblem(value, 'VPC')),
    'subnet-cidr': fromProblem('a subnet range (an IPv4 CIDR of /16 to /28)', (value) => vpcCidrProblem(value, 'subnet')),
    'vpc-id': {
        noun: 'a VPC ID such as vpc-0a1b2c3d4e5f67890',
        validate: matches(/^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/),
    },
    'subnet-id': {
        noun: 'a subnet ID such as subnet-0a1b2c3d4e5f67890',
        validate: matches(/^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/),
    },
    'route-table-id': {
        noun: 'a route table ID such as rtb-0a1b2c3d4e5f67890',
        validate: matches(/^rtb-(?:[0-9a-f]{8}|[0-9a-f]{17})$/),
    },
    'hosted-zone-id': {
        noun: 'a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ',
        validate: matches(/^Z[A-Z0-9]{1,31}$/),
    },
    'acm-certificate-arn': {
        noun: 'an ACM certificate ARN',
        validate: matches(new RegExp(`^arn:aws:acm:${ARN_REGION}:\\d{12}:certificate/${UUID_LIKE}$`)),
    },
    'kms-key-arn': {
        noun: 'a KMS key ARN',
        validate: matches(new RegExp(`^arn:aws:kms:${ARN_REGION}:\\d{12}:key/(?:${UUID_LIKE}|mrk-[0-9a-f]{32})$`)),
    },
    'image-tag': {
        noun: 'a container image tag such as 1.13.3',
        validate: matches(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/),
    },
    'ecr-repository-prefix': {
        noun: 'an ECR repository prefix (lowercase letters, digits, and . _ - / between them)',
        validate: (value) => value.length <= 200 && /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(value),
    },
    'http-url': {
        noun: 'an http or https URL without a user name or password',
        validate: (value) => httpUrlProblem(value) === undefined,
        explain: (value) => {
            const problem = httpUrlProblem(value);
            if (problem === undefined)
                return undefined;
            return problem.kind === 'credentials'
                ? 'the URL contains credentials; put them in a Secrets Manager secret and pass it with dify.environment fromSecret'
                : `${(0,show_value/* showValue */.vp)(value)} ${problem.message}`;
        },
        hint: (value) => httpUrlProblem(value)?.kind === 'credentials'
            ? undefined
            : 'Write a URL such as http://proxy.example.com:3128: http:// or https://, a host name of two labels or more (or an IPv4 address), no credentials, no spaces and nothing a URL must percent-encode.',
    },
    'environment-variable-name': {
        noun: 'an environment variable name (uppercase letters, digits and underscores, not starting with a digit)',
        validate: matches(/^[A-Z_][A-Z0-9_]{0,254}$/),
    },
    'ssm-parameter': {
        noun: 'an SSM parameter name such as /dify/prod/value, or its ARN',
        validate: matches(new RegExp(`^(?:arn:aws:ssm:${ARN_REGION}:\\d{12}:parameter)?(?:/[A-Za-z0-9_.-]+)+$|^[A-Za-z0-9_.-]{1,1011}$`)),
    },
    'secrets-manager-secret': {
        noun: 'a Secrets Manager secret name or ARN',
        validate: matches(new RegExp(`^arn:aws:secretsmanager:${ARN_REGION}:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+$|^[A-Za-z0-9/_+=.@-]{1,512}$`)),
    },
    'bedrock-model-id': {
        noun: 'a Bedrock model ID such as anthropic.claude-3-haiku-20240307-v1:0 (optionally with an inference-profile prefix such as jp.)',
        validate: matches(/^(?:(?:us|eu|apac|jp|au|ca|global|us-gov)\.)?[a-z0-9-]+\.[a-z0-9][a-z0-9.:-]*$/),
    },
    cron: {
        noun: 'a five-field cron expression such as "0 18 * * *"',
        validate: isFiveFieldCron,
    },
    'stack-prefix': {
        noun: 'a stack prefix (3 to 64 letters, digits and hyphens, starting with a letter), such as dify-',
        validate: matches(stack_prefix/* STACK_PREFIX_PATTERN */.hC),
    },
};


/***/ }),

/***/ 2158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadEnvironment),
  o: () => (/* binding */ unreadableFileCheck)
});

// EXTERNAL MODULE: ./src/environment/checks/index.ts + 31 modules
var checks = __webpack_require__(2234);
// EXTERNAL MODULE: ./src/environment/diagnostic.ts
var diagnostic = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/environment/parse-environment-json.ts + 3 modules
var parse_environment_json = __webpack_require__(3180);
// EXTERNAL MODULE: ./src/environment/dify-versions.ts
var dify_versions = __webpack_require__(9305);
// EXTERNAL MODULE: ./src/environment/stack-prefix.ts
var stack_prefix = __webpack_require__(442);
// EXTERNAL MODULE: ./src/environment/vpc-endpoints.ts
var vpc_endpoints = __webpack_require__(4905);
;// CONCATENATED MODULE: ./src/environment/resolve-environment.ts



function resolveEnvironment(environment) {
    const release = (0,dify_versions/* findRelease */.dv)(environment.dify.version);
    const stackPrefix = environment.stackPrefix ?? stack_prefix/* DEFAULT_STACK_PREFIX */.aH;
    return {
        ...environment,
        stackPrefix,
        stackName: environment.stackName ?? (0,stack_prefix/* defaultStackName */.Zo)(stackPrefix, environment.name),
        tags: { ...environment.tags, [stack_prefix/* ENVIRONMENT_TAG_KEY */.V]: environment.name },
        bedrock: { ...environment.bedrock, region: environment.bedrock.region ?? environment.region },
        dify: {
            ...environment.dify,
            pluginDaemonVersion: environment.dify.pluginDaemonVersion ?? release?.pluginDaemon ?? undefined,
            sandboxVersion: environment.dify.sandboxVersion ?? release?.sandbox,
        },
        network: {
            ...environment.network,
            vpcEndpoints: environment.network.vpcEndpoints ?? (0,vpc_endpoints/* defaultVpcEndpoints */.B)(environment),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/environment/formats.ts + 4 modules
var formats = __webpack_require__(7820);
// EXTERNAL MODULE: ./src/environment/json-pointer.ts
var json_pointer = __webpack_require__(6235);
;// CONCATENATED MODULE: ./schemas/environment.schema.json
const environment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Dify environment","description":"One Dify environment on one AWS account: the network it lives in, the Dify release and sizes it runs, its database, cache and Bedrock models. One file per environment, reviewed in pull requests.","type":"object","additionalProperties":false,"required":["name","accountId","region","network","bedrock"],"properties":{"$schema":{"title":"Schema reference","description":"Path or URL of this schema, so that editors offer completion. The kit ignores it.","type":"string","examples":["../../schemas/environment.schema.json"]},"name":{"title":"Environment name","description":"Short name of the environment: 2 to 20 lowercase letters, digits and hyphens, starting with a letter. It prefixes the stack name and every resource name, so changing it later creates a new environment.","type":"string","format":"environment-name","examples":["dev","prod-jp"]},"description":{"title":"Description","description":"One sentence about the environment, shown in reports and pull-request comments: one line of visible text.","type":"string","format":"single-line-text","maxLength":256,"examples":["Development Dify for the platform team"]},"accountId":{"title":"AWS account ID","description":"The 12-digit ID of the AWS account the environment is deployed to. Deploys stop before touching anything when the credentials belong to another account.","type":"string","format":"aws-account-id","examples":["123456789012"]},"region":{"title":"AWS region","description":"The AWS region of the stack, for example ap-northeast-1 (Tokyo).","type":"string","format":"aws-region","examples":["ap-northeast-1","us-east-1"]},"stackPrefix":{"title":"Stack prefix","description":"The --stack-prefix the account was bootstrapped with (default dify-): the bootstrap\'s roles may act only on stacks and resources whose names start with it and the environment\'s name, so the stack name must start with <stackPrefix><name>. Also names the permissions boundary every role of the stack carries.","type":"string","format":"stack-prefix","default":"dify-","examples":["dify-","acme-dify-"]},"stackName":{"title":"Stack name","description":"CloudFormation stack name. Defaults to <stackPrefix><name> (dify-<name>); when given, it is <stackPrefix><name> or starts with <stackPrefix><name>- (such as dify-prod-blue), since the deploy role of the environment may touch no other stack. Changing it later creates a second stack.","type":"string","format":"cloudformation-stack-name","examples":["dify-dev"]},"tags":{"title":"Tags","description":"Tags put on the stack and propagated to every resource that supports them: at most 40, in AWS\'s tag characters (letters, digits, spaces and _ . : / = + - @). Neither keys nor values may start with aws:, and the kit keeps the Name key and keys starting with dify-aws-kit: for itself.","type":"object","maxProperties":40,"propertyNames":{"format":"tag-key"},"additionalProperties":{"type":"string","format":"tag-value","maxLength":256},"default":{},"examples":[{"CostCenter":"platform","Owner":"dify-team"}]},"network":{"$ref":"#/definitions/network"},"domain":{"$ref":"#/definitions/domain"},"dify":{"$ref":"#/definitions/dify","default":{}},"database":{"$ref":"#/definitions/database","default":{}},"cache":{"$ref":"#/definitions/cache","default":{}},"bedrock":{"$ref":"#/definitions/bedrock"},"email":{"$ref":"#/definitions/email"},"operations":{"$ref":"#/definitions/operations","default":{}}},"definitions":{"network":{"title":"Network","description":"Where the environment runs: a new or an existing VPC, how it reaches the internet, and who may reach the load balancer.","type":"object","additionalProperties":false,"required":["vpc"],"properties":{"vpc":{"$ref":"#/definitions/vpc"},"egress":{"title":"Internet egress","description":"How tasks in private subnets reach the internet: nat-gateway (managed, one per AZ or shared), nat-instance (one small EC2 instance, cheapest), or none (a closed network: VPC endpoints only, images from ECR). With an existing VPC the kit creates no NAT: say what your subnets already route through, or none to have the endpoints created.","type":"string","enum":["nat-gateway","nat-instance","none"],"default":"nat-gateway","examples":["nat-instance","none"]},"natGateways":{"title":"NAT gateways","description":"With egress nat-gateway: one-per-az keeps each AZ independent; single saves about 33 USD a month per extra AZ but makes one AZ a single point of failure.","type":"string","enum":["one-per-az","single"],"default":"one-per-az","examples":["single"]},"natInstanceType":{"title":"NAT instance type","description":"With egress nat-instance: the EC2 instance type of the NAT instance (an arm64 t4g size is cheapest).","type":"string","format":"ec2-instance-type","default":"t4g.nano","examples":["t4g.nano","t4g.small"]},"vpcEndpoints":{"title":"VPC endpoints","description":"The VPC endpoints to create. Leave it out to let the kit derive the set from the egress mode: every endpoint Dify needs for egress none, only the free S3 gateway endpoint otherwise.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["s3","ecr.api","ecr.dkr","logs","secretsmanager","ssm","ssmmessages","kms","bedrock-runtime","bedrock","bedrock-agent-runtime","email-smtp","sts","codeartifact.api","codeartifact.repositories"]},"examples":[["s3","ecr.api","ecr.dkr","logs","secretsmanager","ssm","ssmmessages","bedrock-runtime","bedrock"]]},"loadBalancer":{"title":"Load balancer","description":"The Application Load Balancer in front of Dify.","type":"object","additionalProperties":false,"default":{},"properties":{"scheme":{"title":"Scheme","description":"internet-facing puts the load balancer in public subnets; internal keeps it inside the VPC (reach it over VPN or Direct Connect).","type":"string","enum":["internet-facing","internal"],"default":"internet-facing","examples":["internal"]},"allowedCidrs":{"title":"Allowed CIDRs","description":"IPv4 ranges allowed to reach the load balancer. Leave it out to allow everyone (internet-facing) or the VPC range (internal).","type":"array","minItems":1,"maxItems":50,"uniqueItems":true,"items":{"type":"string","format":"ipv4-cidr"},"examples":[["203.0.113.0/24","198.51.100.10/32"]]}},"examples":[{"scheme":"internet-facing","allowedCidrs":["203.0.113.0/24"]}]}},"examples":[{"vpc":{"mode":"create","cidr":"10.0.0.0/16","availabilityZones":2},"egress":"nat-instance"}]},"vpc":{"title":"VPC","description":"Create a new VPC (mode create) or use an existing one (mode existing).","type":"object","required":["mode"],"discriminator":{"propertyName":"mode"},"oneOf":[{"$ref":"#/definitions/newVpc"},{"$ref":"#/definitions/existingVpc"}],"examples":[{"mode":"create","cidr":"10.0.0.0/16","availabilityZones":2}]},"newVpc":{"title":"New VPC","description":"A VPC the kit creates, with one public and one private subnet in each availability zone.","type":"object","additionalProperties":false,"required":["mode","cidr"],"properties":{"mode":{"title":"Mode","description":"create: the kit creates the VPC.","type":"string","const":"create","examples":["create"]},"cidr":{"title":"VPC CIDR","description":"The IPv4 range of the new VPC, /16 to /24. Pick one that does not overlap networks you will peer with.","type":"string","format":"vpc-cidr","examples":["10.0.0.0/16"]},"availabilityZones":{"title":"Availability zones","description":"How many availability zones to spread subnets over (at least 2: the load balancer and Aurora need two).","type":"integer","minimum":2,"maximum":6,"default":2,"examples":[2,3]},"subnetPrefixLength":{"title":"Subnet prefix length","description":"Size of each subnet as a prefix length, 16 to 27 (20 gives 4,091 usable addresses; a load balancer needs at least /27). The VPC must hold two subnets per availability zone.","type":"integer","minimum":16,"maximum":27,"default":20,"examples":[20,24]}},"examples":[{"mode":"create","cidr":"10.0.0.0/16","availabilityZones":2}]},"existingVpc":{"title":"Existing VPC","description":"A VPC that already exists. The kit checks the subnets you declare offline; deploy verifies them against EC2.","type":"object","additionalProperties":false,"required":["mode","id","cidr","privateSubnets"],"properties":{"mode":{"title":"Mode","description":"existing: use a VPC that already exists.","type":"string","const":"existing","examples":["existing"]},"id":{"title":"VPC ID","description":"The ID of the existing VPC.","type":"string","format":"vpc-id","examples":["vpc-0a1b2c3d4e5f67890"]},"cidr":{"title":"VPC CIDR","description":"The primary IPv4 range of the existing VPC, /16 to /28 (used for security-group rules, the SSRF proxy\'s rules and subnet checks).","type":"string","format":"vpc-cidr","examples":["10.20.0.0/16"]},"publicSubnets":{"title":"Public subnets","description":"Subnets routed to an internet gateway, for an internet-facing load balancer: at least two, in different availability zones. Not needed for an internal load balancer.","type":"array","items":{"$ref":"#/definitions/subnet"},"default":[],"examples":[[{"id":"subnet-0aaa1111bbbb2222c","availabilityZone":"ap-northeast-1a","cidr":"10.20.0.0/24"},{"id":"subnet-0bbb2222cccc3333d","availabilityZone":"ap-northeast-1c","cidr":"10.20.1.0/24"}]]},"privateSubnets":{"title":"Private subnets","description":"Subnets for the tasks, the database and the cache: at least two, in different availability zones.","type":"array","minItems":2,"items":{"$ref":"#/definitions/subnet"},"examples":[[{"id":"subnet-0ddd3333eeee4444f","availabilityZone":"ap-northeast-1a","cidr":"10.20.10.0/24"},{"id":"subnet-0abc5555def66667a","availabilityZone":"ap-northeast-1c","cidr":"10.20.11.0/24"}]]},"privateRouteTableIds":{"title":"Private route tables","description":"The route tables of the private subnets. The kit attaches the S3 gateway endpoint to them; needed when vpcEndpoints includes s3 (the default in a closed network). Leave s3 out of vpcEndpoints if the VPC already has one.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","format":"route-table-id"},"examples":[["rtb-0a1b2c3d4e5f60001","rtb-0a1b2c3d4e5f60002"]]}},"examples":[{"mode":"existing","id":"vpc-0a1b2c3d4e5f67890","cidr":"10.20.0.0/16","privateSubnets":[{"id":"subnet-0ddd3333eeee4444f","availabilityZone":"ap-northeast-1a","cidr":"10.20.10.0/24"},{"id":"subnet-0abc5555def66667a","availabilityZone":"ap-northeast-1c","cidr":"10.20.11.0/24"}]}]},"subnet":{"title":"Subnet","description":"One existing subnet: its ID, availability zone and IPv4 range.","type":"object","additionalProperties":false,"required":["id","availabilityZone","cidr"],"properties":{"id":{"title":"Subnet ID","description":"The ID of the subnet.","type":"string","format":"subnet-id","examples":["subnet-0ddd3333eeee4444f"]},"availabilityZone":{"title":"Availability zone","description":"The availability zone of the subnet, for example ap-northeast-1a.","type":"string","format":"availability-zone","examples":["ap-northeast-1a"]},"cidr":{"title":"Subnet CIDR","description":"The IPv4 range of the subnet, /16 to /28; it must lie inside the VPC range.","type":"string","format":"subnet-cidr","examples":["10.20.10.0/24"]}},"examples":[{"id":"subnet-0ddd3333eeee4444f","availabilityZone":"ap-northeast-1a","cidr":"10.20.10.0/24"}]},"domain":{"title":"Domain","description":"Serve Dify on your own host name over HTTPS. Without it Dify is served over plain HTTP on the load balancer\'s DNS name.","type":"object","additionalProperties":false,"required":["hostName"],"properties":{"hostName":{"title":"Host name","description":"The fully qualified host name users open, for example dify.example.com: letters, digits and hyphens, two labels or more, without the final dot. Not an IP address.","type":"string","format":"dns-name","examples":["dify.example.com"]},"hostedZoneId":{"title":"Route 53 hosted zone ID","description":"The Route 53 hosted zone that holds the host name. With it the kit creates the alias record (and validates a created certificate by DNS); without it, point the name at the load balancer yourself.","type":"string","format":"hosted-zone-id","examples":["Z0123456789ABCDEFGHIJ"]},"certificate":{"title":"Certificate","description":"create: request an ACM certificate validated by DNS in the hosted zone. Or the ARN of an existing ACM certificate in the stack\'s region that covers the host name.","anyOf":[{"type":"string","const":"create"},{"type":"string","format":"acm-certificate-arn"}],"default":"create","examples":["create","arn:aws:acm:ap-northeast-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"]}},"examples":[{"hostName":"dify.example.com","hostedZoneId":"Z0123456789ABCDEFGHIJ","certificate":"create"}]},"dify":{"title":"Dify","description":"The Dify release, where its images come from, how big each service is, and how it behaves.","type":"object","additionalProperties":false,"properties":{"version":{"title":"Dify version","description":"The dify-api and dify-web image tag, an exact release such as 1.13.3. The plugin daemon and sandbox versions default to the set known to work with it. Pin it: the default moves when you upgrade the kit.","type":"string","format":"image-tag","default":"1.13.3","examples":["1.13.3"]},"pluginDaemonVersion":{"title":"Plugin daemon version","description":"The dify-plugin-daemon image tag. Leave it out to use the one released with the Dify version; set it only to follow a fix, and expect a warning when the pair is not known to work.","type":"string","format":"image-tag","examples":["0.5.3-local"]},"sandboxVersion":{"title":"Sandbox version","description":"The dify-sandbox image tag. Leave it out to use the one released with the Dify version.","type":"string","format":"image-tag","examples":["0.2.14"]},"images":{"title":"Images","description":"Where container images are pulled from.","type":"object","additionalProperties":false,"default":{},"properties":{"source":{"title":"Image source","description":"docker-hub pulls langgenius/* images from Docker Hub (needs internet egress); ecr pulls mirrored copies from ECR repositories in this account and region (required for a closed network).","type":"string","enum":["docker-hub","ecr"],"default":"docker-hub","examples":["ecr"]},"ecrRepositoryPrefix":{"title":"ECR repository prefix","description":"With source ecr: images are pulled from <account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<image>:<tag>, for example dify-mirror/dify-api:1.13.3.","type":"string","format":"ecr-repository-prefix","default":"dify-mirror","examples":["dify-mirror"]}},"examples":[{"source":"ecr","ecrRepositoryPrefix":"dify-mirror"}]},"services":{"title":"Services","description":"CPU (units, 1024 = 1 vCPU), memory (MiB) and task count of each service. The API task also holds the plugin daemon, the sandbox and the SSRF proxy, which take their share of its size.","type":"object","additionalProperties":false,"default":{},"properties":{"api":{"title":"API task","description":"The API task: the api container plus the plugin daemon, sandbox and SSRF proxy containers.","type":"object","additionalProperties":false,"default":{},"properties":{"cpu":{"$ref":"#/definitions/fargateCpu","default":2048},"memory":{"$ref":"#/definitions/fargateMemory","default":4096},"desiredCount":{"$ref":"#/definitions/desiredCount","default":1}},"examples":[{"cpu":2048,"memory":4096,"desiredCount":2}]},"worker":{"title":"Worker task","description":"The Celery worker (MODE=worker): document indexing, workflows in the background, mail.","type":"object","additionalProperties":false,"default":{},"properties":{"cpu":{"$ref":"#/definitions/fargateCpu","default":1024},"memory":{"$ref":"#/definitions/fargateMemory","default":2048},"desiredCount":{"$ref":"#/definitions/desiredCount","default":1}},"examples":[{"cpu":1024,"memory":2048,"desiredCount":1}]},"beat":{"title":"Beat task","description":"The Celery beat scheduler (MODE=beat). It always runs exactly one task.","type":"object","additionalProperties":false,"default":{},"properties":{"cpu":{"$ref":"#/definitions/fargateCpu","default":256},"memory":{"$ref":"#/definitions/fargateMemory","default":512}},"examples":[{"cpu":256,"memory":512}]},"web":{"title":"Web task","description":"The Next.js web front end.","type":"object","additionalProperties":false,"default":{},"properties":{"cpu":{"$ref":"#/definitions/fargateCpu","default":512},"memory":{"$ref":"#/definitions/fargateMemory","default":1024},"desiredCount":{"$ref":"#/definitions/desiredCount","default":1}},"examples":[{"cpu":512,"memory":1024,"desiredCount":1}]},"pluginDaemon":{"title":"Plugin daemon container","description":"The plugin daemon\'s share of the API task. Plugins run as Python processes inside it: give it memory (at least 1024 MiB; out-of-memory crash loops are the most reported failure).","type":"object","additionalProperties":false,"default":{},"properties":{"cpu":{"$ref":"#/definitions/containerCpu","default":512},"memory":{"$ref":"#/definitions/containerMemory","default":1024}},"examples":[{"cpu":512,"memory":1536}]},"sandbox":{"title":"Sandbox container","description":"The code-execution sandbox\'s share of the API task.","type":"object","additionalProperties":false,"default":{},"properties":{"cpu":{"$ref":"#/definitions/containerCpu","default":256},"memory":{"$ref":"#/definitions/containerMemory","default":512}},"examples":[{"cpu":256,"memory":512}]}},"examples":[{"api":{"cpu":2048,"memory":4096,"desiredCount":1}}]},"fargateSpot":{"title":"Fargate Spot","description":"Run the API, worker and web tasks on Fargate Spot (about 70% cheaper, interrupted with two minutes\' notice). The beat scheduler always runs on regular Fargate. Fine for development, not for production.","type":"boolean","default":false,"examples":[true]},"autoMigrateDatabase":{"title":"Migrate the database automatically","description":"Run Dify\'s database migrations when the API starts (MIGRATION_ENABLED). Turn it off for a Dify 0.x to 1.x upgrade, which the migrate-v1 workflow performs.","type":"boolean","default":true,"examples":[false]},"sandbox":{"title":"Sandbox","description":"Code-execution sandbox behaviour.","type":"object","additionalProperties":false,"default":{},"properties":{"allowAnySyscalls":{"title":"Allow any system call","description":"Let sandboxed code make any system call (some Python libraries need it). Only with trusted code: it weakens the sandbox.","type":"boolean","default":false,"examples":[false]}},"examples":[{"allowAnySyscalls":false}]},"plugins":{"title":"Plugins","description":"How Dify 1.x plugins are installed. The API downloads packages from marketplace.dify.ai and the plugin daemon installs their Python dependencies from PyPI, neither of which any VPC endpoint reaches.","type":"object","additionalProperties":false,"default":{},"properties":{"egressProxyUrl":{"title":"Egress proxy URL","description":"An HTTP proxy through which the API and plugin daemon reach the marketplace and PyPI in a closed network.","type":"string","format":"http-url","examples":["http://proxy.internal.example.com:3128"]},"pipMirrorUrl":{"title":"PyPI mirror URL","description":"A PyPI simple index (for example CodeArtifact) used by the plugin daemon and the sandbox instead of pypi.org.","type":"string","format":"http-url","examples":["https://my-domain-123456789012.d.codeartifact.ap-northeast-1.amazonaws.com/pypi/pypi-mirror/simple/"]}},"examples":[{"egressProxyUrl":"http://proxy.internal.example.com:3128"}]},"environment":{"title":"Extra environment variables","description":"Extra variables for Dify\'s containers. Each has exactly one source: a literal value, an SSM parameter, or a Secrets Manager secret (optionally one JSON key of it). Secrets reach the containers through ECS secrets, never in plain text.","type":"array","maxItems":100,"default":[],"items":{"$ref":"#/definitions/environmentVariable"},"examples":[[{"name":"LOG_LEVEL","value":"INFO","targets":["api","worker"]}]]}},"examples":[{"version":"1.13.3","fargateSpot":true}]},"environmentVariable":{"title":"Environment variable","description":"One extra variable: a name, exactly one of value, fromSsmParameter or fromSecret, and the containers it goes to.","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"required":["value"]},{"required":["fromSsmParameter"]},{"required":["fromSecret"]}],"dependencies":{"jsonKey":["fromSecret"]},"properties":{"name":{"title":"Name","description":"The variable name: uppercase letters, digits and underscores.","type":"string","format":"environment-variable-name","examples":["LOG_LEVEL"]},"value":{"title":"Value","description":"A literal value, passed exactly as written (${...} is not expanded). Never put a secret here: use fromSecret; ENV002 refuses a value that looks like a credential, whatever the variable\'s name.","type":"string","maxLength":4096,"examples":["INFO"]},"fromSsmParameter":{"title":"From SSM parameter","description":"The name (or ARN) of an SSM parameter whose value becomes the variable.","type":"string","format":"ssm-parameter","examples":["/dify/prod/sentry-dsn"]},"fromSecret":{"title":"From Secrets Manager secret","description":"The name or ARN of a Secrets Manager secret whose value becomes the variable.","type":"string","format":"secrets-manager-secret","examples":["dify/prod/smtp"]},"jsonKey":{"title":"JSON key","description":"With fromSecret: take only this key of a JSON secret. ECS reads it from a colon-separated reference, so it cannot contain a colon.","type":"string","format":"secret-json-key","minLength":1,"maxLength":256,"examples":["password"]},"targets":{"title":"Target containers","description":"The containers that receive the variable.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["api","worker","beat","web","sandbox","pluginDaemon"]},"default":["api","worker"],"examples":[["api","worker","beat"]]},"exposeToSandboxCode":{"title":"Expose to sandboxed code","description":"The sandbox runs the code Dify users write in code nodes, and that code can read the sandbox\'s environment. A secret (fromSecret, a fromSsmParameter or literal that looks like one) targeted at the sandbox is refused (SBX002) unless this is true: set it only when every user who can edit a workflow may read the secret.","type":"boolean","default":false,"examples":[true]}},"examples":[{"name":"SMTP_PASSWORD","fromSecret":"dify/prod/smtp","jsonKey":"password","targets":["api","worker"]}]},"fargateCpu":{"title":"CPU","description":"Fargate task CPU in units (1024 = 1 vCPU). The memory must be a valid Fargate pair for it.","type":"integer","enum":[256,512,1024,2048,4096,8192,16384],"examples":[1024]},"fargateMemory":{"title":"Memory","description":"Fargate task memory in MiB; it must be a valid Fargate pair for the CPU (for example 1024 CPU takes 2048 to 8192).","type":"integer","minimum":512,"maximum":122880,"examples":[2048]},"containerCpu":{"title":"CPU","description":"CPU units reserved for the container inside its task (1024 = 1 vCPU).","type":"integer","minimum":0,"maximum":16384,"examples":[512]},"containerMemory":{"title":"Memory","description":"Hard memory limit of the container inside its task, in MiB.","type":"integer","minimum":128,"maximum":122880,"examples":[1024]},"desiredCount":{"title":"Desired count","description":"How many tasks of the service run.","type":"integer","minimum":0,"maximum":50,"examples":[1,2]},"database":{"title":"Database","description":"Aurora PostgreSQL Serverless v2 holding Dify\'s data, the plugin daemon\'s data and the pgvector embeddings.","type":"object","additionalProperties":false,"properties":{"minCapacity":{"title":"Minimum capacity (ACU)","description":"Lowest Aurora capacity in ACUs, in steps of 0.5. 0 lets the database pause when idle (about 15 s to resume on the next request).","type":"number","minimum":0,"maximum":256,"multipleOf":0.5,"default":0.5,"examples":[0,0.5,2]},"maxCapacity":{"title":"Maximum capacity (ACU)","description":"Highest Aurora capacity in ACUs, in steps of 0.5 (1 ACU is about 2 GiB of memory).","type":"number","minimum":1,"maximum":256,"multipleOf":0.5,"default":4,"examples":[2,16]},"backupRetentionDays":{"title":"Backup retention (days)","description":"Days of automated backups kept (1 to 35).","type":"integer","minimum":1,"maximum":35,"default":7,"examples":[7,35]},"deletionProtection":{"title":"Deletion protection","description":"Refuse to delete the database cluster until this is turned off. Keep it on for anything with real data.","type":"boolean","default":true,"examples":[true]}},"examples":[{"minCapacity":0,"maxCapacity":2}]},"cache":{"title":"Cache","description":"ElastiCache (Valkey) for Dify\'s cache and the Celery broker, encrypted in transit and at rest, with an auth token.","type":"object","additionalProperties":false,"properties":{"nodeType":{"title":"Node type","description":"The ElastiCache node type.","type":"string","format":"cache-node-type","default":"cache.t4g.micro","examples":["cache.t4g.micro","cache.r7g.large"]},"replicas":{"title":"Replicas","description":"Read replicas besides the primary (0 to 5). At least 1 gives Multi-AZ automatic failover.","type":"integer","minimum":0,"maximum":5,"default":1,"examples":[0,1]}},"examples":[{"nodeType":"cache.t4g.micro","replicas":0}]},"bedrock":{"title":"Amazon Bedrock","description":"The Bedrock region, data-residency policy and models the environment may use. The task role may invoke exactly these models and nothing else.","type":"object","additionalProperties":false,"required":["models"],"properties":{"region":{"title":"Bedrock region","description":"The region Dify calls Bedrock in. Defaults to the stack\'s region; in a closed network it must be the stack\'s region (endpoints are regional).","type":"string","format":"aws-region","examples":["ap-northeast-1","us-west-2"]},"crossRegionInference":{"title":"Allow cross-region inference","description":"Allow inference profiles (us., eu., apac., jp., global. model IDs) that route requests to other regions.","type":"boolean","default":false,"examples":[true]},"dataResidency":{"title":"Data residency","description":"Keep data in one geography: jp allows only Japanese regions and jp. profiles, eu only EU regions and eu. profiles, us only US regions and us. profiles. none applies no rule.","type":"string","enum":["none","jp","eu","us"],"default":"none","examples":["jp"]},"models":{"title":"Models","description":"The model IDs (or inference profile IDs) the environment may use, by role.","type":"object","additionalProperties":false,"required":["chat"],"properties":{"chat":{"title":"Chat models","description":"Models for chat, completion and agents.","type":"array","minItems":1,"maxItems":30,"uniqueItems":true,"items":{"type":"string","format":"bedrock-model-id"},"examples":[["jp.anthropic.claude-sonnet-4-5-20250929-v1:0"]]},"embedding":{"title":"Embedding models","description":"Models for knowledge-base embeddings.","type":"array","maxItems":10,"uniqueItems":true,"items":{"type":"string","format":"bedrock-model-id"},"default":[],"examples":[["amazon.titan-embed-text-v2:0"]]},"rerank":{"title":"Rerank models","description":"Models for reranking retrieved chunks.","type":"array","maxItems":10,"uniqueItems":true,"items":{"type":"string","format":"bedrock-model-id"},"default":[],"examples":[["cohere.rerank-v3-5:0"]]}},"examples":[{"chat":["anthropic.claude-3-haiku-20240307-v1:0"],"embedding":["amazon.titan-embed-text-v2:0"]}]}},"examples":[{"region":"ap-northeast-1","dataResidency":"jp","models":{"chat":["jp.anthropic.claude-sonnet-4-5-20250929-v1:0"]}}]},"email":{"title":"Email","description":"Send Dify\'s mail (invitations, password resets) through Amazon SES.","type":"object","additionalProperties":false,"required":["sendingDomain","fromAddress"],"properties":{"sendingDomain":{"title":"Sending domain","description":"The domain verified in SES (DKIM records are created when it lies in the hosted zone).","type":"string","format":"dns-name","examples":["example.com"]},"fromAddress":{"title":"From address","description":"The sender address of Dify\'s mail; it must belong to the sending domain.","type":"string","format":"email","examples":["dify@example.com"]}},"examples":[{"sendingDomain":"example.com","fromAddress":"dify@example.com"}]},"operations":{"title":"Operations","description":"How the environment is watched and operated.","type":"object","additionalProperties":false,"properties":{"driftCheckSchedule":{"title":"Drift-check schedule","description":"When the drift workflow checks the stack, as a five-field cron expression in UTC (GitHub Actions schedule syntax).","type":"string","format":"cron","default":"0 18 * * *","examples":["0 18 * * *","30 21 * * 1-5"]},"logRetentionDays":{"title":"Log retention (days)","description":"Days CloudWatch Logs keeps container logs (one of the values CloudWatch accepts).","type":"integer","enum":[1,3,5,7,14,30,60,90,120,150,180,365,400,545,731,1096,1827,2192,2557,2922,3288,3653],"default":30,"examples":[30,365]},"execSessionKmsKeyArn":{"title":"ECS Exec KMS key","description":"A customer KMS key that encrypts ECS Exec sessions. In a closed network it needs the kms endpoint, which the kit then adds.","type":"string","format":"kms-key-arn","examples":["arn:aws:kms:ap-northeast-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"]}},"examples":[{"driftCheckSchedule":"0 18 * * *","logRetentionDays":30}]}}}');
;// CONCATENATED MODULE: ./src/environment/schema.ts

/** The contract: schemas/environment.schema.json, bundled into every entry point. */
const schema = environment_schema_namespaceObject;

// EXTERNAL MODULE: ./src/environment/show-value.ts
var show_value = __webpack_require__(572);
;// CONCATENATED MODULE: ./src/environment/text-hazards.ts

/**
 * A CloudFormation dynamic reference, `{{resolve:service:key}}`. CloudFormation
 * resolves one wherever it sits in a resource property, with the deploy role's
 * permissions, and writes the result in plain text (a container variable, a tag).
 * CloudFormation itself takes only `{{resolve:` written tightly (cfn-lint
 * W1053, confirmed against the service: `{{ resolve:` stays literal), but the
 * kit refuses every spelling, whatever the case and whatever spaces or
 * invisible characters sit between the parts: a near miss is no safer to keep.
 */
const DYNAMIC_REFERENCE = /\{\{resolve:/i;
/** Spaces (any kind) and invisible format characters (zero-width, bidi) a spelling might hide behind. */
const IGNORED_IN_SPELLING = /[\s\p{Z}\p{Cf}]/gu;
/** Whether `text` holds a CloudFormation dynamic reference, spelled in any way. */
function holdsDynamicReference(text) {
    return DYNAMIC_REFERENCE.test(text.replace(IGNORED_IN_SPELLING, ''));
}
/**
 * Code units that are not text: a lone UTF-16 surrogate (no UTF-8 encoding
 * exists for it, so no template, task definition or API call can carry it),
 * NUL (it ends a string in the container runtime) and the non-characters
 * U+FFFE and U+FFFF.
 */
const NOT_TEXT = /[\0\p{Cs}\ufffe\uffff]/u;
/** The first character of `text` that is not text, if any. */
function firstNonText(text) {
    return NOT_TEXT.exec(text)?.[0];
}
/** Every hazard in every string of a parsed environment file, in document order. */
function findTextHazards(document) {
    const hazards = [];
    const visit = (value, pointer) => {
        if (typeof value === 'string') {
            const hazard = hazardOf(value);
            if (hazard)
                hazards.push({ pointer, at: 'value', ...hazard });
        }
        else if (Array.isArray(value)) {
            value.forEach((item, index) => {
                visit(item, (0,json_pointer/* joinPointer */.Kn)(pointer, index));
            });
        }
        else if (value !== null && typeof value === 'object') {
            for (const [key, inner] of Object.entries(value)) {
                const member = (0,json_pointer/* joinPointer */.Kn)(pointer, key);
                const hazard = hazardOf(key);
                if (hazard)
                    hazards.push({ pointer: member, at: 'key', ...hazard });
                visit(inner, member);
            }
        }
    };
    visit(document, '');
    return hazards;
}
function hazardOf(text) {
    const nonText = firstNonText(text);
    if (nonText !== undefined) {
        const surrogate = /\p{Cs}/u.test(nonText);
        return {
            message: `holds ${describeCodeUnit(nonText)}, which is not text: no template, task definition or AWS API can carry it`,
            hint: surrogate
                ? 'Write the character whole or not at all: an unpaired surrogate is one half of a character that takes two \\u escapes.'
                : 'Remove the \\u escape that produced it.',
        };
    }
    if (holdsDynamicReference(text)) {
        return {
            message: 'holds a CloudFormation dynamic reference ({{resolve:…}}): CloudFormation would resolve it with the deploy role and write the secret or parameter in plain text',
            hint: 'Pass secrets and parameters with dify.environment fromSecret or fromSsmParameter, which reach the container through ECS secrets; no field may contain "{{resolve:".',
        };
    }
    return undefined;
}
function describeCodeUnit(unit) {
    const code = unit.charCodeAt(0);
    const escaped = `\\u${code.toString(16).padStart(4, '0')}`;
    if (code >= 0xd800 && code <= 0xdfff)
        return `an unpaired surrogate (${escaped})`;
    if (code === 0)
        return `a NUL character (${escaped})`;
    return `the non-character ${escaped}`;
}

;// CONCATENATED MODULE: ./src/environment/validate-schema.ts








// ajv-formats is CommonJS; depending on the loader its default import is the plugin or its namespace.
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
let compiled;
/** The compiled validator, built once per process (compiling costs more than validating). */
function validator() {
    if (compiled)
        return compiled;
    const ajv = new dist_ajv.Ajv({
        allErrors: true,
        strict: true,
        strictRequired: false,
        discriminator: true,
        verbose: true,
        useDefaults: true,
    });
    addFormats(ajv, ['email']);
    for (const [name, format] of Object.entries(formats/* stringFormats */.M)) {
        ajv.addFormat(name, { type: 'string', validate: format.validate });
    }
    compiled = ajv.compile(schema);
    return compiled;
}
/**
 * Validates a parsed environment against schemas/environment.schema.json and
 * returns either the value with every schema default filled in, or all the
 * problems found, rewritten for people.
 */
function validateAgainstSchema(value) {
    const withDefaults = structuredClone(value);
    const validate = validator();
    const schemaValid = validate(withDefaults);
    const hazards = findTextHazards(value).map((hazard) => ({
        pointer: hazard.pointer,
        locate: { pointer: hazard.pointer, at: hazard.at },
        message: hazard.message,
        hint: hazard.hint,
    }));
    if (schemaValid && hazards.length === 0)
        return { valid: true, withDefaults };
    // A string that is not text, or that CloudFormation would resolve, is the one thing to say about it.
    const hazardous = new Set(hazards.map((hazard) => hazard.pointer));
    const problems = schemaValid ? [] : explainErrors(validate.errors ?? [], value);
    return {
        valid: false,
        problems: [...hazards, ...problems.filter((problem) => !hazardous.has(problem.pointer))],
    };
}
function explainErrors(errors, data) {
    const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    const branchErrors = new Set();
    const problems = [];
    for (const combinator of combinators) {
        const prefix = `${combinator.schemaPath}/`;
        const branches = errors.filter((e) => e.schemaPath.startsWith(prefix));
        for (const e of branches)
            branchErrors.add(e);
        problems.push(...explainCombinator(combinator, branches, data));
    }
    // A value of the wrong type fails its other keywords too; the type is the one to report.
    const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    for (const error of errors) {
        if (branchErrors.has(error) || combinators.includes(error))
            continue;
        if (error.keyword === 'propertyNames')
            continue; // its inner error carries the detail
        if (error.keyword !== 'type' && wrongType.has(error.instancePath))
            continue;
        const problem = explainError(error, data);
        if (problem)
            problems.push(problem);
    }
    return dedupe(withoutMissingExplainedByTypo(problems));
}
/** "cidrr" is unknown and "cidr" is missing: one mistake, reported once, as the typo. */
function withoutMissingExplainedByTypo(problems) {
    const renames = new Set(problems.flatMap((p) => (p.renameTo ? [p.renameTo] : [])));
    return problems.filter((p) => !(p.missing && renames.has(p.missing)));
}
function explainError(error, data) {
    const here = error.instancePath;
    const value = (0,json_pointer/* valueAtPointer */.sZ)(data, here);
    const at = (message, hint) => ({
        pointer: here,
        locate: { pointer: here, at: 'value' },
        message,
        ...(hint ? { hint } : {}),
    });
    const params = error.params;
    const errorSchema = error.schema;
    if (error.propertyName !== undefined) {
        const key = error.propertyName;
        const pointer = (0,json_pointer/* joinPointer */.Kn)(here, key);
        const format = typeof params.format === 'string' ? formats/* stringFormats */.M[params.format] : undefined;
        const hint = format ? formatHint(format, key) : undefined;
        return {
            pointer,
            locate: { pointer, at: 'key' },
            message: `key ${format?.explain?.(key) ?? `${(0,show_value/* showValue */.vp)(key)} is not ${format?.noun ?? 'allowed here'}`}`,
            ...(hint ? { hint } : {}),
        };
    }
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            const example = exampleOf(propertySchema(error.parentSchema, missing));
            return {
                pointer: (0,json_pointer/* joinPointer */.Kn)(here, missing),
                locate: { pointer: here, at: 'value' },
                missing: (0,json_pointer/* joinPointer */.Kn)(here, missing),
                message: `missing required property ${(0,show_value/* showValue */.vp)(missing)}`,
                hint: example === undefined
                    ? `Add ${(0,show_value/* showValue */.vp)(missing)}.`
                    : `Add it, for example ${JSON.stringify(missing)}: ${JSON.stringify(example)}.`,
            };
        }
        case 'additionalProperties': {
            const unknown = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const pointer = (0,json_pointer/* joinPointer */.Kn)(here, unknown);
            const suggestion = suggest(unknown, known);
            return {
                pointer,
                locate: { pointer, at: 'key' },
                ...(suggestion ? { renameTo: (0,json_pointer/* joinPointer */.Kn)(here, suggestion) } : {}),
                message: `unknown property ${(0,show_value/* showValue */.vp)(unknown)}${suggestion ? `; did you mean ${(0,show_value/* showValue */.vp)(suggestion)}?` : ''}`,
                hint: suggestion
                    ? `Rename it to ${(0,show_value/* showValue */.vp)(suggestion)}.`
                    : `Remove it; the properties allowed here are ${(0,show_value/* listAlternatives */.PP)(known, 'and')}.`,
            };
        }
        case 'type':
            return at(`expected ${typeNoun(params.type)}, found ${(0,show_value/* describeFound */.Kq)(value)}`, typeHint(params.type, value));
        case 'enum': {
            const allowed = errorSchema ?? [];
            const suggestion = typeof value === 'string' ? suggest(value, allowed.map(String)) : undefined;
            return at(`${(0,show_value/* showValue */.vp)(value)} is not one of ${(0,show_value/* listAlternatives */.PP)(allowed)}${suggestion ? `; did you mean ${(0,show_value/* showValue */.vp)(suggestion)}?` : ''}`);
        }
        case 'const':
            return at(`must be ${(0,show_value/* showValue */.vp)(params.allowedValue)}, found ${(0,show_value/* showValue */.vp)(value)}`);
        case 'format': {
            const format = formats/* stringFormats */.M[String(params.format)];
            const noun = format?.noun ?? builtInFormatNoun(String(params.format));
            const explained = typeof value === 'string' ? format?.explain?.(value) : undefined;
            const hint = format && typeof value === 'string' ? formatHint(format, value) : undefined;
            return at(explained ?? `${(0,show_value/* showValue */.vp)(value)} is not ${noun}`, hint);
        }
        case 'minimum':
        case 'exclusiveMinimum':
            return at(`${(0,show_value/* showValue */.vp)(value)} is below the minimum of ${String(params.limit)}`);
        case 'maximum':
        case 'exclusiveMaximum':
            return at(`${(0,show_value/* showValue */.vp)(value)} is above the maximum of ${String(params.limit)}`);
        case 'multipleOf':
            return at(`${(0,show_value/* showValue */.vp)(value)} is not a multiple of ${String(params.multipleOf)}`);
        case 'minLength':
            return at(params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`);
        case 'maxLength':
            return at(`is ${String(value).length} characters long; at most ${String(params.limit)} are allowed`);
        case 'minItems':
            return at(`needs at least ${plural(Number(params.limit), 'item')}, found ${Array.isArray(value) ? value.length : 0}`);
        case 'maxItems':
            return at(`has ${Array.isArray(value) ? value.length : 0} items; at most ${String(params.limit)} are allowed`);
        case 'maxProperties':
            return at(`has ${Object.keys(value ?? {}).length} entries; at most ${String(params.limit)} are allowed`);
        case 'uniqueItems': {
            const later = Math.max(Number(params.i), Number(params.j));
            const earlier = Math.min(Number(params.i), Number(params.j));
            const pointer = (0,json_pointer/* joinPointer */.Kn)(here, later);
            return {
                pointer,
                locate: { pointer, at: 'value' },
                message: `${(0,show_value/* showValue */.vp)((0,json_pointer/* valueAtPointer */.sZ)(data, pointer))} is listed twice (also item ${earlier})`,
                hint: 'Remove the repeated item.',
            };
        }
        case 'dependencies': {
            const property = String(params.property);
            const pointer = (0,json_pointer/* joinPointer */.Kn)(here, property);
            return {
                pointer,
                locate: { pointer, at: 'key' },
                message: `${(0,show_value/* showValue */.vp)(property)} needs ${(0,show_value/* showValue */.vp)(params.missingProperty)} beside it`,
            };
        }
        case 'discriminator': {
            const tag = String(params.tag);
            const pointer = (0,json_pointer/* joinPointer */.Kn)(here, tag);
            const allowed = discriminatorValues(error.parentSchema);
            if (params.error === 'tag') {
                const found = (0,json_pointer/* valueAtPointer */.sZ)(data, pointer);
                if (found !== undefined) {
                    return {
                        pointer,
                        locate: { pointer, at: 'value' },
                        message: `expected a string, found ${(0,show_value/* describeFound */.Kq)(found)}`,
                        hint: `Set it to ${(0,show_value/* listAlternatives */.PP)(allowed)}.`,
                    };
                }
                return {
                    pointer,
                    locate: { pointer: here, at: 'value' },
                    message: `missing required property ${(0,show_value/* showValue */.vp)(tag)}`,
                    hint: `Set it to ${(0,show_value/* listAlternatives */.PP)(allowed)}.`,
                };
            }
            const suggestion = typeof params.tagValue === 'string' ? suggest(params.tagValue, allowed) : undefined;
            return {
                pointer,
                locate: { pointer, at: 'value' },
                message: `${(0,show_value/* showValue */.vp)(params.tagValue)} is not one of ${(0,show_value/* listAlternatives */.PP)(allowed)}${suggestion ? `; did you mean ${(0,show_value/* showValue */.vp)(suggestion)}?` : ''}`,
            };
        }
        default:
            return at(error.message ?? `is not valid (${error.keyword})`);
    }
}
/**
 * oneOf/anyOf: report the branch the user evidently meant (the one that
 * failed only deeper down), or say plainly which alternatives exist.
 */
function explainCombinator(combinator, branches, data) {
    const here = combinator.instancePath;
    const value = (0,json_pointer/* valueAtPointer */.sZ)(data, here);
    const alternatives = combinator.schema ?? [];
    const passing = combinator.params.passingSchemas;
    const onlyRequired = alternatives.every((branch) => Object.keys(branch).length === 1 && 'required' in branch);
    if (onlyRequired) {
        const names = alternatives.flatMap((branch) => branch.required ?? []);
        const present = names.filter((name) => isObject(value) && Object.hasOwn(value, name));
        return [
            {
                pointer: here,
                locate: { pointer: here, at: 'value' },
                message: passing && passing.length > 1
                    ? `set only one of ${(0,show_value/* listAlternatives */.PP)(names)}; found ${(0,show_value/* listAlternatives */.PP)(present, 'and')}`
                    : `set exactly one of ${(0,show_value/* listAlternatives */.PP)(names)}`,
            },
        ];
    }
    const byBranch = new Map();
    for (const error of branches) {
        const index = Number(error.schemaPath.slice(combinator.schemaPath.length + 1).split('/')[0]);
        byBranch.set(index, [...(byBranch.get(index) ?? []), error]);
    }
    const meant = [...byBranch.entries()]
        .filter(([, errors]) => !errors.some((e) => e.instancePath === here && ROOT_MISMATCH.has(e.keyword)))
        .sort((a, b) => a[1].length - b[1].length)[0];
    if (meant)
        return explainErrors(meant[1], data);
    const nouns = alternatives.map(describeAlternative);
    const expectedTypes = new Set(alternatives.map((branch) => branch.type));
    const [expectedType] = expectedTypes;
    const wrongType = expectedTypes.size === 1 &&
        typeof expectedType === 'string' &&
        [...byBranch.values()].every((errors) => errors.some((e) => e.instancePath === here && e.keyword === 'type'));
    if (wrongType) {
        return [
            {
                pointer: here,
                locate: { pointer: here, at: 'value' },
                message: `expected ${typeNoun(expectedType)}, found ${(0,show_value/* describeFound */.Kq)(value)}`,
                hint: `Set it to ${nouns.join(' or ')}.`,
            },
        ];
    }
    return [
        {
            pointer: here,
            locate: { pointer: here, at: 'value' },
            message: `${(0,show_value/* showValue */.vp)(value)} is not ${nouns.join(' or ')}`,
        },
    ];
}
const ROOT_MISMATCH = new Set(['type', 'const', 'enum', 'format', 'pattern', 'discriminator']);
function describeAlternative(branch) {
    if ('const' in branch)
        return (0,show_value/* showValue */.vp)(branch.const);
    if (typeof branch.format === 'string') {
        return formats/* stringFormats */.M[branch.format]?.noun ?? builtInFormatNoun(branch.format);
    }
    if (typeof branch.type === 'string')
        return typeNoun(branch.type);
    return 'another allowed shape';
}
function discriminatorValues(parentSchema) {
    const oneOf = isObject(parentSchema) && Array.isArray(parentSchema.oneOf) ? parentSchema.oneOf : [];
    const definitions = schema.definitions ?? {};
    return oneOf.flatMap((branch) => {
        const ref = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : undefined;
        const target = ref ? definitions[ref.replace('#/definitions/', '')] : branch;
        const properties = target?.properties;
        const mode = properties?.mode?.const;
        return typeof mode === 'string' ? [mode] : [];
    });
}
function propertySchema(parentSchema, name) {
    if (!isObject(parentSchema) || !isObject(parentSchema.properties))
        return undefined;
    const property = parentSchema.properties[name];
    if (!isObject(property))
        return undefined;
    if (typeof property.$ref === 'string') {
        const definitions = schema.definitions ?? {};
        return { ...definitions[property.$ref.replace('#/definitions/', '')], ...property };
    }
    return property;
}
function exampleOf(property) {
    const examples = property?.examples;
    return Array.isArray(examples) ? examples[0] : undefined;
}
/** The closest known name, when it is close enough to be a typo. */
function suggest(unknown, known) {
    if (known.length === 0)
        return undefined;
    const lower = unknown.toLowerCase();
    const caseOnly = known.find((name) => name.toLowerCase() === lower);
    if (caseOnly)
        return caseOnly;
    const best = (0,mod/* closest */.kp)(unknown, [...known]);
    return (0,mod/* distance */.Io)(unknown, best) <= Math.max(2, Math.floor(unknown.length / 3)) ? best : undefined;
}
function typeNoun(type) {
    const types = Array.isArray(type) ? type : [type];
    return types
        .map((t) => {
        switch (t) {
            case 'object':
                return 'an object';
            case 'array':
                return 'an array';
            case 'integer':
                return 'an integer';
            default:
                return `a ${String(t)}`;
        }
    })
        .join(' or ');
}
function typeHint(expected, value) {
    if (typeof value !== 'string')
        return undefined;
    if ((expected === 'integer' || expected === 'number') &&
        value.trim() !== '' &&
        !Number.isNaN(Number(value))) {
        return `Write the number without quotes: ${Number(value)}.`;
    }
    if (expected === 'boolean' && (value === 'true' || value === 'false')) {
        return `Write it without quotes: ${value}.`;
    }
    return undefined;
}
function formatHint(format, value) {
    return typeof format.hint === 'function' ? format.hint(value) : format.hint;
}
function builtInFormatNoun(format) {
    if (format === 'email')
        return 'a valid email address';
    return `a valid ${format}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.pointer}\u0000${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/environment/check-environment.ts





/**
 * Parse, validate against the schema and run the policy checks: everything
 * offline that can be said about one environment file.
 */
function checkEnvironment(text, options) {
    const { file } = options;
    const parsed = (0,parse_environment_json/* parseEnvironmentJson */.hF)(text);
    if (!parsed.ok) {
        return {
            file,
            diagnostics: parsed.problems.map((p) => ({
                file,
                position: p.position,
                severity: 'error',
                pointer: p.pointer,
                message: p.message,
                ...(p.hint ? { hint: p.hint } : {}),
                ruleId: 'syntax',
            })),
        };
    }
    const diagnostics = parsed.problems.map((p) => ({
        file,
        position: p.position,
        severity: 'error',
        pointer: p.pointer,
        message: p.message,
        ...(p.hint ? { hint: p.hint } : {}),
        ruleId: 'syntax',
    }));
    const validation = validateAgainstSchema(parsed.value);
    if (!validation.valid) {
        for (const problem of validation.problems) {
            diagnostics.push({
                file,
                position: parsed.sourceMap.positionOf(problem.locate.pointer, problem.locate.at),
                severity: 'error',
                pointer: problem.pointer,
                message: problem.message,
                ...(problem.hint ? { hint: problem.hint } : {}),
                ruleId: 'schema',
            });
        }
        return { file, diagnostics: diagnostics.sort(diagnostic/* compareDiagnostics */.o) };
    }
    const environment = resolveEnvironment(validation.withDefaults);
    const context = {
        environment,
        written: parsed.value,
        ...(options.baseText !== undefined ? { base: parseBase(options.baseText) } : {}),
    };
    for (const policy of options.checks ?? checks/* allPolicyChecks */.R) {
        for (const finding of policy.check(context)) {
            diagnostics.push({
                file,
                position: parsed.sourceMap.positionOf(finding.pointer, 'value'),
                severity: finding.severity ?? policy.severity,
                pointer: finding.pointer,
                message: finding.message,
                hint: finding.hint,
                ruleId: policy.id,
            });
        }
    }
    return { file, diagnostics: diagnostics.sort(diagnostic/* compareDiagnostics */.o), environment };
}
/** The base file only informs upgrade checks; if it does not parse, there is nothing to compare. */
function parseBase(text) {
    const parsed = (0,parse_environment_json/* parseEnvironmentJson */.hF)(text);
    return parsed.ok ? parsed.value : undefined;
}

// EXTERNAL MODULE: ./src/environment/read-environment-file.ts
var read_environment_file = __webpack_require__(4028);
;// CONCATENATED MODULE: ./src/environment/load-environment.ts


/**
 * Reads an environment file from disk and checks it: the file-system edge of
 * checkEnvironment. Throws UnreadableFileError when a path cannot be read.
 */
async function loadEnvironment(file, options = {}) {
    const read = await (0,read_environment_file/* readEnvironmentFile */.S)(file);
    if (!read.ok)
        return unreadableFileCheck(file, read.message, read.hint);
    let baseText;
    if (options.basePath !== undefined) {
        const base = await (0,read_environment_file/* readEnvironmentFile */.S)(options.basePath);
        baseText = base.ok ? base.text : undefined;
    }
    return checkEnvironment(read.text, { file, baseText });
}
/** A file that could not be read as an environment: one error at its first line. */
function unreadableFileCheck(file, message, hint) {
    return {
        file,
        diagnostics: [
            {
                file,
                position: { line: 1, column: 1 },
                severity: 'error',
                pointer: '',
                message,
                hint,
                ruleId: 'syntax',
            },
        ],
    };
}


/***/ }),

/***/ 442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ENVIRONMENT_TAG_KEY),
/* harmony export */   Zo: () => (/* binding */ defaultStackName),
/* harmony export */   aH: () => (/* binding */ DEFAULT_STACK_PREFIX),
/* harmony export */   bd: () => (/* binding */ stackNameBelongsTo),
/* harmony export */   hC: () => (/* binding */ STACK_PREFIX_PATTERN)
/* harmony export */ });
/**
 * The names that tie an environment to the bootstrap's roles: every role the
 * bootstrap grants may act only on stacks and resources whose names start with
 * `<stack prefix><environment name>`, and on resources tagged with the
 * environment. An environment file and the bootstrap must agree on the prefix.
 */
/** The prefix the bootstrap's `--stack-prefix` and an environment's `stackPrefix` default to. */
const DEFAULT_STACK_PREFIX = 'dify-';
/**
 * A stack prefix: it starts a CloudFormation stack name (a letter, then
 * letters, digits and hyphens), and has at least 3 characters, since a shorter
 * one (`d`) would widen every scope granted on it to most names of the account.
 */
const STACK_PREFIX_PATTERN = /^[A-Za-z][A-Za-z0-9-]{2,63}$/;
/** The tag every resource of a Dify stack carries; IAM conditions of the bootstrap's roles rely on it. */
const ENVIRONMENT_TAG_KEY = 'dify-aws-kit:environment';
/** `<prefix><name>`: the stack name an environment gets unless it names one. */
function defaultStackName(stackPrefix, environmentName) {
    return `${stackPrefix}${environmentName}`;
}
/**
 * Whether a stack name belongs to the environment: exactly `<prefix><name>`,
 * or that followed by a hyphen and more (`dify-prod-blue`). `dify-prodx` does
 * not, since it would be `prodx`'s.
 */
function stackNameBelongsTo(stackName, stackPrefix, environmentName) {
    const base = defaultStackName(stackPrefix, environmentName);
    return stackName === base || stackName.startsWith(`${base}-`);
}


/***/ }),

/***/ 4905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ defaultVpcEndpoints),
/* harmony export */   F: () => (/* binding */ closedNetworkEndpoints)
/* harmony export */ });
/** The endpoints a closed network (egress none) cannot do without, and why. */
function closedNetworkEndpoints(environment) {
    const required = [
        { name: 's3', reason: 'ECR image layers, Dify files and plugin packages are read from S3' },
        { name: 'ecr.api', reason: 'Fargate authenticates to ECR to pull images' },
        { name: 'ecr.dkr', reason: 'Fargate pulls image manifests from ECR' },
        { name: 'logs', reason: 'the awslogs driver sends container logs to CloudWatch Logs' },
        { name: 'secretsmanager', reason: 'containers receive their generated secrets from Secrets Manager' },
        { name: 'ssm', reason: 'containers receive SSM parameters as secrets' },
        { name: 'ssmmessages', reason: 'ECS Exec (and so the migrate-v1 workflow) opens its session through it' },
        { name: 'bedrock-runtime', reason: 'Dify invokes Bedrock models through it' },
        { name: 'bedrock', reason: 'the Bedrock plugin resolves inference profiles through the control plane' },
    ];
    if (environment.email) {
        required.push({ name: 'email-smtp', reason: 'Dify sends its mail through the SES SMTP interface' });
    }
    if (environment.operations.execSessionKmsKeyArn) {
        required.push({ name: 'kms', reason: 'ECS Exec sessions are encrypted with a customer KMS key' });
    }
    return required;
}
/** The endpoint set used when the file does not list one. */
function defaultVpcEndpoints(environment) {
    if (environment.network.egress === 'none')
        return closedNetworkEndpoints(environment).map((e) => e.name);
    // An existing VPC with egress keeps whatever endpoints it has; the kit adds none unasked.
    if (environment.network.vpc.mode === 'existing')
        return [];
    // The S3 gateway endpoint is free and keeps image layers and files off the NAT.
    return ['s3'];
}


/***/ }),

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ formatDiagnosticLine)
/* harmony export */ });
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8572);

/**
 * One problem as one line, the format editors and CI annotate from:
 * `FILE:LINE:COL: error: POINTER: MESSAGE — HINT [RULE]`. The file name and the
 * keys in pointers and messages are the user's: the line is made printable, so
 * none can start a new line, move the cursor or issue a workflow command in CI.
 */
function formatDiagnosticLine(d) {
    const hint = d.hint ? ` — ${d.hint}` : '';
    const rule = d.ruleId === 'schema' || d.ruleId === 'syntax' ? '' : ` [${d.ruleId}]`;
    return (0,_text_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(`${d.file}:${d.position.line}:${d.position.column}: ${d.severity}: ${d.pointer}: ${d.message}${hint}${rule}`);
}


/***/ })

};
