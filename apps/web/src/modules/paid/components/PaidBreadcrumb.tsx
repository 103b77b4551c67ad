interface PaidBreadcrumbProps {
  /** The drilled-into campaign's and ad set's names; null above them. */
  campaign: string | null;
  adSet: string | null;
  onAllCampaigns: () => void;
  onCampaign: () => void;
}

interface Step {
  name: string;
  testId: string;
  onOpen?: () => void;
}

/** Where the table is in campaign → ad set → ad, each level above the current one a button back to it. */
export function PaidBreadcrumb({ campaign, adSet, onAllCampaigns, onCampaign }: PaidBreadcrumbProps) {
  const steps: Step[] = [
    { name: 'All campaigns', testId: 'paid-breadcrumb-all', onOpen: onAllCampaigns },
    ...(campaign === null ? [] : [{ name: campaign, testId: 'paid-breadcrumb-campaign', onOpen: onCampaign }]),
    ...(adSet === null ? [] : [{ name: adSet, testId: 'paid-breadcrumb-ad-set' }]),
  ];
  const current = steps.length - 1;
  return (
    <nav aria-label="Drill-down" data-testid="paid-breadcrumb">
      <ol className="paid-breadcrumb">
        {steps.map((step, index) => (
          <li key={step.testId} aria-current={index === current ? 'location' : undefined}>
            {index < current && step.onOpen ? (
              <button type="button" className="link-button" onClick={step.onOpen} data-testid={step.testId}>
                {step.name}
              </button>
            ) : (
              <span data-testid={step.testId}>{step.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
