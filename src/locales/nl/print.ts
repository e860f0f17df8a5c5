export const print = {
  title: 'PDF-samenvatting',
}
