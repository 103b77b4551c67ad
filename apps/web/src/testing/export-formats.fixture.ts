import { ExportFormatsDocument } from '../generated/graphql';

/** A few of the API's formats, in its order (not alphabetical), as the `formats` query answers them. */
export const exportFormats = [
  { __typename: 'ExportFormat', id: 'tandem-paid', label: 'Tandem paid template' },
  { __typename: 'ExportFormat', id: 'meta-business-suite-series', label: 'Meta Business Suite daily series' },
  { __typename: 'ExportFormat', id: 'google-ads', label: 'Google Ads report' },
] as const;

export const exportFormatsMock = {
  request: { query: ExportFormatsDocument },
  result: { data: { formats: exportFormats } },
};
