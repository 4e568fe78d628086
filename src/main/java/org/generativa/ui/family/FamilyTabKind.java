package org.generativa.ui.family;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.generativa.data.DataKind;
import org.generativa.family.ModelFamily;
import org.generativa.train.Session;
import org.generativa.ui.common.Appearance;

/**
 * How the window builds a model family's tab: the settings it starts with, its view model on the family's
 * training session, its view, and the key of the name the latent explorer lists its model under.
 *
 * @param <C> the family's configuration
 * @param <M> the tab's view model
 */
public record FamilyTabKind<C, M extends FamilyTabModel<C>>(ModelFamily<C> family, C initialConfig, DataKind initialKind,
        Function<Session<C>, M> model, BiFunction<M, Appearance, FamilyTab> tab, String latentSourceKey) {}
