/** Stories the store tests save on top of the seeds. */

/**
 * A story none of the seeds holds, naming a seed official (John Kelly, in full and then by surname)
 * and a new official in full (Marcelo Ebrard).
 */
export const LATER_STORY = `Mexico presses Washington on arms trafficking

MEXICO CITY (Reuters) - Mexico's Foreign Minister Marcelo Ebrard said on Monday that he had raised the flow of
smuggled rifles with U.S. officials, and that former Homeland Security Secretary John Kelly had promised action
in 2017 that never came.

"We need results, not promises," Ebrard told reporters at the Foreign Ministry. Kelly did not respond to a
request for comment.

The Sinaloa cartel and its rivals buy most of their weapons in Texas and Arizona, according to the Bureau of
Alcohol, Tobacco, Firearms and Explosives.`;
