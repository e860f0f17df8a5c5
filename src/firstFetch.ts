import { loadQuestionnaire } from './composables/useQuestionnaire'
import { loadAllMessages } from './locales'

/**
 * Imported first by main.ts, so it runs before the rest of the first route is evaluated (the router,
 * the stores, the start page, the file schemas): the content, the UI text and, for the pages a
 * participant opens directly (a questionnaire step on a reload or resume, the invitation's welcome,
 * the hand-in page with its QR encoder), the view are requested while that work is done instead of
 * after it. Every other page's view is started by preloadFirstRoute in router.ts.
 */
const hash = window.location.hash
void loadQuestionnaire()
if (hash.length > 2) void loadAllMessages()
if (hash.startsWith('#/vragenlijst')) void import('./views/QuestionnaireView.vue')
else if (hash.startsWith('#/uitnodiging/')) void import('./views/InvitationView.vue')
else if (hash.startsWith('#/inleveren')) {
  void import('./views/HandinView.vue')
  void import('./lib/qr/qrMatrix')
}
// vite's loader starts an import with no dependencies in a promise callback, which would wait until
// the whole first route had been evaluated and the app mounted (some 400 ms at 4× CPU): yielding
// here lets the content and the UI text be requested first (issue #27).
await Promise.resolve()
