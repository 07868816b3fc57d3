// The overview describes the trial to search engines as schema.org JSON-LD (a MedicalTrial).
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB } from '../support/site';
import { loadDocument } from '../support/pages';

type Thing = Record<string, unknown>;

/** The JSON-LD objects of a page, with any @graph flattened. */
function jsonLd(root: string, file: string): Thing[] {
  const scripts = [...loadDocument(root, file).querySelectorAll('script[type="application/ld+json"]')];
  return scripts.flatMap((script) => {
    const data = JSON.parse(script.textContent ?? '') as Thing | Thing[];
    const items = Array.isArray(data) ? data : [data];
    return items.flatMap((item) => (Array.isArray(item['@graph']) ? (item['@graph'] as Thing[]) : [item]));
  });
}

const types = (thing: Thing) => [thing['@type']].flat();

describe.each([DIST, DIST_SUB].flatMap((root) => ['index.html', 'zh/index.html'].map((file) => [root, file])))(
  'the overview in %s/%s',
  (root, file) => {
    it('has JSON-LD that parses', () => {
      expect(() => jsonLd(root, file)).not.toThrow();
      expect(jsonLd(root, file).length).toBeGreaterThan(0);
    });

    it('describes a MedicalTrial identified as NCT06792344', () => {
      const trials = jsonLd(root, file).filter((thing) => types(thing).includes('MedicalTrial'));
      expect(trials).toHaveLength(1);
      expect(JSON.stringify(trials[0].identifier)).toContain('NCT06792344');
    });

    it('gives the status as Recruiting, the NCT id as an identifier, the sponsor, the coded condition and the therapy', () => {
      const [trial] = jsonLd(root, file).filter((thing) => types(thing).includes('MedicalTrial'));
      expect(trial!.status).toBe('https://schema.org/Recruiting');
      expect(trial!.identifier).toEqual({
        '@type': 'PropertyValue',
        propertyID: 'NCT',
        value: 'NCT06792344',
        url: 'https://clinicaltrials.gov/study/NCT06792344',
      });
      expect(trial).not.toHaveProperty('code');
      expect(trial!.studySubject).toEqual({ '@type': 'MedicalTherapy', name: 'Anti-CD19 CAR-T cells' });
      expect(trial!.sponsor).toMatchObject({
        '@type': 'Organization',
        name: expect.stringContaining('Zhejiang University'),
      });
      expect(trial!.healthCondition).toMatchObject({
        '@type': 'MedicalCondition',
        name: expect.stringContaining('Systemic sclerosis'),
        code: { '@type': 'MedicalCode', codeValue: '89155008', codingSystem: 'SNOMED CT' },
      });
    });

    it('gives the phase in the description, since MedicalTrial has no phase property any more', () => {
      const [trial] = jsonLd(root, file).filter((thing) => types(thing).includes('MedicalTrial'));
      expect(trial).not.toHaveProperty('phase');
      expect(trial!.description).toContain('Phase 1');
    });
  },
);
