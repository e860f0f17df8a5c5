export const workshop = {
  title: 'Workshop',
}
