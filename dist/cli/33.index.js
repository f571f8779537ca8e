export const id = 33;
export const ids = [33];
export const modules = {

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

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCommand: () => (/* binding */ renderCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9862);
/* harmony import */ var _environment_load_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4002);
/* harmony import */ var _render_render_and_lint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3958);
/* harmony import */ var _report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1834);
/* harmony import */ var _report_template_finding_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7729);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6061);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3985);
/* harmony import */ var _parse_command_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9841);










/**
 * `dify-aws-kit render FILE --out DIR`: writes DIR/template.yaml,
 * DIR/parameters.json and DIR/plan.json, only when the file is valid and the
 * template passes the lint.
 */
async function renderCommand(args, io) {
    const options = (0,_parse_command_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandOptions */ .$)('render', args, ['out', 'strict']);
    if (options.files.length !== 1)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('render: name exactly one environment file');
    if (options.out === undefined)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('render: --out DIR is required');
    const [file] = options.files;
    const result = await (0,_environment_load_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .loadEnvironment */ .Y)(file);
    for (const diagnostic of result.diagnostics)
        io.stdout(`${(0,_report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDiagnosticLine */ .l)(diagnostic)}\n`);
    const { errors, warnings } = (0,_environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_8__/* .countBySeverity */ .O)(result.diagnostics);
    if (errors > 0 || !result.environment || (options.strict && warnings > 0))
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_FINDINGS */ .cB;
    const { rendered, lint } = (0,_render_render_and_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .renderAndLint */ .V)(result.environment, _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
    for (const finding of lint.findings)
        io.stdout(`${(0,_report_template_finding_line_js__WEBPACK_IMPORTED_MODULE_9__/* .formatTemplateFindingLine */ .H)(finding, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'template.yaml'))}\n`);
    if (lint.errors > 0 || (options.strict && lint.warnings > 0)) {
        io.stderr(`dify-aws-kit: the rendered template has ${lint.errors} lint error(s); nothing was written\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_FINDINGS */ .cB;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(options.out, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'template.yaml'), rendered.text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'parameters.json'), `${JSON.stringify(rendered.parameters, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'plan.json'), `${JSON.stringify(rendered.plan, null, 2)}\n`);
    const { plan } = rendered;
    io.stdout(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'template.yaml')}: stack ${plan.stackName} in ${plan.region}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes${lint.warnings ? `, ${lint.warnings} lint warning(s)` : ''}\n`);
    return _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
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


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatTemplateFindingLine)
/* harmony export */ });
/* harmony import */ var _environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);

/** One template finding as one line: `template.yaml: error: Resource.Path: message [RULE]`. */
function formatTemplateFindingLine(finding, file = 'template.yaml') {
    const where = [finding.logicalId, finding.path].filter(Boolean).join('.');
    return (0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(`${file}: ${finding.severity}: ${where || '(template)'}: ${finding.message} [${finding.ruleId}]`);
}


/***/ })

};
