/** The checker in English, with every question's words: for the page's build and the tests. Its bundle holds no other language. */
import { form } from '../../i18n/en/form';
import { questions } from '../../i18n/en/questions';
import { islandEn } from './island-en';
import Questions from './Questions';

export default islandEn(questions, { Questions, form });
