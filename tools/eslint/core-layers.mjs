// The layers of @monotable/core, lowest first. A file may import from its own layer and the
// layers below it, never from a layer above: model → requests → runtime → features → api.
// model/ is pure (no SDK, no I/O); only requests/ and above may name the AWS SDK.
import path from 'node:path';

const LAYERS = ['model', 'requests', 'runtime', 'features', 'api'];
const SDK_FREE = new Set(['model']);

function layerOf(file) {
  const match = /packages\/core\/src\/([^/]+)\//.exec(file.split(path.sep).join('/'));
  return match && LAYERS.includes(match[1]) ? match[1] : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports of @monotable/core only point to the same or a lower layer' },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const own = layerOf(file);
    if (!own) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      if (SDK_FREE.has(own) && source.startsWith('@aws-sdk/')) {
        context.report({
          node: node.source,
          message: `${own}/ is pure: it may not import the AWS SDK ('${source}'); build requests in requests/ or send them in runtime/`,
        });
        return;
      }
      if (!source.startsWith('.')) return;
      const target = layerOf(path.resolve(path.dirname(file), source) + '/');
      if (!target) return;
      if (LAYERS.indexOf(target) > LAYERS.indexOf(own)) {
        context.report({
          node: node.source,
          message: `${own}/ may not import from ${target}/ ('${source}'): imports point down the layers ${LAYERS.join(' → ')}`,
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'layers': rule } };
