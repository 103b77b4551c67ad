import { useMutation } from '@apollo/client/react';
import { CompareCostDocument, SetOrganicCostDocument } from '../../../generated/graphql';

/** Enters a month's organic cost; the cost comparison on screen is asked again once it is saved. */
export function useSetOrganicCost() {
  const [mutate, { loading, error }] = useMutation(SetOrganicCostDocument, {
    refetchQueries: [CompareCostDocument],
    awaitRefetchQueries: true,
  });
  const save = (month: string, amount: number) => mutate({ variables: { month, amount } });
  return { save, saving: loading, error };
}
