import { renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { bulkUpdateInsightTags, fetchInsight, tagChanges, updateInsight, useEditInsightTags } from './insights'
import { createTestQueryClient, PROJECT_ID, queryClientWrapper, resetMockData } from './test-support'

describe('tagChanges', () => {
  it('names the tags added and removed, normalised as PostHog stores them', () => {
    expect(tagChanges(['growth', 'q3'], ['growth', ' Q4 '])).toEqual({ add: ['q4'], remove: ['q3'] })
    expect(tagChanges(['a'], ['A'])).toEqual({ add: [], remove: [] })
  })
})

describe('saving an inline tag edit', () => {
  beforeEach(() => resetMockData())

  function editTags() {
    const wrapper = queryClientWrapper(createTestQueryClient())
    return renderHook(() => useEditInsightTags(PROJECT_ID), { wrapper }).result.current
  }

  it('keeps a tag someone else added after the editor opened, and still removes the one taken out', async () => {
    await updateInsight(PROJECT_ID, 1, { tags: ['growth', 'q3'] })
    const openedWith = (await fetchInsight(PROJECT_ID, 1)).tags
    // Meanwhile, in another tab:
    await bulkUpdateInsightTags(PROJECT_ID, { ids: [1], action: 'add', tags: ['from-another-tab'] })

    await editTags()(1, openedWith, ['growth', 'q4'])

    expect((await fetchInsight(PROJECT_ID, 1)).tags).toEqual(['from-another-tab', 'growth', 'q4'])
  })
})
