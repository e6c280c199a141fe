import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { fileURLToPath } from 'node:url'

// `POSTHOG_HOST=<url> npm run dev` proxies /api to that host (the local HTTP mock server or a real PostHog)
// and starts the app in API mode, so the in-browser mock stays off and the browser never needs CORS.
export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  const proxyTarget = env.POSTHOG_HOST?.replace(/\/+$/, '')
  return {
    plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), tailwindcss()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    define: {
      __DEV_PROXY_TARGET__: JSON.stringify(proxyTarget ?? ''),
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: proxyTarget ? { '/api': { target: proxyTarget, changeOrigin: true, secure: true } } : undefined,
    },
    preview: { port: 4173, strictPort: true },
    build: { target: 'es2022', sourcemap: false },
  }
})
