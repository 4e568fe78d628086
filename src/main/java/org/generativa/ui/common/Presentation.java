package org.generativa.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A tab's main picture, lent to presentation mode: {@link #enter} takes it out of the tab to fill the screen,
 * {@link #leave} puts it back where it was. While it is lent the picture keeps updating as before.
 */
public interface Presentation {

    Node enter();

    void leave();

    /** The key numbers to show in large type above the picture, in one line. */
    ObservableValue<String> numbers();

    /** Lends {@code picture}, a child of {@code parent}, and puts it back at the same place. */
    static Presentation lending(Pane parent, Node picture, ObservableValue<String> numbers) {
        return new Presentation() {
            private int index = -1;

            @Override
            public Node enter() {
                index = parent.getChildren().indexOf(picture);
                parent.getChildren().remove(picture);
                return picture;
            }

            @Override
            public void leave() {
                if (index >= 0 && !parent.getChildren().contains(picture)) {
                    parent.getChildren().add(Math.min(index, parent.getChildren().size()), picture);
                }
                index = -1;
            }

            @Override
            public ObservableValue<String> numbers() {
                return numbers;
            }
        };
    }
}
