-- Images travel once, by content (decision 19): a draft's images and a post's media name the SHA-256 of their bytes,
-- which are kept here, whichever device sent them first.
CREATE TABLE hub_blobs (
    sha256      VARCHAR(64)              NOT NULL PRIMARY KEY,
    media_type  VARCHAR(40)              NOT NULL,
    bytes       BYTEA                    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
