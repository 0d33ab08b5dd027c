package vn.nghisu.domain;

import java.util.UUID;

/** A count under one name (an owner, a category, a status), for charts and grouped lists; id may be null. */
public record GroupCount(UUID id, String name, int count, int overdue) {
}
