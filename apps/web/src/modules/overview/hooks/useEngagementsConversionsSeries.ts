import { useQuery } from '@apollo/client/react';
import {
  EngagementsConversionsSeriesDocument,
  type DateRange,
  type Granularity,
  type Platform,
} from '../../../generated/graphql';
import { toEngagementsConversionsPoints } from '../series.util';

interface SeriesInput {
  range: DateRange;
  granularity: Granularity;
  platforms: Platform[];
}

export function useEngagementsConversionsSeries({ range, granularity, platforms }: SeriesInput) {
  const { data, loading, error } = useQuery(EngagementsConversionsSeriesDocument, {
    variables: { range, granularity, platforms: platforms.length > 0 ? platforms : null },
    fetchPolicy: 'cache-and-network',
  });
  return {
    points: data ? toEngagementsConversionsPoints(data.timeSeries, granularity) : undefined,
    loading,
    error,
  };
}
