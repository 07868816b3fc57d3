// The engine's facts and criteria, language-free, checked against their schema at build.
import { CriteriaFileSchema } from '../../criteria/file-schema';
import { criteriaFile } from '../../records/criteria-file';
import { publishedSite, recordUrls } from '../../records/urls';

// Without SITE_URL, the schema's address relative to this file (no localhost in the records).
const site = publishedSite();
export const GET = () =>
  Response.json(
    CriteriaFileSchema.parse(criteriaFile(site ? recordUrls(site).criteriaSchema : 'criteria.schema.json')),
  );
