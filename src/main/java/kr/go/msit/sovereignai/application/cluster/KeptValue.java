package kr.go.msit.sovereignai.application.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A value a cache loaded, with when, and the marks ({@link Invalidations}) of the topics it depends on noted before the
 * load, so that a change made meanwhile is never kept: the one shape of every cache that follows changes on all nodes.
 */
public record KeptValue<T>(T value, long loadedAtNanos, List<String> topics, List<String> marks) {

    /** A mark for each topic, in the same order (a mark may be null: the topic never changed). */
    public KeptValue {
        topics = List.copyOf(topics);
        marks = Collections.unmodifiableList(new ArrayList<>(marks)); // List.copyOf refuses null marks
        if (topics.size() != marks.size()) {
            throw new IllegalArgumentException(topics.size() + " topics but " + marks.size() + " marks");
        }
    }

    /** Notes the topics' marks and the time, then loads. */
    public static <T> KeptValue<T> load(Invalidations invalidations, Supplier<T> load, String... topics) {
        long now = System.nanoTime();
        String[] marks = new String[topics.length];
        for (int i = 0; i < topics.length; i++) {
            marks[i] = invalidations.mark(topics[i]);
        }
        return new KeptValue<>(load.get(), now, Arrays.asList(topics), Arrays.asList(marks));
    }

    /** Whether {@code kept} may still be used: loaded less than {@code maxAgeNanos} ago, and none of its topics changed. */
    public static boolean isFresh(KeptValue<?> kept, Invalidations invalidations, long maxAgeNanos) {
        if (kept == null || System.nanoTime() - kept.loadedAtNanos() >= maxAgeNanos) {
            return false;
        }
        for (int i = 0; i < kept.topics().size(); i++) {
            if (!invalidations.unchanged(kept.topics().get(i), kept.marks().get(i))) {
                return false;
            }
        }
        return true;
    }
}
