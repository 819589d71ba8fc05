/** Priority classes in call order: a higher rank is called first. */
import type { PriorityClass } from './types.ts'

export const PRIORITY_RANK: Record<PriorityClass, number> = { vip: 2, priority: 1, normal: 0 }
