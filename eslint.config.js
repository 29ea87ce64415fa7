// Lint for Refract's own code. The import layers and cycles are checked by scripts/check-imports.mjs
// (run by `npm run lint` and by a test), which reads the same TypeScript the compiler reads.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.work/**', 'test/fixtures/**', 'demo-app/**', '**/*.generated.*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "ThrowStatement > NewExpression[callee.name='Error']", message: 'Throw a typed error (see src/*/errors.ts), not a bare Error.' }],
    },
  },
  { files: ['test/**', 'scripts/**', 'bench/**'], rules: { 'no-restricted-syntax': 'off' } },
);
