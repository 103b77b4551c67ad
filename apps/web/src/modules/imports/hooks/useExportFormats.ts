import { useQuery } from '@apollo/client/react';
import { ExportFormatsDocument } from '../../../generated/graphql';

/** The formats the API reads, in its detection order, for the upload's "Format" select. */
export function useExportFormats() {
  const { data, error } = useQuery(ExportFormatsDocument);
  return { formats: data?.formats ?? [], error };
}
