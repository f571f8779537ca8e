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


/***/ })

};
