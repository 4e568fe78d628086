package org.generativa.gan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** How a network's weights follow their gradients. */
public enum GanOptimizer implements CliChoice {
    /** Adam with the config's beta1 and beta2. */
    ADAM("adam"),
    /** RMSProp as PyTorch defines it (the original WGAN's). */
    RMSPROP("rmsprop"),
    /** Plain stochastic gradient descent without momentum. */
    SGD("sgd");

    private final String cliName;

    GanOptimizer(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    /** What a model trains with unless told otherwise: RMSProp for the weight-clipping WGAN, Adam for the others. */
    public static GanOptimizer defaultFor(GanModelKind model) {
        return model.clipsWeights() ? RMSPROP : ADAM;
    }

    @JsonCreator
    public static GanOptimizer fromCliName(String name) {
        return CliChoice.parse(GanOptimizer.class, name, "choice.optimizer");
    }
}
