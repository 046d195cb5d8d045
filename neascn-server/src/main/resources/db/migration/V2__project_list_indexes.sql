-- The project list is filtered by country and stage together far more often than by either
-- alone (the pipeline view of one country); one index serves both orders of selectivity.
CREATE INDEX projects_by_country_stage ON projects (network, country, stage, record_id);
CREATE INDEX projects_by_member ON projects (network, member);
