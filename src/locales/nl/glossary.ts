/** The glossary on the About page and the term links that lead to it. */
export const glossary = {
  title: 'Begrippen',
  intro:
    'Uitleg van de vakwoorden in deze scan. Overal waar zo’n woord staat, is het onderstreept met stippen: daarmee komt u hier. Met de terugknop van de browser gaat u terug naar waar u was.',
  linkHint: ' (uitleg in de begrippenlijst)',
}
