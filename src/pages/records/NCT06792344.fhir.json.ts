// The study as a FHIR R5 Bundle (src/records/fhir.ts).
import type { APIRoute } from 'astro';
import { fhirBundle } from '../../records/fhir';
import { recordUrls } from '../../records/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(fhirBundle(recordUrls(site)), null, 1), {
    headers: { 'Content-Type': 'application/fhir+json' },
  });
