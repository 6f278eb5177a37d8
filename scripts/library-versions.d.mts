export const hookedVersions: Record<string, string>;
export function versionMismatches(root: string, expected?: Record<string, string>): Array<{ name: string; expected: string; installed: string }>;
