import { loadQuestionnaire } from './composables/useQuestionnaire'
import { loadAllMessages } from './locales'

/**
 * Imported first by main.ts, so it runs before the rest of the first route is evaluated (the router,
 * the stores, the start page, the file schemas): the content, the UI text and, for a questionnaire
 * step opened directly (a participant's reload or resume), its view are requested while that work
 * is done instead of after it. Every other page's view is started by preloadFirstRoute in router.ts.
 */
const hash = window.location.hash
void loadQuestionnaire()
if (hash.length > 2) void loadAllMessages()
if (hash.startsWith('#/vragenlijst')) void import('./views/QuestionnaireView.vue')
