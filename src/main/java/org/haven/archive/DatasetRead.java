package org.haven.archive;

/**
 * Published at every start once the built-in dataset is read and its cases are in the register, for modules
 * that hold more of it (the registry holds its people).
 *
 * @param dataset the dataset as read
 */
public record DatasetRead(Dataset dataset) {}
