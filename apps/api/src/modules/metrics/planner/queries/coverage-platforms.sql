WITH fact_days AS (
  SELECT DISTINCT account_id, 'paid'::text AS kind, date AS day, import_id
  FROM paid_daily_metric
  WHERE workspace_id = $1 AND date BETWEEN $2::date AND $3::date AND platform = ANY($4::text[])
  UNION
  SELECT spans.account_id, 'paid-period'::text AS kind, spans.first_day + step AS day, spans.import_id
  FROM (
    SELECT DISTINCT account_id, greatest(period_start, $2::date) AS first_day, least(period_end, $3::date) AS last_day, import_id
    FROM paid_period_metric
    WHERE workspace_id = $1 AND period_start <= $3::date AND period_end >= $2::date AND platform = ANY($4::text[])
  ) AS spans CROSS JOIN generate_series(0, spans.last_day - spans.first_day) AS step
  UNION
  SELECT spans.account_id, 'paid-audience'::text AS kind, spans.first_day + step AS day, spans.import_id
  FROM (
    SELECT DISTINCT account_id, greatest(period_start, $2::date) AS first_day, least(period_end, $3::date) AS last_day, import_id
    FROM paid_audience_metric
    WHERE workspace_id = $1 AND period_start <= $3::date AND period_end >= $2::date AND platform = ANY($4::text[])
  ) AS spans CROSS JOIN generate_series(0, spans.last_day - spans.first_day) AS step
  UNION
  SELECT DISTINCT account_id, 'organic'::text AS kind, date AS day, import_id
  FROM organic_daily_metric
  WHERE workspace_id = $1 AND date BETWEEN $2::date AND $3::date AND platform = ANY($4::text[])
  UNION
  SELECT DISTINCT account_id, 'post'::text AS kind, published_on AS day, import_id
  FROM organic_post
  WHERE workspace_id = $1 AND published_on BETWEEN $2::date AND $3::date AND platform = ANY($4::text[])
), window_days AS (
  SELECT spans.account_id, spans.kind, spans.first_day + step AS day
  FROM (
    SELECT DISTINCT account_id, kind, greatest(first_day, $2::date) AS first_day, least(last_day, $3::date) AS last_day
    FROM import_coverage
    WHERE workspace_id = $1 AND first_day <= $3::date AND last_day >= $2::date AND platform = ANY($4::text[])
  ) AS spans CROSS JOIN generate_series(0, spans.last_day - spans.first_day) AS step
), present AS (
  SELECT account_id, kind, day FROM fact_days
  UNION
  SELECT account_id, kind, day FROM window_days
), restated AS (
  SELECT DISTINCT facts.account_id, facts.kind, facts.day
  FROM fact_days AS facts JOIN import AS writer ON writer.id = facts.import_id AND writer.workspace_id = $1
  WHERE EXISTS (
    SELECT 1 FROM import_coverage AS c JOIN import AS earlier ON earlier.id = c.import_id
    WHERE c.workspace_id = $1 AND c.account_id = facts.account_id AND c.kind = facts.kind
      AND facts.day BETWEEN c.first_day AND c.last_day AND c.import_id <> facts.import_id
      AND earlier.created_at < writer.created_at
  )
), bounds AS (
  SELECT account_id, kind, min(first_day) AS first_day, max(last_day) AS last_day
  FROM (
    SELECT account_id, 'paid'::text AS kind, min(date) AS first_day, max(date) AS last_day
    FROM paid_daily_metric
    WHERE workspace_id = $1 AND date <= $3::date AND platform = ANY($4::text[])
    GROUP BY account_id
    UNION ALL
    SELECT account_id, 'paid-period'::text AS kind, min(period_start) AS first_day, max(least(period_end, $3::date)) AS last_day
    FROM paid_period_metric
    WHERE workspace_id = $1 AND period_start <= $3::date AND platform = ANY($4::text[])
    GROUP BY account_id
    UNION ALL
    SELECT account_id, 'paid-audience'::text AS kind, min(period_start) AS first_day, max(least(period_end, $3::date)) AS last_day
    FROM paid_audience_metric
    WHERE workspace_id = $1 AND period_start <= $3::date AND platform = ANY($4::text[])
    GROUP BY account_id
    UNION ALL
    SELECT account_id, 'organic'::text AS kind, min(date) AS first_day, max(date) AS last_day
    FROM organic_daily_metric
    WHERE workspace_id = $1 AND date <= $3::date AND platform = ANY($4::text[])
    GROUP BY account_id
    UNION ALL
    SELECT account_id, 'post'::text AS kind, min(published_on) AS first_day, max(published_on) AS last_day
    FROM organic_post
    WHERE workspace_id = $1 AND published_on <= $3::date AND platform = ANY($4::text[])
    GROUP BY account_id
    UNION ALL
    SELECT account_id, kind, min(first_day), max(least(last_day, $3::date))
    FROM import_coverage
    WHERE workspace_id = $1 AND first_day <= $3::date AND platform = ANY($4::text[])
    GROUP BY account_id, kind
  ) AS each_source
  GROUP BY account_id, kind
), missing AS (
  SELECT spans.account_id, spans.kind, spans.first_day + step AS day
  FROM (
    SELECT account_id, kind, greatest(first_day, $2::date) AS first_day, last_day FROM bounds
  ) AS spans CROSS JOIN generate_series(0, spans.last_day - spans.first_day) AS step
  WHERE NOT EXISTS (
    SELECT 1 FROM present
    WHERE present.account_id = spans.account_id AND present.kind = spans.kind AND present.day = spans.first_day + step
  )
), listed AS (
  SELECT 'present' AS list, account_id, kind, day FROM present
  UNION ALL
  SELECT 'missing', account_id, kind, day FROM missing
  UNION ALL
  SELECT 'restated', account_id, kind, day FROM restated
), runs AS (
  SELECT list, account_id, kind, min(day) AS run_from, max(day) AS run_to, count(*)::int AS days
  FROM (
    SELECT *, day - (row_number() OVER (PARTITION BY list, account_id, kind ORDER BY day))::int AS island FROM listed
  ) AS ranked
  GROUP BY list, account_id, kind, island
)
SELECT account.platform, bounds.account_id::text AS account_id, coalesce(account.name, account.external_id) AS account_name,
  bounds.kind, bounds.first_day::text AS first_day, bounds.last_day::text AS last_day,
  runs.list, runs.run_from::text AS run_from, runs.run_to::text AS run_to, runs.days
FROM bounds
JOIN account ON account.id = bounds.account_id AND account.workspace_id = $1
LEFT JOIN runs ON runs.account_id = bounds.account_id AND runs.kind = bounds.kind
ORDER BY account.platform, account_name, bounds.account_id, CASE bounds.kind WHEN 'paid' THEN 0 WHEN 'paid-period' THEN 1 WHEN 'paid-audience' THEN 2 WHEN 'organic' THEN 3 WHEN 'post' THEN 4 END, runs.list, runs.run_from
