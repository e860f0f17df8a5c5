/**
 * Statement ids that are no longer asked because the statement got a new meaning. Saved files hold
 * answers by statement id, so an id is never reused for another meaning: a rewrite that keeps the
 * meaning keeps its id, a new meaning gets a new id, and the old id lands here. Old files still open;
 * their answers to these ids are kept in the file but no longer count in any score.
 * Value: the id that asks about this topic now, in its new, observable form.
 */
export const retiredStatementIds: Readonly<Record<string, string>> = {
  // "… bedoelen hetzelfde als ze dezelfde woorden gebruiken": unobservable; now whether they discussed it.
  'cultuur-2': 'cultuur-5',
  // "… voelen zich vooral lid van het team": a feeling of others; now who gives the daily assignments.
  'cultuur-4': 'cultuur-6',
  // "… zien elkaar niet als concurrenten": a negation and a perception; now joint agreements on the money.
  'middelen-3': 'middelen-5',
  // "Er is een goed evenwicht tussen vaste afspraken en maatwerk": two constructs, evaluative; now written rules for deviating.
  'flexibiliteit-1': 'flexibiliteit-5',
  // "Inwoners vertrouwen de professional": another person's inner state; now whether the team asks inwoners.
  'vertrouwen-1': 'vertrouwen-5',
  // "Professionals gaan ervan uit dat wat de inwoner vertelt waar is": leading, clashes with rechtmatigheid; now explaining checks.
  'vertrouwen-4': 'vertrouwen-6',
}
