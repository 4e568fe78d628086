package org.generativa.data;

import java.util.List;

/** A known factor of variation of a dataset's items (a class, an attribute, a pose parameter) and its values. */
public record Factor(String name, List<String> values) {}
