import { describe, expect, it } from 'vitest';
import { readClassification } from '../../../src/pipeline/akn/classification.ts';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import { aknFile } from './helpers.ts';

describe('readClassification', () => {
  it('reads SDG goals and UNBIS and EuroVoc terms, each once, in order; authority terms without a link are left out', () => {
    const classification = `
      <classification source="http://metadata.un.org/sdg">
        <keyword value="17" href="http://metadata.un.org/sdg/17" showAs="sdg_17" dictionary="SDGO"/>
        <keyword value="sustainable_development" href="http://eurovoc.europa.eu/5585" dictionary="EuroVoc"/>
        <keyword value="sustainable_development" href="http://metadata.un.org/thesaurus/1006319" dictionary="UNBIS"/>
      </classification>
      <classification source="http://metadata.un.org/sdg">
        <keyword value="16" href="http://metadata.un.org/sdg/16" dictionary="SDGO"/>
        <keyword value="17" href="http://metadata.un.org/sdg/17" dictionary="SDGO"/>
        <keyword value="sustainable_development" href="http://eurovoc.europa.eu/5585" dictionary="EuroVoc"/>
        <keyword value="justice" href="http://metadata.un.org/thesaurus/1003500" dictionary="UNBIS"/>
      </classification>
      <classification source="DHLAUTH">
        <keyword value="INTERNET" showAs="INTERNET" dictionary="UNBIS Thesaurus"/>
        <keyword value="ITU" dictionary="DHLAUTH"/>
      </classification>`;
    expect(readClassification(parseAkn(aknFile({ classification }), 'x.xml'))).toEqual({
      sdgGoals: [17, 16],
      subjects: [
        { scheme: 'EuroVoc', term: 'sustainable_development', href: 'http://eurovoc.europa.eu/5585' },
        { scheme: 'UNBIS', term: 'sustainable_development', href: 'http://metadata.un.org/thesaurus/1006319' },
        { scheme: 'UNBIS', term: 'justice', href: 'http://metadata.un.org/thesaurus/1003500' },
      ],
    });
  });

  it('gives an empty classification where the file has none', () => {
    expect(readClassification(parseAkn(aknFile({}), 'x.xml'))).toEqual({ sdgGoals: [], subjects: [] });
  });
});
