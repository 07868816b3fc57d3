// The study as a FHIR R5 Bundle (src/records/fhir.ts), served as FHIR R5 JSON.
import { fhirBundle } from '../../records/fhir';
import { publishedSite, recordUrls } from '../../records/urls';

const FHIR_CONTENT_TYPE = 'application/fhir+json; fhirVersion=5.0';

const site = publishedSite();
export const GET = () =>
  new Response(
    JSON.stringify(fhirBundle({ assembled: new Date(), criteriaUrl: site && recordUrls(site).criteria }), null, 1),
    { headers: { 'Content-Type': FHIR_CONTENT_TYPE } },
  );
