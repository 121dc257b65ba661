# The platform as a container image: the same build and the same wildfly-config scripts as `mvn wildfly:run`.
# Not tried on the development machines (they have no Docker engine); see README "Known issues".

# Build: Maven fetches WildFly 39, builds ROOT.war and applies wildfly-config/configure.cli to the server.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY wildfly-config ./wildfly-config
COPY src ./src
# (The build also installs PostgreSQL's JDBC driver into the server as a module.)
RUN mvn -B package -DskipTests

# Run: WildFly with the WAR deployed at /, data (H2 file, timer store) in a volume.
FROM eclipse-temurin:17-jre
ENV JBOSS_HOME=/opt/wildfly \
    PLATFORM_DATA_DIR=/var/lib/platform
COPY --from=build /src/target/wildfly-39.0.1.Final ${JBOSS_HOME}
# (The entrypoint puts the WAR in deployments/ after checking the database.)
COPY --from=build /src/target/ROOT.war /opt/platform/ROOT.war
COPY wildfly-config /opt/wildfly-config
RUN mkdir -p ${PLATFORM_DATA_DIR} /opt/platform && useradd --system --home ${JBOSS_HOME} wildfly \
 && chown -R wildfly ${JBOSS_HOME} ${PLATFORM_DATA_DIR}
USER wildfly
VOLUME ["/var/lib/platform"]
EXPOSE 8080
# PLATFORM_ADMIN_EMAIL / PLATFORM_ADMIN_PASSWORD: the first administrator (else a one-time password is logged).
# PLATFORM_DB_URL / PLATFORM_DB_USER / PLATFORM_DB_PASSWORD: use PostgreSQL instead of the H2 file.
ENTRYPOINT ["/opt/wildfly-config/docker-entrypoint.sh"]
