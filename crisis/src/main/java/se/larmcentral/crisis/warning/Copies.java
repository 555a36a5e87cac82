package se.larmcentral.crisis.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable copies that keep a null element, so the checks name it ("texts[1] is missing") instead of failing. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
