export const saved = {
  title: 'Bewaarde resultaten',
}
