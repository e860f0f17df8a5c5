/**
 * Smallest group shown on its own, anywhere: screen, projector, export, PDF. In a module of its own
 * because writing a participant's own file needs it, and that is on the first route, while the role
 * comparison it also governs (roleGroups.ts) is not.
 */
export const MIN_GROUP_SIZE = 3
