import { questionWords } from '../../i18n/en/questions-words';
import { start } from './hydrate';
import { islandEn } from './island-en';
import { pageQuestions } from './pageText';

// The questions' labels and hints come from the page (pageText.ts), not a second copy in the script.
start(islandEn(pageQuestions(questionWords)));
