import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import pluginRouter from '@tanstack/eslint-plugin-router'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import path from 'node:path'

const root = import.meta.dirname

/** Where a file sits in the layer order of DESIGN.md: routes → features → components/api/lib/stores. */
function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep)
  if (rel[0] !== 'src') return null
  return { layer: rel[1], feature: rel[1] === 'features' ? rel[2] : null }
}

function resolveImport(fromFile, source) {
  if (source.startsWith('@/')) return path.join(root, 'src', source.slice(2))
  if (source.startsWith('.')) return path.resolve(path.dirname(fromFile), source)
  return null
}

// Which layers each layer may import from; features never import each other.
const allowed = {
  app: ['app', 'routeTree.gen', 'routes', 'features', 'components', 'api', 'lib', 'stores'],
  routes: ['routes', 'app', 'features', 'components', 'api', 'lib', 'stores'],
  features: ['features', 'components', 'api', 'lib', 'stores'],
  components: ['components', 'api', 'lib', 'stores'],
  api: ['api', 'lib', 'stores'],
  stores: ['stores', 'lib'],
  lib: ['lib'],
  test: ['test', 'app', 'features', 'components', 'api', 'lib', 'stores'],
}

const projectRules = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [], messages: { layer: '{{msg}}' } },
      create(context) {
        const from = layerOf(context.filename)
        if (!from || !allowed[from.layer]) return {}
        return {
          ImportDeclaration(node) {
            const target = resolveImport(context.filename, node.source.value)
            if (!target) return
            const to = layerOf(target)
            if (!to) return
            if (!allowed[from.layer].includes(to.layer)) {
              context.report({
                node,
                messageId: 'layer',
                data: { msg: `src/${from.layer} must not import from src/${to.layer}` },
              })
            } else if (from.feature && to.feature && from.feature !== to.feature) {
              context.report({
                node,
                messageId: 'layer',
                data: {
                  msg: `feature "${from.feature}" must not import feature "${to.feature}"; move shared code to components/ or lib/`,
                },
              })
            }
          },
        }
      },
    },
    'kebab-case-files': {
      meta: { type: 'suggestion', schema: [], messages: { name: 'File name "{{name}}" is not kebab-case' } },
      create(context) {
        return {
          Program(node) {
            const name = path.basename(context.filename).replace(/(\.[a-z]+)+$/, '')
            if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) context.report({ node, messageId: 'name', data: { name } })
          },
        }
      },
    },
  },
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'test-results*',
      'node_modules',
      'src/routeTree.gen.ts',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    plugins: { 'import-x': importX, project: projectRules },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'project/layers': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TanStack Router signals redirects and not-found by throwing its own objects.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: '@tanstack/router-core', name: ['NotFoundError', 'Redirect'] }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/routes/**', 'src/vite-env.d.ts'],
    rules: { 'project/kebab-case-files': 'error' },
  },
  {
    // The API client knows only HTTP: whatever drives the in-browser mock lives outside it (features/settings/demo-bridge).
    files: ['src/api/**/*.ts'],
    ignores: ['src/api/**/*.test.ts', 'src/api/test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@mocks/*'], message: 'src/api knows only HTTP; drive the mock from features/settings/demo-bridge.' },
          ],
        },
      ],
    },
  },
  {
    // The mock stands in for PostHog, not for our client: its answers and request rules come from PostHog's serializers,
    // never from the client's schemas (DESIGN.md). Tests may use the client to check the two agree.
    files: ['mocks/**/*.ts'],
    ignores: ['mocks/**/*.test.ts', 'mocks/handlers/test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/api/*', '**/src/api/*'],
              message: 'The mock follows PostHog, not our client: declare the shape in mocks/posthog/ from PostHog source.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  ...pluginQuery.configs['flat/recommended'],
  ...pluginRouter.configs['flat/recommended'],
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
)
