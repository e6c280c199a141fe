import { it } from 'vitest'
import { seedMockData } from '@mocks/store/seed'
it('x', () => {
  for (let k = 0; k < 4; k++) {
    const t = performance.now()
    seedMockData({ insights: 10000, now: new Date('2026-01-01T00:00:00Z') })
    console.log('seed10k ms', performance.now() - t)
  }
})
