import { createRouter, createWebHashHistory, loadRouteLocation, START_LOCATION, type RouteRecordInfo, type RouteRecordRaw } from 'vue-router'
import StartView from './views/StartView.vue'
import { loadAllMessages, useMessages, type Messages } from './locales'
import { reportKindPattern, type ReportKind } from './core/report/reportKinds'
import type { WorkshopPhase } from './core/team/workshopPhases'
import { loadQuestionnaire } from './composables/useQuestionnaire'

type NoParams = Record<never, never>
type Route<Name extends string, Path extends string, Raw = NoParams, Params = Raw> = RouteRecordInfo<Name, Path, Raw & NoParams, Params & NoParams>

/**
 * Every page by name: links and navigations say `{ name: 'result' }`, never a path, and the compiler
 * checks the name and its params. The paths are Dutch and fixed: shared links, invitations and
 * bookmarks in the wild use them (tests/component/routes.spec.ts holds each name to its address).
 */
export interface RouteNamedMap {
  start: Route<'start', '/'>
  questionnaire: Route<'questionnaire', '/vragenlijst/:step?', { step?: string | null }, { step?: string }>
  result: Route<'result', '/resultaat'>
  shared: Route<'shared', '/gedeeld/:payload', { payload: string }>
  handin: Route<'handin', '/inleveren'>
  invitation: Route<'invitation', '/uitnodiging/:code', { code: string }>
  'round-two': Route<'round-two', '/ronde-2'>
  workshop: Route<'workshop', '/workshop/:phase?', { phase?: WorkshopPhase | null }, { phase?: string }>
  compare: Route<'compare', '/vergelijken'>
  series: Route<'series', '/reeks'>
  saved: Route<'saved', '/bewaard'>
  print: Route<'print', '/afdrukken/:report', { report: ReportKind }, { report: string }>
  projector: Route<'projector', '/projector'>
  about: Route<'about', '/over'>
  'not-found': Route<'not-found', '/:pathMatch(.*)*', { pathMatch: string[] }>
}

/**
 * Hash history: the app works from any static host, any sub-folder and from file://, and whatever
 * travels in the fragment (a shared result) never reaches a server.
 * Every route but the first is lazy, so chart code loads only where charts are drawn.
 */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'start', component: StartView, meta: { title: (t) => t.nav.start } },
  {
    path: '/vragenlijst/:step?',
    name: 'questionnaire',
    component: () => import('./views/QuestionnaireView.vue'),
    meta: { title: (t) => t.nav.questionnaire },
  },
  {
    path: '/resultaat',
    name: 'result',
    component: () => import('./views/ResultView.vue'),
    meta: { title: (t) => t.nav.result },
  },
  {
    path: '/gedeeld/:payload',
    name: 'shared',
    component: () => import('./views/SharedView.vue'),
    meta: { title: (t) => t.nav.result },
  },
  {
    path: '/inleveren',
    name: 'handin',
    component: () => import('./views/HandinView.vue'),
    meta: { title: (t) => t.nav.handin },
  },
  {
    path: '/uitnodiging/:code',
    name: 'invitation',
    component: () => import('./views/InvitationView.vue'),
    meta: { title: (t) => t.nav.invitation },
  },
  {
    path: '/ronde-2',
    name: 'round-two',
    component: () => import('./views/RoundTwoView.vue'),
    meta: { title: (t) => t.nav.roundTwo },
  },
  {
    // The facilitator's page in four phases of the meeting (core/team/workshopPhases.ts).
    path: '/workshop/:phase?',
    name: 'workshop',
    component: () => import('./views/WorkshopView.vue'),
    meta: { title: (t) => t.nav.workshop },
  },
  {
    path: '/vergelijken',
    name: 'compare',
    component: () => import('./views/CompareView.vue'),
    meta: { title: (t) => t.nav.compare },
  },
  {
    path: '/reeks',
    name: 'series',
    component: () => import('./views/SeriesView.vue'),
    meta: { title: (t) => t.series.title },
  },
  {
    path: '/bewaard',
    name: 'saved',
    component: () => import('./views/SavedView.vue'),
    meta: { title: (t) => t.saved.title },
  },
  {
    path: `/afdrukken/:report(${reportKindPattern})`,
    name: 'print',
    component: () => import('./views/PrintView.vue'),
    meta: { title: (t) => t.print.title, bare: true },
  },
  {
    path: '/projector',
    name: 'projector',
    component: () => import('./views/ProjectorView.vue'),
    meta: { title: (t) => t.projector.title, bare: true },
  },
  { path: '/over', name: 'about', component: () => import('./views/AboutView.vue'), meta: { title: (t) => t.nav.about } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { title: (t) => t.notFound.title },
  },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  // A glossary link (#/over#begrip-…) opens at its term; every other navigation opens at the top.
  // The first page is at the top already: scrolling there would only force an early layout.
  scrollBehavior: (to, from) => {
    if (to.hash && document.getElementById(to.hash.slice(1))) return { el: to.hash }
    return from === START_LOCATION ? false : { top: 0 }
  },
})

// Every page but the start page needs the rest of the UI text (see loadAllMessages) and the
// questionnaire (see loadQuestionnaire), so that its views and components read both synchronously.
router.beforeEach(async (to) => {
  if (to.name !== 'start') await Promise.all([loadAllMessages(), loadQuestionnaire()])
})

/**
 * The questionnaire always (the start page shows its length when it is here), and for any other
 * first page the rest of the UI text and that page's lazy view: started together, the view's chunk
 * no longer waits until the guard above has fetched the text and the questionnaire.
 */
export function preloadFirstRoute(path: string): void {
  void loadQuestionnaire()
  const to = router.resolve(path)
  if (to.name === 'start') return
  void loadAllMessages()
  void loadRouteLocation(to)
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap
  }
  interface RouteMeta {
    title?: (t: Messages) => string
    /** A page without the app's header and footer (the print layout). */
    bare?: boolean
  }
}

export function routeTitle(meta: { title?: (t: Messages) => string }): string {
  return meta.title ? meta.title(useMessages()) : ''
}

router.afterEach((to) => {
  const t = useMessages()
  const title = routeTitle(to.meta)
  document.title = title ? `${title} — ${t.productName}` : t.productName
})
