import Checker from './CheckerEn';
import { start } from './hydrate';

start(Checker);
