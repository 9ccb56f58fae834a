/**
 * Readability's own minimal DOM parser, which its authors wrote to run Readability where there is no
 * DOM (a worker; here, the extension's service worker). Its documents carry only what Readability
 * uses: the node tree, attributes, textContent, innerHTML and getElementsByTagName.
 */
declare module '@mozilla/readability/JSDOMParser.js' {
  export default class JSDOMParser {
    /** Parses well-formed HTML: every element closed, void ones as `<br/>`. Only &lt; &gt; &amp; &quot; &apos; and numeric references are decoded. */
    parse(html: string, url?: string): Document;
  }
}
