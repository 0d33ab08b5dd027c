-- Exchange (V5): this installation's identity, and the packages exported to each office, so that
-- "everything changed since the last export to this office" has a starting point.
-- SQL that both H2 2.x and PostgreSQL accept.

CREATE TABLE installation (
  id UUID PRIMARY KEY,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE exchange_export (
  id UUID PRIMARY KEY,
  office VARCHAR(300) NOT NULL,
  exported_at TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_since TIMESTAMP WITH TIME ZONE,
  meeting_count INTEGER NOT NULL,
  file_name VARCHAR(1000),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT exchange_export_office_not_blank CHECK (CHAR_LENGTH(TRIM(office)) > 0)
);
CREATE INDEX exchange_export_office_idx ON exchange_export (office, exported_at);
