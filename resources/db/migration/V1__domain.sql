-- Nghị Sự schema V1: the whole domain of DESIGN.md's glossary.
-- Every table: UUID key, created_at, updated_at, deleted_at (soft delete), row_version (optimistic check).
-- Written in SQL that both H2 2.x and PostgreSQL accept. Never edit after release: add V2, V3, ...

CREATE TABLE unit_kind (
  id UUID PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  sort_order INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT unit_kind_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE meeting_kind (
  id UUID PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  sort_order INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT meeting_kind_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE issue_category (
  id UUID PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  sort_order INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT issue_category_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE escalation_body (
  id UUID PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  sort_order INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT escalation_body_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE unit (
  id UUID PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  short_name VARCHAR(100),
  kind_id UUID REFERENCES unit_kind (id),
  unit_level VARCHAR(16) NOT NULL,
  parent_id UUID REFERENCES unit (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT unit_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0),
  CONSTRAINT unit_level_known CHECK (unit_level IN ('TRUNG_UONG', 'TINH', 'HUYEN', 'XA', 'KHAC')),
  CONSTRAINT unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE person (
  id UUID PRIMARY KEY,
  full_name VARCHAR(200) NOT NULL,
  position_title VARCHAR(500),
  unit_id UUID REFERENCES unit (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT person_name_not_blank CHECK (CHAR_LENGTH(TRIM(full_name)) > 0)
);
CREATE INDEX person_unit_idx ON person (unit_id);

CREATE TABLE working_group (
  id UUID PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  founding_decision VARCHAR(300),
  leader_person_id UUID REFERENCES person (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT working_group_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE working_group_unit (
  id UUID PRIMARY KEY,
  working_group_id UUID NOT NULL REFERENCES working_group (id),
  unit_id UUID NOT NULL REFERENCES unit (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX working_group_unit_group_idx ON working_group_unit (working_group_id);

CREATE TABLE working_group_person (
  id UUID PRIMARY KEY,
  working_group_id UUID NOT NULL REFERENCES working_group (id),
  person_id UUID NOT NULL REFERENCES person (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX working_group_person_group_idx ON working_group_person (working_group_id);

CREATE TABLE sub_committee (
  id UUID PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  working_group_id UUID REFERENCES working_group (id),
  sort_order INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT sub_committee_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE meeting (
  id UUID PRIMARY KEY,
  title VARCHAR(1000) NOT NULL,
  kind_id UUID REFERENCES meeting_kind (id),
  meeting_date DATE NOT NULL,
  start_time TIME,
  end_time TIME,
  place VARCHAR(500),
  host_unit_id UUID REFERENCES unit (id),
  working_group_id UUID REFERENCES working_group (id),
  chair_person_id UUID REFERENCES person (id),
  secretary_person_id UUID REFERENCES person (id),
  status VARCHAR(16) DEFAULT 'DRAFT' NOT NULL,
  closing_note VARCHAR(100000),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT meeting_status_known CHECK (status IN ('DRAFT', 'HELD', 'CLOSED')),
  CONSTRAINT meeting_end_after_start CHECK (start_time IS NULL OR end_time IS NULL OR end_time >= start_time)
);
CREATE INDEX meeting_date_idx ON meeting (meeting_date);
CREATE INDEX meeting_host_idx ON meeting (host_unit_id);
CREATE INDEX meeting_group_idx ON meeting (working_group_id);

CREATE TABLE attendance (
  id UUID PRIMARY KEY,
  meeting_id UUID NOT NULL REFERENCES meeting (id),
  unit_id UUID NOT NULL REFERENCES unit (id),
  person_id UUID REFERENCES person (id),
  presence VARCHAR(16) DEFAULT 'PRESENT' NOT NULL,
  reason VARCHAR(1000),
  position INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT attendance_presence_known CHECK (presence IN ('PRESENT', 'EXCUSED', 'ABSENT'))
);
CREATE INDEX attendance_meeting_idx ON attendance (meeting_id);

CREATE TABLE agenda_item (
  id UUID PRIMARY KEY,
  meeting_id UUID NOT NULL REFERENCES meeting (id),
  position INTEGER DEFAULT 0 NOT NULL,
  title VARCHAR(2000) NOT NULL,
  presenter_person_id UUID REFERENCES person (id),
  planned_minutes INTEGER,
  actual_start TIMESTAMP WITH TIME ZONE,
  actual_end TIMESTAMP WITH TIME ZONE,
  notes VARCHAR(100000),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT agenda_planned_minutes_positive CHECK (planned_minutes IS NULL OR planned_minutes >= 0)
);
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id);

CREATE TABLE statement (
  id UUID PRIMARY KEY,
  meeting_id UUID NOT NULL REFERENCES meeting (id),
  agenda_item_id UUID REFERENCES agenda_item (id),
  speaker_person_id UUID REFERENCES person (id),
  position INTEGER DEFAULT 0 NOT NULL,
  summary VARCHAR(100000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX statement_meeting_idx ON statement (meeting_id);

CREATE TABLE issue (
  id UUID PRIMARY KEY,
  meeting_id UUID REFERENCES meeting (id),
  title VARCHAR(2000) NOT NULL,
  detail VARCHAR(100000),
  category_id UUID REFERENCES issue_category (id),
  raised_by_unit_id UUID REFERENCES unit (id),
  status VARCHAR(16) DEFAULT 'NEW' NOT NULL,
  escalated_to_id UUID REFERENCES escalation_body (id),
  resolution VARCHAR(100000),
  resolved_on DATE,
  position INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT issue_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0),
  CONSTRAINT issue_status_known CHECK (status IN ('NEW', 'IN_PROGRESS', 'RESOLVED', 'ESCALATED')),
  CONSTRAINT issue_escalated_has_body CHECK (status <> 'ESCALATED' OR escalated_to_id IS NOT NULL)
);
CREATE INDEX issue_meeting_idx ON issue (meeting_id);
CREATE INDEX issue_status_idx ON issue (status);

CREATE TABLE directive (
  id UUID PRIMARY KEY,
  meeting_id UUID NOT NULL REFERENCES meeting (id),
  position INTEGER DEFAULT 0 NOT NULL,
  body VARCHAR(100000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX directive_meeting_idx ON directive (meeting_id);

CREATE TABLE action_plan (
  id UUID PRIMARY KEY,
  title VARCHAR(1000) NOT NULL,
  sub_committee_id UUID REFERENCES sub_committee (id),
  owner_unit_id UUID REFERENCES unit (id),
  period_from DATE,
  period_to DATE,
  status VARCHAR(16) DEFAULT 'DRAFT' NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT action_plan_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0),
  CONSTRAINT action_plan_status_known CHECK (status IN ('DRAFT', 'APPROVED')),
  CONSTRAINT action_plan_period_ordered CHECK (period_from IS NULL OR period_to IS NULL OR period_to >= period_from)
);

CREATE TABLE action_item (
  id UUID PRIMARY KEY,
  title VARCHAR(2000) NOT NULL,
  meeting_id UUID REFERENCES meeting (id),
  directive_id UUID REFERENCES directive (id),
  action_plan_id UUID REFERENCES action_plan (id),
  owner_unit_id UUID REFERENCES unit (id),
  owner_sub_committee_id UUID REFERENCES sub_committee (id),
  lead_person_id UUID REFERENCES person (id),
  deadline DATE,
  status VARCHAR(16) DEFAULT 'NOT_STARTED' NOT NULL,
  position INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT action_item_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0),
  CONSTRAINT action_item_status_known CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  CONSTRAINT action_item_one_owner CHECK (owner_unit_id IS NULL OR owner_sub_committee_id IS NULL)
);
CREATE INDEX action_item_meeting_idx ON action_item (meeting_id);
CREATE INDEX action_item_directive_idx ON action_item (directive_id);
CREATE INDEX action_item_deadline_idx ON action_item (status, deadline);

CREATE TABLE action_item_coordinator (
  id UUID PRIMARY KEY,
  action_item_id UUID NOT NULL REFERENCES action_item (id),
  unit_id UUID NOT NULL REFERENCES unit (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX action_item_coordinator_item_idx ON action_item_coordinator (action_item_id);

CREATE TABLE progress_update (
  id UUID PRIMARY KEY,
  action_item_id UUID NOT NULL REFERENCES action_item (id),
  update_date DATE NOT NULL,
  note VARCHAR(100000),
  percent INTEGER,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT progress_percent_range CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100))
);
CREATE INDEX progress_update_item_idx ON progress_update (action_item_id);

CREATE TABLE issue_action_link (
  id UUID PRIMARY KEY,
  issue_id UUID NOT NULL REFERENCES issue (id),
  action_item_id UUID NOT NULL REFERENCES action_item (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX issue_action_link_issue_idx ON issue_action_link (issue_id);
CREATE INDEX issue_action_link_item_idx ON issue_action_link (action_item_id);

CREATE TABLE minutes_version (
  id UUID PRIMARY KEY,
  meeting_id UUID NOT NULL REFERENCES meeting (id),
  version_no INTEGER NOT NULL,
  content VARCHAR(10000000) NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  finalized_by VARCHAR(200),
  finalized_at TIMESTAMP WITH TIME ZONE NOT NULL,
  change_summary VARCHAR(10000),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT minutes_version_positive CHECK (version_no > 0),
  CONSTRAINT minutes_version_unique UNIQUE (meeting_id, version_no)
);

CREATE TABLE audit_log (
  id UUID PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  actor VARCHAR(200),
  entity VARCHAR(64) NOT NULL,
  entity_id UUID,
  action VARCHAR(32) NOT NULL,
  detail VARCHAR(100000),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_id);

-- Editable lists with Vietnamese defaults. Fixed UUIDs so that two laptops' defaults merge as one.
INSERT INTO unit_kind (id, name, sort_order) VALUES
  ('00000000-0000-4000-8000-000000000101', 'Đảng', 1),
  ('00000000-0000-4000-8000-000000000102', 'Chính quyền', 2),
  ('00000000-0000-4000-8000-000000000103', 'MTTQ', 3),
  ('00000000-0000-4000-8000-000000000104', 'Đoàn thể', 4),
  ('00000000-0000-4000-8000-000000000105', 'Khác', 5);

INSERT INTO meeting_kind (id, name, sort_order) VALUES
  ('00000000-0000-4000-8000-000000000201', 'Buổi làm việc', 1),
  ('00000000-0000-4000-8000-000000000202', 'Hội nghị', 2),
  ('00000000-0000-4000-8000-000000000203', 'Họp định kỳ', 3),
  ('00000000-0000-4000-8000-000000000204', 'Họp đột xuất', 4),
  ('00000000-0000-4000-8000-000000000205', 'Khảo sát, giám sát', 5);

INSERT INTO issue_category (id, name, sort_order) VALUES
  ('00000000-0000-4000-8000-000000000301', 'Cách thức tổ chức thực hiện', 1),
  ('00000000-0000-4000-8000-000000000302', 'Chế độ chính sách', 2),
  ('00000000-0000-4000-8000-000000000303', 'Đánh giá cán bộ', 3),
  ('00000000-0000-4000-8000-000000000304', 'Sắp xếp vị trí việc làm', 4),
  ('00000000-0000-4000-8000-000000000305', 'Công tác tài chính', 5),
  ('00000000-0000-4000-8000-000000000306', 'Giao biên chế', 6),
  ('00000000-0000-4000-8000-000000000307', 'Tên gọi mô hình', 7);

INSERT INTO escalation_body (id, name, sort_order) VALUES
  ('00000000-0000-4000-8000-000000000401', 'Ban Thường vụ Tỉnh ủy', 1),
  ('00000000-0000-4000-8000-000000000402', 'Thường trực Tỉnh ủy', 2),
  ('00000000-0000-4000-8000-000000000403', 'Ban Thường trực Ủy ban MTTQ tỉnh', 3),
  ('00000000-0000-4000-8000-000000000404', 'Ủy ban nhân dân tỉnh', 4);

INSERT INTO sub_committee (id, name, sort_order) VALUES
  ('00000000-0000-4000-8000-000000000501', 'Tiểu ban Kiểm tra - Giám sát', 1),
  ('00000000-0000-4000-8000-000000000502', 'Tiểu ban Tuyên truyền - Vận động', 2),
  ('00000000-0000-4000-8000-000000000503', 'Tiểu ban Dân chủ - Pháp luật', 3),
  ('00000000-0000-4000-8000-000000000504', 'Văn phòng khối', 4);
