export const print = {
  title: 'PDF-samenvatting',
  button: 'PDF-samenvatting',
}
