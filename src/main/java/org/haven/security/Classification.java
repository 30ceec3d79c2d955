package org.haven.security;

/** The levels of classification, lowest first: a clearance at one level reads every level below it. */
public enum Classification {
    UNCLASSIFIED,
    RESTRICTED,
    CONFIDENTIAL,
    SECRET,
    TOP_SECRET
}
