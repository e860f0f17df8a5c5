import type { RoleGroup } from '@/core/model'

/** The role group a participant may pick on the start page; it goes into the team file without a name. */
export const roleGroups = {
  label: 'Uw rolgroep (mag leeg blijven)',
  hint: 'In de workshop ziet u per rolgroep hoe die het beeld inschat. Een groep van minder dan 3 deelnemers wordt nergens apart getoond. Uw naam gaat niet mee.',
  none: 'Geen keuze',
  names: {
    beleid: 'Beleid',
    uitvoering: 'Uitvoering / wijkteam',
    'werk-inkomen': 'Werk en Inkomen',
    management: 'Management',
    anders: 'Anders',
  } satisfies Record<RoleGroup, string>,
}
