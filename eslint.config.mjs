// eslint for the VS Code client (npm run lint): eslint's and typescript-eslint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['client/out/**', 'bundled/**', 'node_modules/**', 'tests/**', '.venv/**', '*.mjs'] },
    { files: ['client/src/**/*.ts'], extends: [js.configs.recommended, ...tseslint.configs.recommended] },
);
