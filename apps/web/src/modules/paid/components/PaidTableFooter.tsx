interface PaidTableFooterProps {
  shown: number;
  total: number;
  /** "campaigns" */
  noun: string;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  testId: string;
}

/** How many rows there are in all, and a button for the next page of them. */
export function PaidTableFooter({ shown, total, noun, hasMore, loadingMore, onMore, testId }: PaidTableFooterProps) {
  return (
    <div className="paid-table-footer">
      <p className="muted" data-testid={`${testId}-total`}>
        {shown < total
          ? `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}`
          : `${total.toLocaleString()} ${noun}`}
      </p>
      {hasMore && (
        <button type="button" className="button" onClick={onMore} disabled={loadingMore} data-testid={`${testId}-more`}>
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </div>
  );
}
