export const id = 575;
export const ids = [575];
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

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9862);
/* harmony import */ var _environment_load_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4002);
/* harmony import */ var _report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1834);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6061);
/* harmony import */ var _parse_command_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9841);





/** `dify-aws-kit validate FILE...`: one line per problem, exit 1 on errors. */
async function validateCommand(args, io) {
    const options = (0,_parse_command_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandOptions */ .$)('validate', args, ['base', 'strict']);
    let failed = false;
    for (const file of options.files) {
        const result = await (0,_environment_load_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .loadEnvironment */ .Y)(file, { basePath: options.base });
        for (const diagnostic of result.diagnostics)
            io.stdout(`${(0,_report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnosticLine */ .l)(diagnostic)}\n`);
        const { errors, warnings } = (0,_environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .countBySeverity */ .O)(result.diagnostics);
        if (errors > 0 || (options.strict && warnings > 0))
            failed = true;
    }
    return failed ? _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FINDINGS */ .cB : _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
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
