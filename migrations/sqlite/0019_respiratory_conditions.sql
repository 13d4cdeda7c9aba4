-- The respiratory conditions were one entry, "BPCO, asthme sévère": a programme for
-- children with asthma read "Pour : BPCO, asthme sévère". They are now two, `bpco` and
-- `asthme`. What was tagged with the old entry gets both: that is exactly what its label
-- said, so every profile, permanence and programme is still found by the searches that
-- found it, and nothing is claimed that the old label did not.
-- Never edit once landed.
INSERT INTO partner_tags (platform, user_id, kind, value)
    SELECT platform, user_id, kind, split.value
    FROM partner_tags, (SELECT 'bpco' AS value UNION ALL SELECT 'asthme') AS split
    WHERE kind = 'condition' AND partner_tags.value = 'bpco-asthme'
    ON CONFLICT DO NOTHING;
DELETE FROM partner_tags WHERE kind = 'condition' AND value = 'bpco-asthme';

INSERT INTO permanence_themes (permanence_id, theme)
    SELECT permanence_id, split.theme
    FROM permanence_themes, (SELECT 'bpco' AS theme UNION ALL SELECT 'asthme') AS split
    WHERE permanence_themes.theme = 'bpco-asthme'
    ON CONFLICT DO NOTHING;
DELETE FROM permanence_themes WHERE theme = 'bpco-asthme';

INSERT INTO etp_themes (programme_id, theme)
    SELECT programme_id, split.theme
    FROM etp_themes, (SELECT 'bpco' AS theme UNION ALL SELECT 'asthme') AS split
    WHERE etp_themes.theme = 'bpco-asthme'
    ON CONFLICT DO NOTHING;
DELETE FROM etp_themes WHERE theme = 'bpco-asthme';

-- What the directory shows changed: cached search indexes are rebuilt.
UPDATE directory_version SET version = version + 1 WHERE id = 1;
