-- Schema 4: the accounts Scriptorium publishes to. Tokens and passwords are never here: they live in the
-- OS keychain (or the encrypted secrets file) under account:<id>:...

CREATE TABLE accounts (
    id            UUID                     NOT NULL PRIMARY KEY,
    network       VARCHAR(20)              NOT NULL,
    name          VARCHAR(300)             NOT NULL,
    handle        VARCHAR(300),
    external_id   VARCHAR(300)             NOT NULL,
    api_base      VARCHAR(2048)            NOT NULL,
    avatar_url    VARCHAR(2048),
    scopes        VARCHAR(1000),
    expires_at    TIMESTAMP WITH TIME ZONE,
    status        VARCHAR(30)              NOT NULL,
    paused_until  TIMESTAMP WITH TIME ZONE,
    owner_name    VARCHAR(300),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      BIGINT                   NOT NULL,
    device_id     UUID                     NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT accounts_network_check CHECK (network IN ('LINKEDIN', 'FACEBOOK', 'MASTODON', 'BLUESKY')),
    CONSTRAINT accounts_status_check CHECK (status IN ('CONNECTED', 'NEEDS_REAUTHORIZATION', 'PAUSED'))
);
CREATE INDEX accounts_network_idx ON accounts (network, external_id);
