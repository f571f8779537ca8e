export const id = 33;
export const ids = [33];
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
/* harmony import */ var _environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9862);
/* harmony import */ var _environment_load_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2158);
/* harmony import */ var _render_render_and_lint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3958);
/* harmony import */ var _report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1834);
/* harmony import */ var _report_template_finding_line_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7729);
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8572);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6061);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3985);
/* harmony import */ var _output_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3173);
/* harmony import */ var _parse_command_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9841);












/**
 * `dify-aws-kit render FILE --out DIR`: writes DIR/template.yaml,
 * DIR/parameters.json and DIR/plan.json, only when the file is valid and the
 * template passes the lint.
 */
async function renderCommand(args, io) {
    const options = (0,_parse_command_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandOptions */ .$)('render', args, ['out', 'strict']);
    if (options.files.length !== 1)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('render: name exactly one environment file');
    if (options.out === undefined)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('render: --out DIR is required');
    const [file] = options.files;
    await (0,_output_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .checkOutputFolder */ .Q)('render', '--out', options.out);
    const result = await (0,_environment_load_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .loadEnvironment */ .Y)(file);
    for (const diagnostic of result.diagnostics)
        io.stdout(`${(0,_report_diagnostic_line_js__WEBPACK_IMPORTED_MODULE_8__/* .formatDiagnosticLine */ .l)(diagnostic)}\n`);
    const { errors, warnings } = (0,_environment_diagnostic_js__WEBPACK_IMPORTED_MODULE_9__/* .countBySeverity */ .O)(result.diagnostics);
    if (errors > 0 || !result.environment || (options.strict && warnings > 0))
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_FINDINGS */ .cB;
    const { rendered, lint } = (0,_render_render_and_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .renderAndLint */ .V)(result.environment, _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
    for (const finding of lint.findings)
        io.stdout(`${(0,_report_template_finding_line_js__WEBPACK_IMPORTED_MODULE_10__/* .formatTemplateFindingLine */ .H)(finding, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'template.yaml'))}\n`);
    if (lint.errors > 0 || (options.strict && lint.warnings > 0)) {
        io.stderr(`dify-aws-kit: the rendered template has ${lint.errors} lint error(s); nothing was written\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_FINDINGS */ .cB;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(options.out, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'template.yaml'), rendered.text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'parameters.json'), `${JSON.stringify(rendered.parameters, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'plan.json'), `${JSON.stringify(rendered.plan, null, 2)}\n`);
    const { plan } = rendered;
    io.stdout(`${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_11__/* .printable */ .g)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.out, 'template.yaml'))}: stack ${(0,_text_printable_js__WEBPACK_IMPORTED_MODULE_11__/* .printable */ .g)(plan.stackName)} in ${plan.region}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes${lint.warnings ? `, ${lint.warnings} lint warning(s)` : ''}\n`);
    return _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatTemplateFindingLine)
/* harmony export */ });
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8572);

/** One template finding as one line: `template.yaml: error: Resource.Path: message [RULE]`. */
function formatTemplateFindingLine(finding, file = 'template.yaml') {
    const where = [finding.logicalId, finding.path].filter(Boolean).join('.');
    return (0,_text_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(`${file}: ${finding.severity}: ${where || '(template)'}: ${finding.message} [${finding.ruleId}]`);
}


/***/ })

};
