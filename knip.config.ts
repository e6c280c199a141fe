import type { KnipConfig } from 'knip'

const config: KnipConfig = {
  entry: [
    'src/routes/**/*.tsx',
    // The client modules and the mock's control surface are the API later features build on; their exports are public.
    'src/api/*.ts',
    'mocks/browser.ts',
    'mocks/handlers/index.ts',
    'bench/*.ts',
    // Built by bench/stack-floor.ts from a generated page, not imported.
    'bench/stack-floor/app.tsx',
    'e2e/**/*.ts',
    'scripts/*.ts',
  ],
  project: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'bench/**/*.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**/*.ts'],
}

export default config
