/**
 * Readability's page check on its own: the package's index also pulls in the whole Readability
 * parser, which the content script does not need.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
