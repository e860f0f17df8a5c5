export const results = {
  title: 'Resultaat',
}
