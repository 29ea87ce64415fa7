// Lint for Refract's own code. The layer rule keeps imports flowing one way:
//   cli -> studio -> generate | migrate | client -> dialects -> schema -> shared
// (a folder may import only the folders to its right; dialects never import each other).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: forbidden.map((folder) => ({ group: [`**/${folder}/**`, `**/${folder}/*.js`], message: `${files[0]} must not import src/${folder} (layer rule, see README).` })),
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.work/**', 'test/fixtures/**', '**/*.generated.*'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // The resolver maps `./x.js` imports to `./x.ts`, without which import-x sees no import at all.
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "ThrowStatement > NewExpression[callee.name='Error']", message: 'Throw a typed error (see src/*/errors.ts), not a bare Error.' }],
    },
  },
  layer(['src/shared/**'], ['schema', 'dialects', 'client', 'generate', 'migrate', 'studio', 'cli']),
  layer(['src/schema/**'], ['dialects', 'client', 'generate', 'migrate', 'studio', 'cli']),
  layer(['src/dialects/**'], ['client', 'generate', 'migrate', 'studio', 'cli']),
  layer(['src/dialects/sqlite/**'], ['postgres', 'mysql', 'client', 'generate', 'migrate', 'studio', 'cli']),
  layer(['src/dialects/postgres/**'], ['sqlite', 'mysql', 'client', 'generate', 'migrate', 'studio', 'cli']),
  layer(['src/dialects/mysql/**'], ['sqlite', 'postgres', 'client', 'generate', 'migrate', 'studio', 'cli']),
  layer(['src/client/**'], ['generate', 'migrate', 'studio', 'cli']),
  layer(['src/migrate/**'], ['client', 'generate', 'studio', 'cli']),
  layer(['src/generate/**'], ['migrate', 'studio', 'cli']),
  layer(['src/studio/**'], ['cli', 'generate', 'migrate']),
  { files: ['test/**', 'scripts/**', 'bench/**'], rules: { 'no-restricted-syntax': 'off' } },
);
