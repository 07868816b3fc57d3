import Checker from './CheckerZh';
import { start } from './hydrate';

start(Checker);
