import type { Resolution } from '../schemas/resolution.ts';
import type { FootnoteMark } from './text/footnote-mark.ts';

/**
 * What the printed document shows around and inside the text that the model has no field
 * for: the page renders it, the JSON export leaves it out.
 */
export interface PrintDetails {
  /** The session line as printed ("2015 年会议"). */
  session: string | null;
  /** The agenda item's title printed under it in the masthead, where the source has it. */
  agendaTitle: string | null;
  /** The adoption line as printed ("2015 年 7 月 22 日经济及社会理事会决议"). */
  adoptionLine: string | null;
  /** The recommendation line as printed, brackets included. */
  recommendation: string | null;
  /** The formula as printed ("经济及社会理事会，"). */
  formula: string | null;
  /** The closing lines as printed (date, plenary meeting). */
  closing: string[];
  /** The UN job number ("15-13833 (C)"). */
  jobNumber: string | null;
  /** Printed label of each numbered paragraph and item, by id: "para-48-a" → "(a)". */
  labels: Record<string, string>;
  /** Where each footnote mark stands, by the id of the paragraph, heading or footnote that holds it. */
  marks: Record<string, FootnoteMark[]>;
  /** Subject classification where the source has one (the UN's Akoma Ntoso does). */
  classification: Classification;
}

/** What a resolution is about, as the UN classifies it. */
export interface Classification {
  /** Sustainable Development Goals, by number (1–17). */
  sdgGoals: number[];
  /** Subject terms of the UNBIS thesaurus and of EuroVoc, as the source gives them. */
  subjects: { scheme: 'UNBIS' | 'EuroVoc'; term: string; href: string }[];
}

/** An importer's result: the model, and the print details the page needs. */
export interface Imported {
  resolution: Resolution;
  print: PrintDetails;
}
