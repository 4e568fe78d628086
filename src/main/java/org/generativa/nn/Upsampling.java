package org.generativa.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** How a convolutional generator or decoder doubles the size of its feature maps. */
public enum Upsampling implements CliChoice {
    /** Nearest-neighbour upsampling followed by a 3x3 convolution. */
    NEAREST("nearest"),
    /** A transposed convolution with a 4x4 kernel and stride 2. */
    TRANSPOSED("transposed");

    /** What {@code train} says when {@link #threads} gives fewer threads than asked. */
    public static final String ONE_THREAD_NOTICE =
            "Transposed convolutions train on one thread: with more, libtorch's gradients sometimes turn NaN.";

    private final String cliName;

    Upsampling(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static Upsampling fromCliName(String name) {
        return CliChoice.parse(Upsampling.class, name, "choice.upsample");
    }

    /**
     * The intra-op threads a network with this upsampling trains on: {@code asked}, except that transposed
     * convolutions run on one. With two threads, a DCGAN with them on MNIST got NaN gradients in about one run in
     * five within its first 40 steps (seeds 1-5, cause not found in libtorch); on one thread none did.
     */
    public int threads(int asked) {
        return this == TRANSPOSED ? 1 : asked;
    }
}
