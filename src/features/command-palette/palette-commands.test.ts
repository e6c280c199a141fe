import { describe, expect, it } from 'vitest'
import { actionCommands, matchCommands, pageCommands } from './palette-commands'

const labels = (input: string) => matchCommands([...pageCommands, ...actionCommands], input).map((command) => command.label)

describe('matchCommands', () => {
  it('offers every page and action before anything is typed', () => {
    expect(labels('')).toEqual(['Home', 'Insights', 'Activity', 'Tags', 'Elements', 'Clean-up', 'Settings', 'New insight'])
    expect(labels('   ')).toHaveLength(8)
  })

  it('matches the start of a word of the name or keywords, ignoring case', () => {
    expect(labels('SETT')).toEqual(['Settings'])
    expect(labels('ta')).toEqual(['Tags'])
    expect(labels('ings')).toEqual([])
    expect(labels('create')).toEqual(['New insight'])
    expect(labels('api key')).toEqual(['Settings'])
    expect(labels('history')).toEqual(['Activity'])
  })

  it('needs every word to match, in any order', () => {
    expect(labels('insight new')).toEqual(['New insight'])
    expect(labels('insight')).toEqual(['Insights', 'New insight'])
    expect(labels('new tags')).toEqual([])
  })
})
