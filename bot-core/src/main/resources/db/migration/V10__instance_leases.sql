-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
-- Several newsbot instances on one database. (Numbered 10 to leave room below for migrations
-- written alongside it.)

-- A lease lets one instance at a time do a piece of work, such as polling a source. Its owner
-- renews it while it works and deletes it when done; a lease past expires_at (its owner died or
-- hung) may be taken by any instance.
CREATE TABLE instance_leases (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    owner      VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX instance_leases_expiry ON instance_leases (expires_at);

-- Writers of the article change log lock this one row before they append to the log, and hold it
-- until they commit. So change numbers become visible in the order they were handed out, and an
-- index that has applied change N never later finds an older change appear behind it.
CREATE TABLE article_change_writer (
    id INTEGER NOT NULL PRIMARY KEY
);

INSERT INTO article_change_writer (id) VALUES (1);
