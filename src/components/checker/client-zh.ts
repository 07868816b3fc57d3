import { questionWords } from '../../i18n/zh/questions-words';
import { pageQuestions, start } from './hydrate';
import { islandZh } from './island-zh';

// The questions' labels and hints come from the page (hydrate.ts), not a second copy in the script.
start(islandZh(pageQuestions(questionWords)));
