export const id = 341;
export const ids = [341];
export const modules = {

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

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   Bu: () => (/* binding */ parseIpv4Cidr),
/* harmony export */   eJ: () => (/* binding */ addressCount),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   mG: () => (/* binding */ formatCidr),
/* harmony export */   rd: () => (/* binding */ hasHostBits),
/* harmony export */   wm: () => (/* binding */ toNetwork)
/* harmony export */ });
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


/***/ }),

/***/ 9704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ looksSecret)
/* harmony export */ });
// TOKEN only as a whole word: MAX_TOKENS and TOKENIZATION are Dify settings, not secrets.
const SECRET_NAME = /PASSWORD|PASSWD|SECRET|CREDENTIAL|API_?KEY|PRIVATE_KEY|(?:^|_)TOKEN(?:_|$)|_KEY$|^CELERY_BROKER_URL$/;
// Dify's settings about secrets (ACCESS_TOKEN_EXPIRE_MINUTES, ENABLE_EMAIL_PASSWORD_LOGIN) hold no secret.
const SETTING_NAME = /^ENABLE_|_(?:ENABLED|MINUTES|HOURS|DAYS|SECONDS|LENGTH)$/;
/**
 * Whether an environment variable name says its value is a secret. One
 * definition for the policy check (ENV002) and the template lint (SEC008), so
 * a file the check accepts never fails the lint.
 */
function looksSecret(name) {
    return SECRET_NAME.test(name) && !SETTING_NAME.test(name);
}


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ unsafeCharacters),
/* harmony export */   au: () => (/* binding */ escapeUnsafe)
/* harmony export */ });
/* unused harmony export isSafeText */
/**
 * Characters from a user's file that must never reach a terminal, a log line
 * or a Markdown cell as they are: C0 and C1 controls (newlines, escape
 * sequences), invisible characters (soft hyphen, zero-width spaces and joiners,
 * byte order mark), line and paragraph separators, and the bidirectional marks,
 * overrides and isolates that can make text read differently from what it is.
 */
const UNSAFE_RANGES = '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff';
/** Matches every unsafe character (global). */
function unsafeCharacters() {
    return new RegExp(`[${UNSAFE_RANGES}]`, 'g');
}
/** True when `text` holds none of them. */
function isSafeText(text) {
    return !new RegExp(`[${UNSAFE_RANGES}]`).test(text);
}
/** Each unsafe character written as a visible \uXXXX escape. */
function escapeUnsafe(text) {
    return text.replace(unsafeCharacters(), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
