import { questionWords } from '../../i18n/zh/questions-words';
import { start } from './hydrate';
import { islandZh } from './island-zh';
import { pageQuestions } from './pageText';

// The questions' labels and hints come from the page (pageText.ts), not a second copy in the script.
start(islandZh(pageQuestions(questionWords)));
