package org.generativa.models;

import java.nio.file.Path;

/**
 * A pretrained model shipped with the app: a run folder as {@code train --out} writes it.
 *
 * @param id the folder's name, stable across releases (for example {@code vae-2d-digits})
 * @param name what a list shows
 * @param description one or two sentences for a tooltip; empty when the folder gives none
 * @param directory the run folder, for {@code RunCheckpoint.read}
 */
public record BundledModel(String id, String name, String description, Path directory) {}
