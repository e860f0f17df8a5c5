import type { ResultFile } from '../model'

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
}

/** A readable download name, e.g. "integraalscan-utrecht-wijkteam-2026-11-22.json". */
export function resultFileName(result: ResultFile, extension: 'json' | 'csv', today: string): string {
  const { municipality, team } = result.profile
  const parts = ['integraalscan', municipality, team, result.kind === 'team' ? 'team' : undefined]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map(slug)
    .filter((part) => part !== '')
  return `${[...parts, today].join('-')}.${extension}`
}

/** A date as YYYY-MM-DD in the user's own time zone. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A download name for a series, e.g. "integraalscan-meetreeks-wijkteam-noord-2026-11-23.csv". */
export function seriesFileName(title: string | undefined, extension: 'json' | 'csv', today: string): string {
  const name = slug(title ?? '')
  return `${['integraalscan-meetreeks', name, today].filter((part) => part !== '').join('-')}.${extension}`
}
