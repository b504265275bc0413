// @ts-check
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** The lib or app a file belongs to, e.g. "libs/duty-desk"; null for anything else (tests, bench, config). */
function packageOf(file) {
  const [top, name] = relative(ROOT, file).split(sep);
  return (top === 'libs' || top === 'apps') && name ? `${top}/${name}` : null;
}

/**
 * Libraries talk to each other through their barrels only: `@jobbro/<lib>`, never `@jobbro/<lib>/<file>` and never
 * a relative path that climbs out of the importing lib. Tests may reach inside a lib (they are white-box).
 */
const libraryBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      deep: 'Import "{{lib}}" from its barrel "@jobbro/{{lib}}", not "{{source}}"',
      relative: 'Relative import "{{source}}" leaves {{from}}; import "@jobbro/{{lib}}" instead',
      self: '{{from}} must not import its own barrel "{{source}}" (a cycle); import the file relatively',
    },
    schema: [],
  },
  create(context) {
    const from = packageOf(context.filename);
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        const alias = /^@jobbro\/([a-z-]+)(\/.*)?$/.exec(source);
        if (alias) {
          if (from && alias[2]) context.report({ node, messageId: 'deep', data: { lib: alias[1], source } });
          else if (from === `libs/${alias[1]}`) context.report({ node, messageId: 'self', data: { from, source } });
          return;
        }
        if (!source.startsWith('.') || !from) return;
        const target = packageOf(resolve(dirname(context.filename), source));
        if (target !== from) {
          context.report({ node, messageId: 'relative', data: { source, from, lib: target?.split('/')[1] ?? '…' } });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '.bench-data/**',
      'test/support/*.js',
      'jest.config.js',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    plugins: { jobbro: { rules: { 'library-boundaries': libraryBoundaries } } },
    rules: {
      'jobbro/library-boundaries': 'error',
      // Prettier wraps code at 120 columns but leaves long strings, comments and expressions it cannot break.
      'max-len': ['error', { code: 120, tabWidth: 2 }],
      // Prettier owns the layout, and its line breaks before a computed member are deliberate.
      'no-unexpected-multiline': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'no-unused-private-class-members': 'error',
      '@typescript-eslint/no-unused-expressions': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // Dotted field paths in tests and typed query builders read better with these allowed.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
);
