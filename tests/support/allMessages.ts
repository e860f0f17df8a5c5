import { loadAllMessages } from '@/locales'

// The app loads the UI text beyond the start page on the first navigation; tests mount directly.
await loadAllMessages()
