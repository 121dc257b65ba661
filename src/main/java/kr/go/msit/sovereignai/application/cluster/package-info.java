/**
 * What every node of a cluster must see alike (issue 25): {@link kr.go.msit.sovereignai.application.cluster.SharedMaps},
 * the port for the counts and marks that limits and caches keep, and
 * {@link kr.go.msit.sovereignai.application.cluster.Invalidations}, which tells every node's caches that what they
 * hold has changed. One server keeps them in its own memory; a cluster's nodes share them through WildFly's
 * Infinispan (wildfly-config/cluster.cli), never through a hand-made channel.
 */
package kr.go.msit.sovereignai.application.cluster;
