/**
 * The maps every node shares, from WildFly's Infinispan subsystem: the {@code platform} cache container, local caches
 * on one server (wildfly-config/configure.cli), replicated ones in a cluster (wildfly-config/cluster.cli).
 */
package kr.go.msit.sovereignai.infrastructure.cluster;
