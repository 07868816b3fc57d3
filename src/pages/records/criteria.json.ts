// The engine's facts and criteria, language-free, checked against their schema at build.
import type { APIRoute } from 'astro';
import { CriteriaFileSchema } from '../../criteria/file-schema';
import { criteriaFile } from '../../records/criteria-file';
import { recordUrls } from '../../records/urls';

export const GET: APIRoute = ({ site }) =>
  Response.json(CriteriaFileSchema.parse(criteriaFile(recordUrls(site).criteriaSchema)));
