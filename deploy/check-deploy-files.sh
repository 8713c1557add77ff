#!/usr/bin/env bash
# Checks that the deployment files stay valid, without a Docker engine or a Kubernetes cluster:
#   - docker-compose.yml with `docker-compose config -q` (Debian's docker-compose is installed if missing);
#   - the Kubernetes manifests, base and production overlay, with `kubectl kustomize` (skipped without kubectl);
#   - a few cross-checks that no schema validator does (the Dockerfile's jar path, the services listed).
# Runs from any directory. Called by .ci/run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SERVICES=(gateway volunteer-service commune-service matching-service notification-service web)

fail() { echo "check-deploy-files: $*" >&2; exit 1; }
step() { echo "check-deploy-files: $*"; }

# ---------------------------------------------------------------- docker compose

install_docker_compose() {
  command -v apt-get >/dev/null 2>&1 \
    || fail "docker-compose is missing and apt-get is not available to install it: install Docker Compose (v2 'docker compose' or Debian's 'docker-compose') and run again."
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      fail "docker-compose is missing and installing it needs root (no password-less sudo here): run 'sudo apt-get install -y docker-compose' and run again."
    fi
  fi
  step "docker-compose not found: installing Debian's docker-compose package"
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get install -y -q docker-compose >/tmp/check-deploy-files-apt.log 2>&1; then
    # A fresh machine may not have the package lists yet.
    "${sudo[@]}" apt-get update -q >>/tmp/check-deploy-files-apt.log 2>&1 || true
    "${sudo[@]}" apt-get install -y -q docker-compose >>/tmp/check-deploy-files-apt.log 2>&1 \
      || fail "could not install docker-compose with apt-get (log: /tmp/check-deploy-files-apt.log)."
  fi
  command -v docker-compose >/dev/null 2>&1 || fail "docker-compose was installed but is not on the PATH."
}

compose=()
if command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  install_docker_compose
  compose=(docker-compose)
fi

[ -f docker-compose.yml ] || fail "docker-compose.yml is missing at the repository root."
[ -f Dockerfile ] || fail "Dockerfile is missing at the repository root."
[ -f deploy/prometheus/prometheus.yml ] || fail "deploy/prometheus/prometheus.yml (mounted by docker-compose.yml) is missing."
[ -f deploy/keycloak/heure-civique-realm.json ] || fail "deploy/keycloak/heure-civique-realm.json (imported by Keycloak in docker-compose.yml) is missing."
if command -v python3 >/dev/null 2>&1; then
  python3 - deploy/keycloak/heure-civique-realm.json <<'PY' || fail "deploy/keycloak/heure-civique-realm.json is not the realm Keycloak expects (see above)."
import json, sys
realm = json.load(open(sys.argv[1]))
assert realm["realm"] == "heure-civique", "realm name"
clients = {client["clientId"] for client in realm["clients"]}
assert {"web", "mobile", "heure-civique-cli"} <= clients, "clients web, mobile, heure-civique-cli"
assert {role["name"] for role in realm["roles"]["realm"]} == {"VOLUNTEER", "REFERENT", "COORDINATOR", "ADMIN"}, "realm roles"
claims = {mapper["config"].get("claim.name") for scope in realm["clientScopes"] for mapper in scope["protocolMappers"]}
assert {"roles", "volunteer_id", "communes"} <= claims, "mappers of the roles, volunteer_id and communes claims"
PY
fi

# Secrets (issue 14.17): no secret has a default in docker-compose.yml, compose refuses to start without them, and
# .env.example lists each one (placeholders only: nothing secret lies in the repository).
[ -f .env.example ] || fail ".env.example (the secrets docker-compose.yml needs) is missing."
if grep -nE '\$\{[A-Z_]*(SECRET|PASSWORD)[A-Z_]*:?-' docker-compose.yml; then
  fail "docker-compose.yml gives a secret a default value (above): write \${NAME:?…} and list NAME in .env.example."
fi
for name in $(grep -oE '\$\{[A-Z_]+:\?' docker-compose.yml | sed -E 's/^\$\{([A-Z_]+):\?$/\1/' | sort -u); do
  grep -qE "^$name=" .env.example || fail ".env.example does not list $name, which docker-compose.yml requires."
done
no_env="$(mktemp)"
if env -u HEURE_CIVIQUE_LINKS_SECRET -u KEYCLOAK_ADMIN_PASSWORD "${compose[@]}" --env-file "$no_env" -f docker-compose.yml \
    config -q >/dev/null 2>&1; then
  rm -f "$no_env"
  fail "docker-compose.yml is accepted without its secrets: it must refuse to start until .env sets them."
fi
rm -f "$no_env"
step "docker-compose.yml refuses to start without the secrets .env.example lists"

step "validating docker-compose.yml with '${compose[*]} config' (secrets from .env.example)"
"${compose[@]}" --env-file .env.example -f docker-compose.yml config -q || fail "docker-compose.yml is invalid (see above)."

compose_services="$("${compose[@]}" --env-file .env.example -f docker-compose.yml config --services)"
for service in "${SERVICES[@]}" mongo kafka mailpit keycloak; do
  grep -qx "$service" <<<"$compose_services" || fail "docker-compose.yml has no service '$service'."
done

# The shared Dockerfile copies <module>/target/<module>.jar: each service's pom must name its jar so.
for service in "${SERVICES[@]}"; do
  grep -q '<finalName>${project.artifactId}</finalName>' "$service/pom.xml" \
    || fail "$service/pom.xml must set <finalName>\${project.artifactId}</finalName>: the Dockerfile copies $service/target/$service.jar."
done
step "docker-compose.yml is valid (${compose[*]}); services: $(tr '\n' ' ' <<<"$compose_services")"

# ---------------------------------------------------------------- kubernetes

count_kind() { grep -c "^kind: $2\$" <<<"$1" || true; }

render() {
  local target="$1" rendered
  rendered="$(kubectl kustomize "$target")" || fail "kubectl kustomize $target failed (see above)."
  for kind in Deployment Service HorizontalPodAutoscaler PodDisruptionBudget; do
    [ "$(count_kind "$rendered" "$kind")" -eq "${#SERVICES[@]}" ] \
      || fail "$target renders $(count_kind "$rendered" "$kind") ${kind}s, expected ${#SERVICES[@]} (one per service)."
  done
  [ "$(count_kind "$rendered" Ingress)" -eq 1 ] || fail "$target must render one Ingress (for the gateway)."
  [ "$(count_kind "$rendered" ConfigMap)" -eq 1 ] || fail "$target must render the heure-civique-infrastructure ConfigMap."
  for probe in /actuator/health/liveness /actuator/health/readiness; do
    [ "$(grep -c "path: $probe\$" <<<"$rendered")" -ge "${#SERVICES[@]}" ] \
      || fail "$target: every Deployment needs a probe on $probe."
  done
  step "$target renders ($(grep -c '^kind: ' <<<"$rendered") objects)"
}

if command -v kubectl >/dev/null 2>&1; then
  step "rendering the Kubernetes manifests with kubectl kustomize"
  render deploy/k8s/base
  render deploy/k8s/overlays/production
else
  step "kubectl not found: skipping the Kubernetes manifests (install kubectl to check them)"
fi

step "all deployment files are valid"
