export const id = 930;
export const ids = [930];
export const modules = {

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCommand: () => (/* binding */ driftCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9331);
/* harmony import */ var _render_render_stack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2856);
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8572);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6061);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3985);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9330);







const OPTIONS = {
    region: { type: 'string' },
    'timeout-minutes': { type: 'string' },
    debug: { type: 'boolean', default: false },
};
/**
 * `dify-aws-kit drift FILE`: check the environment and render its template,
 * confirm the local AWS credentials are for its account, then run CloudFormation
 * drift detection on the stack and compare the deployed template with the one
 * rendered from FILE; print the report (Markdown) and one status line.
 * Exit 0 in sync; 1 drifted (resources or template), detection failed or timed
 * out, an invalid file or an AWS error; 2 a usage error.
 */
async function driftCommand(args, io) {
    const options = parseDriftArgs(args);
    const environment = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__.checkedEnvironment)(options.file, io);
    if (environment === undefined)
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_FINDINGS */ .cB;
    // Compared with the deployed template, not deployed: the lint is deploy's and preflight's business.
    const rendered = (0,_render_render_stack_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStack */ .x)(environment, _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x);
    const region = options.region ?? environment.region;
    return (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__.reportingAwsErrors)(io, options.debug, async () => {
        const clients = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__.confirmedClients)(environment, region, io);
        io.stdout(`detecting drift on ${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(environment.stackName)} (${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(region)})\n`);
        const started = Date.now();
        const drift = await (0,_aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .detectDrift */ .D9)({
            stackName: environment.stackName,
            cloudFormation: clients.cloudFormation,
            timeoutMs: options.timeoutMinutes * 60_000,
        });
        let templateDrift;
        if (drift.outcome === 'in-sync' || drift.outcome === 'drifted') {
            const deployed = await (0,_aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchDeployedTemplate */ .Dy)(clients.cloudFormation, environment.stackName);
            templateDrift = (0,_aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTemplates */ .lh)(deployed, rendered.template);
        }
        const report = {
            environment: environment.name,
            stackName: environment.stackName,
            region,
            drift,
            templateDrift,
            checkedAt: new Date(started).toISOString(),
        };
        io.stdout(`${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .printableLines */ .f)((0,_aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDriftReport */ .EI)(report))}\n`);
        const status = (0,_aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .driftStatus */ .wM)(report);
        const count = (0,_aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .driftedCount */ .C)(report);
        const stack = (0,_text_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(environment.stackName);
        switch (status) {
            case 'in-sync':
                io.stdout(`${stack} is in sync\n`);
                return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
            case 'drifted':
                io.stderr(`dify-aws-kit: ${stack} drifted: ${count} ${count === 1 ? 'resource differs' : 'resources differ'} (see the report above)\n`);
                return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_FINDINGS */ .cB;
            case 'failed':
                io.stderr(drift.outcome === 'detection-failed'
                    ? `dify-aws-kit: drift detection failed on ${stack}: ${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(drift.reason)}. Whether the stack drifted is not known; run again, or look at it in the CloudFormation console (Stack actions, Detect drift)\n`
                    : `dify-aws-kit: drift detection on ${stack} did not finish within ${options.timeoutMinutes} min; whether the stack drifted is not known. Raise --timeout-minutes or run again\n`);
                return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_FINDINGS */ .cB;
        }
    });
}
function parseDriftArgs(args) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`drift: ${error.message.split('\n')[0]}`);
    }
    const { values, positionals } = parsed;
    return {
        file: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__.singleFile)('drift', positionals),
        region: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__.regionOption)('drift', values.region),
        timeoutMinutes: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__.timeoutMinutes)('drift', values['timeout-minutes'], _aws_drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DRIFT_TIMEOUT_MINUTES */ .M),
        debug: values.debug,
    };
}


/***/ })

};
