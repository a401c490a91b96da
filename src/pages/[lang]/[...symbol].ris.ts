import { citationFilePaths, citationFileRoute } from '../../utils/cite-download.ts';

/** The resolution's reference in RIS (src/utils/cite-download.ts), `/zh/E/RES/2015/26.ris`. */
export const getStaticPaths = citationFilePaths;

/** Serves one resolution's reference. */
export const GET = citationFileRoute('ris');
