package org.statcommons.access;

/** A standing held on top of a community role, for a time: a co-lead (docs/roles.md#co-leads). */
public enum Duty {
    CO_LEAD
}
