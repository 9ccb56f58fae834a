/** web-ext ships no types; the tests use its lint command only. */
declare module 'web-ext' {
  interface LintResult {
    errors: { code: string; message: string }[];
    warnings: { code: string; message: string }[];
    summary: { errors: number; warnings: number; notices: number };
  }
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean; boring?: boolean },
        runOptions?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
