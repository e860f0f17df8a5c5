import { common } from './common'
import { files } from './files'
import { start } from './start'
import { ladderFraming } from './ladderFraming'
import { roleGroups } from './roleGroups'
import { storage } from './storage'
import { fields } from './fields'

/**
 * The words the first route shows, shipped with the main bundle: the header and footer (common),
 * the start page with the ladder's definition and the role-group choice it shows, and the messages
 * for opening a file there. Every other section arrives with the first navigation elsewhere
 * (`loadAllMessages` in src/locales/index.ts). A feature that adds words to the start page adds
 * them here, not in the locale index.
 */
export const startPage = { ...common, files, start, ladder: { framing: ladderFraming }, roleGroups, storage, fields }
