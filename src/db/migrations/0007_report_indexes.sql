-- Indexes the open report reads through (EXPLAIN on 1,000,000 allocation lines and 100,000 consignments,
-- docs/methods/report.md):
-- * consignment_event by kind, carrying consignment_id and occurred_at: the shipments and weekly counts
--   read departed/received events with an index-only scan instead of the whole table (whose rows carry
--   the receipts' jsonb lines), and the receipts' corrections (rare) are found without a scan.
-- * consignment_line by consignment_id: a foreign key with no index until now; a consignment's lines
--   (board, trace, receipts) are found without reading every line.
-- batch_line by batch_id needs none: UNIQUE (batch_id, request_line_id) already leads with it.
CREATE INDEX consignment_event_kind ON consignment_event (kind) INCLUDE (consignment_id, occurred_at);

CREATE INDEX consignment_line_consignment ON consignment_line (consignment_id);
