-- A project list read by anyone but the secretariat leaves out the projects of plans that are
-- not public yet (RegisterStore.choose: NOT EXISTS over the plans, by network and identifier).
-- No index led with a plan's identifier, so every candidate project scanned the network's plans:
-- an anonymous filtered list over 13,000 projects took 4 to 6 s on H2 (the secretariat's, which
-- has no such clause, 13 ms), and 64 such readers held every pooled connection for minutes.
CREATE INDEX plans_by_id_visible ON plans (network, record_id, public_record);
-- The list's covering index carries the project's plan too, so the clause is decided from the
-- index alone, without reading the rows.
DROP INDEX projects_by_country_stage_visible;
CREATE INDEX projects_by_country_stage_visible ON projects (network, country, stage, record_id, public_record, owner_member, owner_partner, plan);
