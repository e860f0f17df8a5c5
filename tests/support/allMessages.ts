import { loadAllMessages } from '@/locales'
import { loadQuestionnaire } from '@/composables/useQuestionnaire'

// The app loads the UI text beyond the start page and the questionnaire on the first navigation;
// tests mount directly.
await Promise.all([loadAllMessages(), loadQuestionnaire()])
