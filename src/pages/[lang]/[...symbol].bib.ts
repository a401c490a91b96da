import { citationFilePaths, citationFileRoute } from '../../utils/cite-download.ts';

/** The resolution's reference in BibTeX (src/utils/cite-download.ts), `/zh/E/RES/2015/26.bib`. */
export const getStaticPaths = citationFilePaths;

/** Serves one resolution's reference. */
export const GET = citationFileRoute('bibtex');
