# syntax=docker/dockerfile:1
#
# One image recipe for every service of L'Heure Civique, chosen at build time:
#
#   docker build --build-arg SERVICE=volunteer-service -t heure-civique/volunteer-service .
#
# SERVICE is one of: gateway, volunteer-service, commune-service, matching-service, notification-service.
# docker-compose.yml builds all five from this file. Needs BuildKit (the default of Docker 23+ and of
# `docker compose`) for the Maven cache mount; with docker-compose v1 set DOCKER_BUILDKIT=1 and
# COMPOSE_DOCKER_CLI_BUILD=1.

############################ build: compile the service and split its jar into layers
FROM eclipse-temurin:17-jdk AS build

ARG SERVICE
RUN case "${SERVICE:-}" in \
      gateway|volunteer-service|commune-service|matching-service|notification-service|web) ;; \
      *) echo "Set --build-arg SERVICE=<gateway|volunteer-service|commune-service|matching-service|notification-service|web> (got '${SERVICE:-}')" >&2; exit 1 ;; \
    esac

WORKDIR /workspace
COPY . .

# The Maven wrapper downloads Maven into ~/.m2/wrapper; the cache mount keeps it and the dependencies between
# builds (and between the five services' builds) without putting them into any image layer. `locked`: compose
# builds the five images in parallel, and a Maven local repository is not safe for concurrent writers.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -DskipTests -pl "${SERVICE}" -am package \
 && cp "${SERVICE}/target/${SERVICE}.jar" /workspace/app.jar

# Spring Boot 3.3+/4 layer extraction: dependencies change least, the application most.
RUN java -Djarmode=tools -jar /workspace/app.jar extract --layers --launcher --destination /workspace/extracted

############################ runtime: a JRE, the layers, a non-root user
FROM eclipse-temurin:17-jre

ARG SERVICE
LABEL org.opencontainers.image.title="heure-civique-${SERVICE}" \
      org.opencontainers.image.description="L'Heure Civique — ${SERVICE}"

RUN groupadd --system --gid 10001 heure \
 && useradd --system --uid 10001 --gid heure --home-dir /app --no-create-home --shell /usr/sbin/nologin heure

WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# Numeric, so that Kubernetes' runAsNonRoot can check it.
USER 10001:10001

# Heap sized from the container's memory limit; an OutOfMemoryError ends the process so that the
# orchestrator restarts it instead of leaving a half-working JVM. Override at run time as needed.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# Each service listens on its own port (gateway 8080, volunteer 8081, commune 8082, matching 8083,
# notification 8084); SERVER_PORT overrides it.

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
