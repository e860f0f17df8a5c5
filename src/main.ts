// First, so that what the first page fetches is requested before the rest of this bundle runs.
import './firstFetch'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { preloadFirstRoute, router } from './router'
import { loadAllMessages } from './locales'
import './assets/main.css'

// Before anything renders, start fetching what the first page needs beyond this bundle, all in
// parallel rather than one after the other as the router's guard and lazy view would.
preloadFirstRoute(window.location.hash.slice(1) || '/')
createApp(App).use(createPinia()).use(router).mount('#app')
// The start page is up; fetch the other pages' text now, so that the next navigation need not wait.
void loadAllMessages()
