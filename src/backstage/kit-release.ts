import { KIT_VERSION } from './kit-core.js';

/**
 * The git tag of the kit's release this module belongs to: the new repository's workflows use the
 * kit's actions at this tag, so they check environment files by the same rules as this module.
 * Release tags are `v` + package.json's version (the examples' `# v0.1.0` pin comments).
 */
export const KIT_RELEASE_TAG = `v${KIT_VERSION}`;
