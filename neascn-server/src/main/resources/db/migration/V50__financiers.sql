-- The network's financier register (issue 15): one row per financier profile of a network, the
-- profile as its JSON document like every other register, with the financier's type to filter on.
CREATE TABLE financiers (
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
    financier_type VARCHAR(60) NOT NULL,
    instruments    VARCHAR(400) NOT NULL
);
CREATE INDEX financiers_by_network ON financiers (network, sort_name);
