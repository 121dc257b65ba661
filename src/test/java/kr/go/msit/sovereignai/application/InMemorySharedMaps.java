package kr.go.msit.sovereignai.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kr.go.msit.sovereignai.application.cluster.SharedMaps;

/**
 * Shared maps for unit tests: plain concurrent maps, whose atomic operations are the ones the cluster's replicated
 * caches give. Two objects built on one instance behave as two nodes of a cluster.
 */
public final class InMemorySharedMaps implements SharedMaps {

    private final ConcurrentMap<String, String> signInFailures;
    private final ConcurrentMap<String, Long> signInAddresses = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> requestCounts;
    private final ConcurrentMap<String, Long> spentChallenges = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> invalidations = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> generatedKeys = new ConcurrentHashMap<>();

    public InMemorySharedMaps() {
        this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** With request counts and sign-in failures of the test's own (maps that forget, as a node's bounded cache may). */
    public InMemorySharedMaps(
            ConcurrentMap<String, String> requestCounts, ConcurrentMap<String, String> signInFailures) {
        this.requestCounts = requestCounts;
        this.signInFailures = signInFailures;
    }

    @Override
    public ConcurrentMap<String, String> signInFailures() {
        return signInFailures;
    }

    @Override
    public ConcurrentMap<String, Long> signInAddresses() {
        return signInAddresses;
    }

    @Override
    public ConcurrentMap<String, String> requestCounts() {
        return requestCounts;
    }

    @Override
    public ConcurrentMap<String, Long> spentChallenges() {
        return spentChallenges;
    }

    @Override
    public ConcurrentMap<String, String> invalidations() {
        return invalidations;
    }

    @Override
    public ConcurrentMap<String, String> generatedKeys() {
        return generatedKeys;
    }
}
