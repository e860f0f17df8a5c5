export const compare = {
  title: 'Vergelijken',
}
