# The platform as a container image: the same build and the same wildfly-config scripts as `mvn wildfly:run`.
# Built, started, stopped and restarted by the test command (ContainerImageIT, README "Container").
#
# The base images are build arguments. The defaults are the upstream images; where no registry is reachable,
# src/container/make-base-images.sh makes equivalent ones from Debian's packages:
#   podman build --build-arg BUILD_IMAGE=localhost/debian-jdk17-maven:bookworm \
#                --build-arg RUN_IMAGE=localhost/debian-jre17:bookworm -t sovereign-ai-platform .
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUN_IMAGE=eclipse-temurin:17-jre

# Build: Maven fetches WildFly 39, builds ROOT.war and applies wildfly-config/*.cli to the server (it also
# installs PostgreSQL's JDBC driver as a module). Maven's downloads are kept in a build cache between builds.
# The CLI runs leave standalone_xml_history in the layer, and WildFly cannot rename a directory of a lower
# layer at start (WFLYCTL0056): it is removed here so the running server makes its own.
# The same server is also a cluster node's (issue 25): cluster/configure.sh configures its standalone-ha.xml in
# place, and ROOT-distributable.war is the WAR with <distributable/> (as cluster/start.sh makes it), which the
# entrypoint deploys in cluster mode (PLATFORM_CLUSTER_PEERS).
FROM ${BUILD_IMAGE} AS build
# Marks the build stage's image, which the container test removes after each build.
LABEL kr.go.msit.sovereignai.stage=build
WORKDIR /src
COPY pom.xml ./
COPY wildfly-config ./wildfly-config
COPY src/main ./src/main
RUN --mount=type=cache,id=sovereign-ai-platform-m2,target=/root/.m2/repository \
    mvn -B -q -Dmaven.test.skip=true package \
 && mkdir /out && mv target/ROOT.war /out/ROOT.war && mv target/wildfly-*.Final /out/wildfly \
 && rm -rf /out/wildfly/standalone/configuration/standalone_xml_history /out/wildfly/standalone/data \
           /out/wildfly/standalone/log /out/wildfly/standalone/tmp
COPY cluster/configure.sh ./cluster/configure.sh
RUN bash cluster/configure.sh /out/wildfly /out/wildfly \
 && mkdir -p /tmp/war/WEB-INF && cd /tmp/war && jar xf /out/ROOT.war WEB-INF/web.xml \
 && sed -i 's|<display-name>|<distributable/>\n    <display-name>|' WEB-INF/web.xml \
 && grep -q '<distributable/>' WEB-INF/web.xml \
 && cp /out/ROOT.war /out/ROOT-distributable.war && jar uf /out/ROOT-distributable.war WEB-INF/web.xml \
 && rm -rf /tmp/war

# Run: WildFly with the WAR deployed at /, data (the H2 file, the timer store) in a volume.
# LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh runs Java as its child and forwards SIGTERM to it, so `docker stop`
# is a clean shutdown (without it the script, PID 1, ignores SIGTERM until it is killed).
# JBOSS_JAVA_SIZING: the heap follows the container's memory limit (WildFly's default is a fixed 512 MB); it replaces
# WildFly's sizing flags, so the metaspace limit is restated.
FROM ${RUN_IMAGE}
ENV JBOSS_HOME=/opt/wildfly \
    PLATFORM_DATA_DIR=/var/lib/platform \
    LAUNCH_JBOSS_IN_BACKGROUND=true \
    JBOSS_JAVA_SIZING="-XX:InitialRAMPercentage=10 -XX:MaxRAMPercentage=70 -XX:MaxMetaspaceSize=256m"
# The user first, so the server is copied in with its owner (a `chown -R` would copy it into a second layer).
RUN useradd --system --user-group --no-create-home --home-dir ${JBOSS_HOME} wildfly \
 && mkdir -p ${PLATFORM_DATA_DIR} && chown wildfly:wildfly ${PLATFORM_DATA_DIR}
COPY --from=build --chown=wildfly:wildfly /out/wildfly ${JBOSS_HOME}
# (The entrypoint puts one of the WARs in deployments/ after checking the database.)
COPY --from=build /out/ROOT.war /out/ROOT-distributable.war /opt/platform/
COPY wildfly-config/docker-entrypoint.sh wildfly-config/check-database-embedded.cli /opt/wildfly-config/
USER wildfly
VOLUME ["/var/lib/platform"]
EXPOSE 8080
# PLATFORM_ADMIN_EMAIL / PLATFORM_ADMIN_PASSWORD: the first administrator (else a one-time password is logged).
# PLATFORM_DB_URL / PLATFORM_DB_USER / PLATFORM_DB_PASSWORD: PostgreSQL instead of the H2 file.
# PLATFORM_REQUIRE_POSTGRESQL=true: refuse to start on the H2 file (otherwise a warning at every start).
# PLATFORM_CLUSTER_PEERS=node1,node2 / PLATFORM_NODE_NAME=node1: a cluster node (compose.cluster.yaml; PostgreSQL only).
ENTRYPOINT ["/opt/wildfly-config/docker-entrypoint.sh"]
