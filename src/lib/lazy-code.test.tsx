import { act, render, screen } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { lazyCode, lazyComponent } from './lazy-code'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

type Greeting = (props: { name: string }) => ReactNode
const Hello: Greeting = ({ name }) => <p>Hello {name}</p>

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null }
  static getDerivedStateFromError(error: Error) {
    return { error: error.message }
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children
  }
}

describe('lazyCode', () => {
  it('fetches once however often it is asked, and keeps what came', async () => {
    const importer = vi.fn(() => Promise.resolve('code'))
    const code = lazyCode(importer)
    expect(code.loaded()).toBeUndefined()
    await Promise.all([code.load(), code.load()])
    await code.load()
    expect(importer).toHaveBeenCalledTimes(1)
    expect(code.loaded()).toBe('code')
  })

  it('fetches again after a failed download', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('code')
    const code = lazyCode<string>(importer)
    await expect(code.load()).rejects.toThrow('offline')
    expect(code.loaded()).toBeUndefined()
    await expect(code.load()).resolves.toBe('code')
  })
})

describe('lazyComponent', () => {
  it('shows its fallback until the code comes, then the component with its props; code already here shows at once', async () => {
    const download = deferred<Greeting>()
    const LazyHello = lazyComponent(lazyCode(() => download.promise))
    render(<LazyHello name="Ada" fallback={<p>Loading</p>} />)
    expect(screen.getByText('Loading')).toBeInTheDocument()
    await act(async () => {
      download.resolve(Hello)
      await download.promise
    })
    expect(screen.getByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByText('Loading')).not.toBeInTheDocument()

    render(<LazyHello name="Grace" fallback={<p>Loading</p>} />)
    expect(screen.getByText('Hello Grace')).toBeInTheDocument()
    expect(screen.queryByText('Loading')).not.toBeInTheDocument()
  })

  it('asks for its code only when first drawn', () => {
    const importer = vi.fn(() => Promise.resolve(Hello))
    const LazyHello = lazyComponent(lazyCode(importer))
    expect(importer).not.toHaveBeenCalled()
    render(<LazyHello name="Ada" />)
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('throws a failed download to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const download = deferred<Greeting>()
    const LazyHello = lazyComponent(lazyCode(() => download.promise))
    render(
      <Boundary>
        <LazyHello name="Ada" />
      </Boundary>,
    )
    await act(async () => {
      download.reject(new Error('Failed to fetch dynamically imported module'))
      await download.promise.catch(() => undefined)
    })
    expect(screen.getByText('failed: Failed to fetch dynamically imported module')).toBeInTheDocument()
  })
})
