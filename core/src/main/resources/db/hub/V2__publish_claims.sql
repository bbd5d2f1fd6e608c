-- Who publishes a post (decision 19): a lease with holder and expiry, taken with FOR UPDATE SKIP LOCKED before the
-- post's intent is stored, so two desktops and any number of workers never call the network for one post twice.
-- state: HELD (by holder until expires_at, server time), RELEASED (anyone may take it), PUBLISHED (never again).
-- kind: 'post', or 'job' for a turn of a recurring job the devices share (feed polls, discovery), held for its period.
CREATE TABLE hub_claims (
    post_id      UUID                     NOT NULL PRIMARY KEY,
    kind         VARCHAR(10)              DEFAULT 'post' NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    holder       UUID,
    holder_name  VARCHAR(200),
    expires_at   TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hub_claims_state_check CHECK (state IN ('HELD', 'RELEASED', 'PUBLISHED'))
);
