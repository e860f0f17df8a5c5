// The comparison page of the paired first-question run (scripts/bench/firstQuestion.mjs): the bare
// framework the app is built on (Vue, vue-router with hash history, a Pinia store holding the
// answers) showing as many radio buttons as the app's first questionnaire step, in groups of six
// like the app's answer scale. Nothing else: no text modules, no content, no lazy chunks.
import { createApp, defineComponent, h, ref } from 'vue'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import { createPinia, defineStore } from 'pinia'

const radios = Number(new URLSearchParams(window.location.search).get('radios')) || 6
const OPTIONS = 6
const groups = Array.from({ length: Math.ceil(radios / OPTIONS) }, (_, group) =>
  Array.from({ length: Math.min(OPTIONS, radios - group * OPTIONS) }, (_, option) => option + 1),
)

const useAnswers = defineStore('answers', () => {
  const answers = ref({})
  const answer = (id, value) => {
    answers.value[id] = value
  }
  return { answers, answer }
})

const Questions = defineComponent(() => {
  const store = useAnswers()
  return () =>
    h('main', [
      h('h1', 'Vragenlijst'),
      ...groups.map((options, group) =>
        h('fieldset', { class: 'choice-group', key: group }, [
          h('legend', `Stelling ${group + 1}`),
          ...options.map((value) =>
            h('label', { key: value }, [
              h('input', { type: 'radio', name: `s${group}`, value, checked: store.answers[group] === value, onChange: () => store.answer(group, value) }),
              ` Antwoord ${value}`,
            ]),
          ),
        ]),
      ),
    ])
})

const Start = defineComponent(() => () => h('main', [h('h1', 'Start')]))

const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: Start },
    { path: '/vragenlijst/:step?', component: Questions },
  ],
})

createApp(defineComponent(() => () => h(RouterView)))
  .use(createPinia())
  .use(router)
  .mount('#app')
