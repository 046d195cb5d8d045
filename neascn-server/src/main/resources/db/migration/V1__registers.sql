-- One table per aggregate of the domain. Each row holds the record as its JSON-B document
-- (the record validates itself when read back), an optimistic-lock version, the owner that
-- object-level authorization checks, whether anonymous readers may see it, and the columns
-- that list filters and sorts use. One script serves H2 and PostgreSQL: only portable types
-- (public_record is 0 or 1 rather than a BOOLEAN, which EclipseLink prints as 1 on H2).

CREATE TABLE members (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    country        VARCHAR(2) NOT NULL,
    status         VARCHAR(40) NOT NULL,
    government_level VARCHAR(40) NOT NULL
);
CREATE INDEX members_by_network ON members (network, sort_name);

CREATE TABLE partners (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    organisation_type VARCHAR(60) NOT NULL,
    roles          VARCHAR(1000) NOT NULL
);
CREATE INDEX partners_by_network ON partners (network, sort_name);

CREATE TABLE persons (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    organisation   VARCHAR(100)
);
CREATE INDEX persons_by_network ON persons (network, sort_name);

CREATE TABLE plans (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    member         VARCHAR(80) NOT NULL,
    status         VARCHAR(40) NOT NULL,
    plan_version   INTEGER NOT NULL,
    focus_areas    VARCHAR(2000) NOT NULL
);
CREATE INDEX plans_by_network ON plans (network, sort_name);
CREATE INDEX plans_by_member ON plans (network, member);

CREATE TABLE projects (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    member         VARCHAR(80) NOT NULL,
    plan           VARCHAR(80),
    stage          VARCHAR(40) NOT NULL,
    stage_rank     INTEGER NOT NULL,
    country        VARCHAR(2) NOT NULL,
    financing_status VARCHAR(60) NOT NULL,
    focus_areas    VARCHAR(2000) NOT NULL
);
CREATE INDEX projects_by_network ON projects (network, sort_name);
CREATE INDEX projects_by_stage ON projects (network, stage);
CREATE INDEX projects_by_country ON projects (network, country);

CREATE TABLE initiatives (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    status         VARCHAR(40) NOT NULL,
    members        VARCHAR(4000) NOT NULL
);
CREATE INDEX initiatives_by_network ON initiatives (network, sort_name);

CREATE TABLE meetings (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    meeting_type   VARCHAR(40) NOT NULL,
    starts         VARCHAR(30) NOT NULL
);
CREATE INDEX meetings_by_network ON meetings (network, starts);

CREATE TABLE framework_versions (
    record_key     VARCHAR(170) PRIMARY KEY,
    network        VARCHAR(80) NOT NULL,
    record_id      VARCHAR(80) NOT NULL,
    version        BIGINT NOT NULL,
    document       VARCHAR(1000000) NOT NULL,
    search_text    VARCHAR(1000000) NOT NULL,
    sort_name      VARCHAR(400) NOT NULL,
    owner_member   VARCHAR(80),
    owner_partner  VARCHAR(80),
    public_record  INTEGER NOT NULL,
    status         VARCHAR(40) NOT NULL,
    version_number INTEGER NOT NULL
);
CREATE INDEX framework_versions_by_network ON framework_versions (network, version_number);

-- Which reference data sets a database has received, so that a restart does not load twice.
CREATE TABLE reference_loads (
    name           VARCHAR(80) PRIMARY KEY,
    loaded_at      TIMESTAMP NOT NULL
);
