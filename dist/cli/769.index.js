export const id = 769;
export const ids = [769];
export const modules = {

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderCommand: () => (/* binding */ renderCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/environment/diagnostic.ts
var diagnostic = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/environment/load-environment.ts + 7 modules
var load_environment = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/render/render-and-lint.ts + 28 modules
var render_and_lint = __webpack_require__(8412);
// EXTERNAL MODULE: ./src/report/diagnostic-line.ts
var diagnostic_line = __webpack_require__(1834);
// EXTERNAL MODULE: ./src/environment/unsafe-characters.ts
var unsafe_characters = __webpack_require__(6340);
;// CONCATENATED MODULE: ./src/report/template-finding-line.ts

/** One template finding as one line: `template.yaml: error: Resource.Path: message [RULE]`. */
function formatTemplateFindingLine(finding, file = 'template.yaml') {
    const where = [finding.logicalId, finding.path].filter(Boolean).join('.');
    return (0,unsafe_characters/* escapeUnsafe */.au)(`${file}: ${finding.severity}: ${where || '(template)'}: ${finding.message} [${finding.ruleId}]`);
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/cli/commands/parse-command-options.ts
var parse_command_options = __webpack_require__(9841);
;// CONCATENATED MODULE: ./src/cli/commands/render.ts










/**
 * `dify-aws-kit render FILE --out DIR`: writes DIR/template.yaml,
 * DIR/parameters.json and DIR/plan.json, only when the file is valid and the
 * template passes the lint.
 */
async function renderCommand(args, io) {
    const options = (0,parse_command_options/* parseCommandOptions */.$)('render', args, ['out', 'strict']);
    if (options.files.length !== 1)
        throw new cli_io/* UsageError */.eb('render: name exactly one environment file');
    if (options.out === undefined)
        throw new cli_io/* UsageError */.eb('render: --out DIR is required');
    const [file] = options.files;
    const result = await (0,load_environment/* loadEnvironment */.Y)(file);
    for (const diagnostic of result.diagnostics)
        io.stdout(`${(0,diagnostic_line/* formatDiagnosticLine */.l)(diagnostic)}\n`);
    const { errors, warnings } = (0,diagnostic/* countBySeverity */.O)(result.diagnostics);
    if (errors > 0 || !result.environment || (options.strict && warnings > 0))
        return cli_io/* EXIT_FINDINGS */.cB;
    const { rendered, lint } = (0,render_and_lint/* renderAndLint */.V)(result.environment, version/* VERSION */.x);
    for (const finding of lint.findings)
        io.stdout(`${formatTemplateFindingLine(finding, (0,external_node_path_.join)(options.out, 'template.yaml'))}\n`);
    if (lint.errors > 0 || (options.strict && lint.warnings > 0)) {
        io.stderr(`dify-aws-kit: the rendered template has ${lint.errors} lint error(s); nothing was written\n`);
        return cli_io/* EXIT_FINDINGS */.cB;
    }
    await (0,promises_.mkdir)(options.out, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(options.out, 'template.yaml'), rendered.text);
    await (0,promises_.writeFile)((0,external_node_path_.join)(options.out, 'parameters.json'), `${JSON.stringify(rendered.parameters, null, 2)}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(options.out, 'plan.json'), `${JSON.stringify(rendered.plan, null, 2)}\n`);
    const { plan } = rendered;
    io.stdout(`${(0,external_node_path_.join)(options.out, 'template.yaml')}: stack ${plan.stackName} in ${plan.region}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes${lint.warnings ? `, ${lint.warnings} lint warning(s)` : ''}\n`);
    return cli_io/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ formatDiagnosticLine)
/* harmony export */ });
/* unused harmony export printable */
/* harmony import */ var _environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);

/**
 * One problem as one line, the format editors and CI annotate from:
 * `FILE:LINE:COL: error: POINTER: MESSAGE — HINT [RULE]`.
 */
function formatDiagnosticLine(d) {
    const hint = d.hint ? ` — ${d.hint}` : '';
    const rule = d.ruleId === 'schema' || d.ruleId === 'syntax' ? '' : ` [${d.ruleId}]`;
    return `${d.file}:${d.position.line}:${d.position.column}: ${d.severity}: ${printable(d.pointer)}: ${printable(d.message)}${printable(hint)}${rule}`;
}
/** Keys in pointers come from the user's file: never let one start a new line or move the cursor. */
const printable = _environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au;


/***/ })

};
