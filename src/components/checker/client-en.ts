import { questionWords } from '../../i18n/en/questions-words';
import { pageQuestions, start } from './hydrate';
import { islandEn } from './island-en';

// The questions' labels and hints come from the page (hydrate.ts), not a second copy in the script.
start(islandEn(pageQuestions(questionWords)));
