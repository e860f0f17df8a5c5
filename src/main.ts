import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { loadAllMessages } from './locales'
import './assets/main.css'

createApp(App).use(createPinia()).use(router).mount('#app')
// The start page is up; fetch the other pages' text now, so that the next navigation need not wait.
void loadAllMessages()
