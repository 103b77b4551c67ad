WITH period_facts AS (
  SELECT p.*, EXISTS (
      SELECT 1 FROM import_coverage AS c
      WHERE c.workspace_id = p.workspace_id AND c.account_id = p.account_id AND c.kind = 'paid'
        AND c.first_day <= p.period_start AND c.last_day >= p.period_end
    ) AS daily_covered
  FROM paid_period_metric AS p
  WHERE p.workspace_id = $1 AND p.period_start >= $2
    AND p.period_end <= $3
    AND NOT EXISTS (
      SELECT 1 FROM paid_period_metric AS newer
      WHERE newer.workspace_id = p.workspace_id AND newer.platform = p.platform AND newer.account_id = p.account_id
        AND newer.updated_at > p.updated_at
        AND newer.period_start <= p.period_end AND newer.period_end >= p.period_start
        AND (newer.period_start, newer.period_end) <> (p.period_start, p.period_end)
        AND (newer.campaign_id = p.campaign_id OR '' IN (newer.campaign_id, p.campaign_id))
        AND (newer.ad_set_id = p.ad_set_id OR '' IN (newer.ad_set_id, p.ad_set_id))
        AND (newer.ad_id = p.ad_id OR '' IN (newer.ad_id, p.ad_id))
    ))
SELECT DISTINCT p.platform, coalesce(a.name, a.external_id) AS account,
  p.period_start::text AS period_start, p.period_end::text AS period_end
FROM period_facts AS p JOIN account AS a ON a.id = p.account_id
WHERE NOT p.daily_covered AND EXISTS (
  SELECT 1 FROM paid_daily_rollup AS d
  WHERE d.workspace_id = p.workspace_id AND d.account_id = p.account_id AND d.date BETWEEN p.period_start AND p.period_end
)
ORDER BY 1, 2, 3, 4
