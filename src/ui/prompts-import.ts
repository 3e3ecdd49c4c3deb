/**
 * Imports @inquirer/prompts, which is ESM only, for the prompter. The build keeps this module out
 * of the command bundles (they run from V8's code cache, where `import()` cannot be used) and
 * ships it as its own small file, which Node loads as usual.
 */
export const importPrompts = () => import('@inquirer/prompts');
