/** The checker in Chinese, with every question's words: for the page's build and the tests. Its bundle holds no other language. */
import { form } from '../../i18n/zh/form';
import { questions } from '../../i18n/zh/questions';
import { islandZh } from './island-zh';
import Questions from './Questions';

export default islandZh(questions, { Questions, form });
