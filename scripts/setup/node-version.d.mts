export function satisfiesRange(version: string, range: string): boolean
export function nodeVersionProblem(version: string, range: string): string | null
