import type { Element } from '@/api/schemas/element'

interface ElementTableProps {
  rows: readonly Element[]
}

function Empty() {
  return <span className="text-slate-500 dark:text-slate-400">—</span>
}

function Cell({ value, mono = false }: { value: string | number | null | undefined; mono?: boolean }) {
  if (value === null || value === undefined || value === '') return <Empty />
  return <span className={mono ? 'font-mono text-xs' : ''}>{value}</span>
}

const headers = ['Tag name', 'Text', 'Link (href)', 'Classes', 'ID attribute', 'nth-child', 'nth-of-type'] as const

/** The project's elements, one row each, read-only (PostHog gives no id to address one by). */
export function ElementTable({ rows }: ElementTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" aria-describedby="elements-read-only">
        <caption className="sr-only">Elements</caption>
        <thead className="bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((element, index) => (
            // Elements have no id; a row's place in the loaded list is its only stable key.
            <tr key={index} className="align-top">
              <td className="px-3 py-2">
                <Cell value={element.tag_name} mono />
              </td>
              <td className="max-w-56 px-3 py-2 break-words">
                <Cell value={element.text} />
              </td>
              <td className="max-w-56 px-3 py-2 break-all">
                <Cell value={element.href} mono />
              </td>
              <td className="px-3 py-2">
                {element.attr_class?.length ? (
                  <ul className="flex flex-wrap gap-1" aria-label="Classes">
                    {element.attr_class.map((name) => (
                      <li key={name} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:bg-slate-800">
                        {name}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty />
                )}
              </td>
              <td className="px-3 py-2">
                <Cell value={element.attr_id} mono />
              </td>
              <td className="px-3 py-2 tabular-nums">
                <Cell value={element.nth_child} />
              </td>
              <td className="px-3 py-2 tabular-nums">
                <Cell value={element.nth_of_type} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
