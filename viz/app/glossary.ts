import { SINCE_MEANING } from './costWords';

// The constructs of the compassion fatigue resilience model (Ludick & Figley 2017), in plain words.

export const GLOSSARY: readonly { readonly term: string; readonly text: string }[] = [
  { term: 'Empathic concern', text: 'The motivation to help someone who suffers. It makes a worker effective and also vulnerable.' },
  { term: 'Empathic ability', text: 'Noticing suffering. With empathic concern it produces the empathic response: the effort to relieve it.' },
  { term: 'Exposure', text: 'Contact with suffering: overdoses, deaths, crises, unsafe situations. Deaths weigh more when the client was known for years or known personally.' },
  { term: 'Secondary traumatic stress (STS)', text: 'Distress from hearing and seeing others\' trauma: intrusive thoughts, avoidance, being on edge. The tiles are coloured by it unless "Colour tiles by", under the team view, chooses burnout or compassion satisfaction.' },
  { term: 'Traumatic memories', text: 'Unprocessed residue of the worst events. If a hard day is not talked through that day or the next, it stays, and comes back later (waking "at four in the morning").' },
  { term: 'Detachment', text: 'Healthy switching off after work. Guilt about unmet need, lived experience ("I don\'t clock out") and intrusive memories make it harder.' },
  { term: 'Numbing', text: 'Maladaptive detachment, "the shell": it relieves stress now, but empathy and care suffer, and the stress becomes memory instead.' },
  { term: 'Self-care', text: 'What a worker does to recover: routines, rest, programmes. Exhaustion erodes it.' },
  { term: 'Social support', text: 'Support from teammates, the supervisor and peer programmes. Distressed or new teammates give less.' },
  { term: 'Sense of satisfaction', text: 'Compassion satisfaction: fulfilment from helping, fed by client successes; drained by barriers, stigma and unmet need.' },
  { term: 'Burnout', text: 'Exhaustion from workload, helplessness against "the system" and lack of resources. Distinct from STS; together they make compassion fatigue.' },
  { term: 'Compassion fatigue', text: 'The loss of compassion fatigue resilience: driven up by STS, prolonged exposure, traumatic memories, burnout and other life demands; held down by the four protectors.' },
  { term: 'Other life demands', text: 'Money, family and health: higher when pay is inadequate (second jobs), cushioned by benefits.' },
  { term: 'ProQOL', text: 'The Professional Quality of Life scale (10–50) for compassion satisfaction, burnout and STS. Low is 22 or less, high is 42 or more.' },
  { term: 'Care quality', text: 'How well each client contact is met, from 0 to 1: it falls with burnout and numbing, and rises with the empathic response and trauma-informed training.' },
  { term: 'Separation', text: 'A worker leaving the team (burnout, compassion fatigue, compassion satisfaction short of full, pay short of adequate, the first months, or reasons any worker has). The seat stays vacant until a new hire joins; select a vacant seat to see who left it, when and why.' },
  { term: 'Float pool', text: 'Staff shared by the organization who take on the caseload of absent colleagues and vacant seats, as far as they reach; what they cannot cover is unmet demand.' },
  { term: 'Package', text: 'A set of support policies (supervision, debriefing, grief leave, staffing, pay, training, peer support, stigma reduction). The levers start at its values.' },
  { term: 'Team starts (settled or fresh)', text: 'Settled: the staff in post on day 0 are as this population\'s staff usually are, so a team under the status quo holds steady. Fresh: a programme just launched, everyone a new hire (low stress and burnout, no long-term clients yet, in the fragile first months), so the strain builds as the weeks go by. Both teams of a comparison start the same way.' },
  { term: 'Cost a year, at the rate so far', text: "Under the run's buttons (under the charts on a phone): what the run has cost so far beyond the funded seats' salaries at full staffing (the CLI's Cost per year, whole team): support programmes and sessions, added and float staff, pay raises, replacing leavers and paid absence, less the salary of vacant seats. Not the team's total cost. Given as a yearly rate over the days run (on day 30, what 30 days cost, times 365/30), not what has been spent this year; in compare mode with what B costs more or less than A, beside how many more or fewer have left." },
  { term: 'Cost a year, since day N', text: `On the cost line once a lever has changed during the run (from today, or on a day a link sets). ${SINCE_MEANING}` },
  { term: 'Seed', text: 'The number that fixes the run\'s chance events. The same seed and settings replay the same history; another seed shows another possible future.' },
  { term: 'Opt-in vs opt-out support', text: 'Opt-in waits for staff to ask (about 1 in 17 do within seven months); opt-out books sessions in advance (about 1 in 2 keep each one).' },
];
