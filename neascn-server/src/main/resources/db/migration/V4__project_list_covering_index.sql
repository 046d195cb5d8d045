-- The pipeline view (projects of one country at one stage, in identifier order) reads its page
-- and its total from this index alone, visibility columns included, without touching the rows;
-- it replaces the narrower index on the same leading columns.
DROP INDEX projects_by_country_stage;
CREATE INDEX projects_by_country_stage_visible ON projects (network, country, stage, record_id, public_record, owner_member, owner_partner);
