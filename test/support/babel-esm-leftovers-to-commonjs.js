/**
 * A Babel plugin for Jest only, run after NestJS 12's ES modules are compiled to CommonJS: `import.meta` and dynamic
 * `import()` have no meaning there (Jest's CommonJS runtime cannot load ES modules on Node 20), so they become their
 * CommonJS equivalents. It goes through module.require because these files may declare their own `const require`.
 */
module.exports = function esmLeftoversToCommonJs({ template, types }) {
  const importMeta = template.expression.ast`({
    url: module.require('node:url').pathToFileURL(__filename).href,
    filename: __filename,
    dirname: __dirname,
  })`;
  // The namespace object import() would give: ES-compiled modules as they are, CommonJS ones with `default`.
  const dynamicImport = template.expression(`Promise.resolve().then(() => {
    const loaded = module.require(SPECIFIER);
    return loaded && loaded.__esModule ? loaded : Object.assign({}, loaded, { default: loaded });
  })`);
  return {
    name: 'esm-leftovers-to-commonjs',
    visitor: {
      MetaProperty(path) {
        if (path.node.meta.name === 'import' && path.node.property.name === 'meta') {
          path.replaceWith(types.cloneNode(importMeta));
        }
      },
      CallExpression(path) {
        if (path.node.callee.type === 'Import') {
          path.replaceWith(dynamicImport({ SPECIFIER: path.node.arguments[0] }));
        }
      },
    },
  };
};
