/**
 * The 2013 ACR/EULAR classification threshold (van den Hoogen F et al., Ann Rheum Dis
 * 2013;72:1747-1755): a total of 9 or more classifies as definite SSc. A module of its own so that the
 * questions' wording can quote it without bringing the calculators' scoring into the checker's bundle.
 */
export const CLASSIFICATION_THRESHOLD = 9;
