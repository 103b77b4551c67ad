import { useAddressParam } from '../../navigation/hooks/useAddressParam';
import { DEFAULT_SORT, type PaidView } from '../paid-view.util';

/** A new history entry, so that Back goes up the drill-down the way it came down. */
const remember = () => window.history.pushState(window.history.state, '', window.location.href);

/**
 * The Paid page's own choices, kept in the address so that a link or Back reopens the same view:
 * `group=objective`, `campaign=<id>&adSet=<id>`, `sort=paid.roas&order=asc`, `audience=region`.
 */
export function usePaidView() {
  const [group, setGroup] = useAddressParam('group', 'campaign');
  const [campaign, setCampaign] = useAddressParam('campaign');
  const [adSet, setAdSet] = useAddressParam('adSet');
  const [sort, setSort] = useAddressParam('sort', DEFAULT_SORT);
  const [order, setOrder] = useAddressParam('order', 'desc');
  const [audience, setAudience] = useAddressParam('audience', 'AGE');

  const open = (nextCampaign: string, nextAdSet = '') => {
    remember();
    setCampaign(nextCampaign);
    setAdSet(nextAdSet);
  };
  const view: PaidView = { group, campaign, adSet, sort, order };
  return {
    view,
    audience,
    setAudience,
    setSort,
    setOrder,
    /** Objectives or campaigns; either way from the top, not inside a campaign. */
    setGroup: (next: string) => {
      setCampaign('');
      setAdSet('');
      setGroup(next);
    },
    /** Drill down (a campaign's ad sets, an ad set's ads) or back up ('' for all campaigns). */
    open,
  };
}

export type PaidViewControls = ReturnType<typeof usePaidView>;
