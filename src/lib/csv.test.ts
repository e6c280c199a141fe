import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('joins rows with CRLF and quotes cells that need it', () => {
    expect(
      toCsv(
        ['name', 'tags'],
        [
          ['Signups, weekly', 'a;b'],
          ['Say "hi"', ''],
        ],
      ),
    ).toBe('name,tags\r\n"Signups, weekly",a;b\r\n"Say ""hi""",\r\n')
  })

  it('keeps line breaks inside a quoted cell', () => {
    expect(toCsv(['d'], [['one\ntwo']])).toBe('d\r\n"one\ntwo"\r\n')
  })

  it('defuses cells a spreadsheet would evaluate', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], ['-1']])).toBe('name\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n')
  })
})
