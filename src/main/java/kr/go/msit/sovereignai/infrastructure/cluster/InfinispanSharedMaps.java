package kr.go.msit.sovereignai.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentMap;
import kr.go.msit.sovereignai.application.cluster.SharedMaps;

/**
 * The shared maps as caches of WildFly's {@code platform} container. An Infinispan cache is a {@link ConcurrentMap},
 * so nothing here needs Infinispan's API (or a module dependency): each lookup binds the cache and starts it.
 */
@ApplicationScoped
public class InfinispanSharedMaps implements SharedMaps {

    private static final String CACHES = "java:jboss/infinispan/cache/platform/";

    @Resource(lookup = CACHES + "sign-in-failures")
    private ConcurrentMap<String, String> signInFailures;

    @Resource(lookup = CACHES + "sign-in-addresses")
    private ConcurrentMap<String, Long> signInAddresses;

    @Resource(lookup = CACHES + "request-counts")
    private ConcurrentMap<String, String> requestCounts;

    @Resource(lookup = CACHES + "spent-challenges")
    private ConcurrentMap<String, Long> spentChallenges;

    @Resource(lookup = CACHES + "invalidations")
    private ConcurrentMap<String, String> invalidations;

    @Resource(lookup = CACHES + "generated-keys")
    private ConcurrentMap<String, String> generatedKeys;

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
