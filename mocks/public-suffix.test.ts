import { describe, expect, it } from 'vitest'
import { CookieJar } from 'tough-cookie'
import { getDomain } from './public-suffix'

describe('the public suffix stand-in', () => {
  it('gives the last two labels of a name, and nothing for a bare name or an IP address', () => {
    expect(getDomain('app.insight-desk.example.com')).toBe('example.com')
    expect(getDomain('example.com.')).toBe('example.com')
    expect(getDomain('localhost')).toBeNull()
    expect(getDomain('127.0.0.1')).toBeNull()
    expect(getDomain('[::1]')).toBeNull()
  })

  it('still lets the cookie jar MSW keeps work on the hosts the demo runs on', () => {
    const jar = new CookieJar()
    jar.setCookieSync('a=1; Path=/', 'http://localhost:5173/api/')
    jar.setCookieSync('b=2; Domain=example.com; Path=/', 'https://demo.example.com/')
    expect(jar.getCookiesSync('http://localhost:5173/api/projects/').map((cookie) => cookie.key)).toEqual(['a'])
    expect(jar.getCookiesSync('https://demo.example.com/x').map((cookie) => cookie.key)).toEqual(['b'])
  })
})
