-- The live overlap analysis reads, after every plan, project or member write, the plans and
-- projects of the member concerned (RegisterReader.ownedBy): by owner, the column every
-- register has, so the read is a range of an index and not a scan of the table.
CREATE INDEX plans_by_owner_member ON plans (network, owner_member);
CREATE INDEX projects_by_owner_member ON projects (network, owner_member);
