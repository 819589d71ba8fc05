/** Types of installed-services.mjs, for the test that imports it. */
export function servicesToStop(installed: string[]): string[][]
