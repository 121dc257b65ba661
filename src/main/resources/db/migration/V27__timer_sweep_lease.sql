-- Issue 25: one lease row per timer reconciliation (infrastructure/time/SweepLease). A node locks its row
-- (SELECT ... FOR UPDATE) for the whole reconciliation, so two nodes never reconcile the cluster's timers at once,
-- and records the instant the run started, so the five-minute sweep runs on one node per period.
-- 'never': no run recorded yet. Portable SQL: runs on H2 and PostgreSQL.
INSERT INTO platform_setting (setting_key, setting_value) VALUES ('timers.sweep.review', 'never');
INSERT INTO platform_setting (setting_key, setting_value) VALUES ('timers.sweep.panel', 'never');
