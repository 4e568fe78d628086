package org.generativa.exercise;

import java.util.List;
import java.util.Map;

/**
 * A question of a step: free text when it has no choices, else multiple choice.
 *
 * @param answer the number of the right choice (from 0), or -1 when any answer is accepted
 */
public record Question(Map<String, String> text, List<Map<String, String>> choices, int answer) {

    public boolean multipleChoice() {
        return !choices.isEmpty();
    }
}
