package org.generativa.train;

/** Metric values after one step, in the order of the experiment's metric names; NaN = not measured. */
public record MetricPoint(long step, double[] values) {}
