-- H2 has no partitions: ledger_entry stays the plain table of V4, filled with JDBC batches.
COMMENT ON TABLE ledger_entry IS 'Posted ledger lines; counted only where ledger_period says their load holds their period';
