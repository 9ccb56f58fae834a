/**
 * compromise's lexicon, unpacked and expanded once at build time instead of in the reader's browser.
 *
 * When its tagger is imported, compromise (v14) unpacks its packed word lists (`efrt`) and then
 * conjugates every verb, adjective and noun in them into a lexicon of some 24,000 forms
 * (`src/2-two/preTagger/model/lexicon/index.js` and `model/_expand/index.js`). That work is the same
 * on every start, and it was about a third of the extension's service-worker cold start. This Vite
 * plugin runs compromise's own model module once, in Node, while the extension is built, and ships
 * the result as JSON in place of those two modules:
 *
 * - `lexicon/index.js` becomes the expanded `lexicon`, `switches` and `frozenLex` it would export
 *   after the expansion;
 * - `_expand/index.js` becomes a function that adds what the expansion adds beside the lexicon
 *   (`model.one._multiCache`, `model.two.uncountable`).
 *
 * Every other module of compromise is bundled as written. The extension's engine tags exactly as
 * compromise does in Node: `tests/browser/engine-in-worker.test.ts` compares the two on the seeds.
 * Only a build of compromise 14 with those two modules is rewritten; any other layout is bundled as
 * it is, with a warning, and is only slower to start.
 */
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const LEXICON = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]lexicon[\\/]index\.js$/;
const EXPAND = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]_expand[\\/]index\.js$/;
/** compromise's model module, beside the two directories whose modules are rewritten. */
const modelUrl = (path: string) => new URL('../index.js', pathToFileURL(path)).href;

/** What the expansion leaves in compromise's model, as plain data. */
interface ExpandedModel {
  one: { lexicon: Record<string, string>; _multiCache: Record<string, unknown>; frozenLex: Record<string, string> };
  two: { switches: Record<string, string>; uncountable: Record<string, boolean> };
}

/**
 * The Vite plugin. Its first rewrite imports compromise's model module in Node (some 300 ms, once
 * per build); a model without the expected fields makes it leave compromise as it is.
 */
export function compromiseLexicon(): Plugin {
  let expanded: Promise<ExpandedModel | null> | undefined;
  const expand = (path: string) =>
    (expanded ??= import(modelUrl(path)).then(
      ({ default: model }: { default: ExpandedModel }) => {
        const { one, two } = model;
        if (one?.lexicon && one._multiCache && one.frozenLex && two?.switches && two.uncountable) return model;
        console.warn('compromise-lexicon: compromise has a different model layout; its lexicon is expanded at start-up');
        return null;
      },
    ));
  return {
    name: 'dramatis:compromise-lexicon',
    enforce: 'pre',
    async load(id) {
      const path = id.split('?')[0]!;
      if (LEXICON.test(path)) {
        const model = await expand(path);
        if (!model) return null;
        const data = JSON.stringify({ lexicon: model.one.lexicon, switches: model.two.switches, frozenLex: model.one.frozenLex });
        // JSON.parse reads a large literal faster than the engine parses the same object as code.
        return `const data = JSON.parse(${JSON.stringify(data)});\nexport const lexicon = data.lexicon;\nexport const switches = data.switches;\nexport const frozenLex = data.frozenLex;\n`;
      }
      if (EXPAND.test(path)) {
        const model = await expand(path);
        if (!model) return null;
        const data = JSON.stringify({ multi: model.one._multiCache, uncountable: model.two.uncountable });
        return `const data = JSON.parse(${JSON.stringify(data)});\nexport default function expand(model) {\n  Object.assign(model.one._multiCache, data.multi);\n  Object.assign(model.two.uncountable, data.uncountable);\n  return model;\n}\n`;
      }
      return null;
    },
  };
}
