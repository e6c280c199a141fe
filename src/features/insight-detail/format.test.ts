import { describe, expect, it } from 'vitest'
import { formatCell, formatDuration, formatNumber, formatPercent, userName } from './format'

describe('format', () => {
  it('formats durations with their two largest units', () => {
    expect(formatDuration(0)).toBe('0s')
    expect(formatDuration(45)).toBe('45s')
    expect(formatDuration(3_725)).toBe('1h 2m')
    expect(formatDuration(90_061)).toBe('1d 1h')
    expect(formatDuration(null)).toBe('—')
  })

  it('formats numbers and percentages', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(2.345)).toBe('2.35')
    expect(formatPercent(33.333)).toBe('33.3%')
  })

  it('shows structured cells as JSON text', () => {
    expect(formatCell({ a: '<b>' })).toBe('{"a":"<b>"}')
    expect(formatCell(null)).toBe('')
    expect(formatCell(true)).toBe('true')
  })

  it('names a user by name, else by email', () => {
    const base = { id: 1, uuid: 'u', distinct_id: null, email: 'ada@example.test' }
    expect(userName({ ...base, first_name: 'Ada', last_name: 'Lovelace' })).toBe('Ada Lovelace')
    expect(userName({ ...base, first_name: '', last_name: '' })).toBe('ada@example.test')
    expect(userName(null)).toBe('Unknown user')
  })
})
