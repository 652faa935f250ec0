#!/usr/bin/env bash
# Run-time input benchmark; prints figures, asserts nothing.
#   bench/scan.sh [FILES_PER_KIND]
# Builds a temp tree of FILES_PER_KIND (default 500) Kubernetes manifests (a Deployment with two
# containers, a Service and a ConfigMap each), as many compose projects (four services with anchors,
# .env interpolation and an override file) and as many Quadlet units, then times `lashing scan` over
# it: files/s, MB/s and peak RSS, next to `java -version` (the JVM's own start-up) from the same run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-500}"
cd "$here"
./lashing --version >/dev/null   # builds the jar and the class-data-sharing archive first
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "${KEEP:-}" ] && trap - EXIT && echo "tree kept in $tmp"
python3 - "$tmp" "$n" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = f"{out}/k8s/app{i}"; os.makedirs(d)
    open(f"{d}/deploy.yaml", "w").write(f"""# Source: chart/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app{i}
  namespace: team{i % 7}
spec:
  replicas: 2
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: web
          image: registry.example.com/web:{i}.0
          ports: [{{containerPort: 8080}}]
          env:
            - {{name: MODE, value: production}}
            - name: DB_PASSWORD
              valueFrom: {{secretKeyRef: {{name: db, key: password}}}}
          resources:
            limits: {{memory: 256Mi, cpu: 500m}}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {{drop: [ALL]}}
        - name: sidecar
          image: envoyproxy/envoy:v1.31
          args: [--config-path, /etc/envoy/envoy.yaml]
---
apiVersion: v1
kind: Service
metadata: {{name: app{i}}}
spec: {{ports: [{{port: 80, targetPort: 8080}}]}}
---
apiVersion: v1
kind: ConfigMap
metadata: {{name: app{i}-settings}}
data: {{LOG_LEVEL: info}}
""")
    d = f"{out}/compose/p{i}"; os.makedirs(d)
    open(f"{d}/.env", "w").write(f"TAG={i}.1\nDB_USER=app\n")
    open(f"{d}/compose.yaml", "w").write(f"""x-common: &common
  restart: on-failure:3
  read_only: true
  cap_drop: [ALL]
  security_opt: [no-new-privileges:true]
services:
  web:
    <<: *common
    image: registry.example.com/web:${{TAG}}
    ports: ["127.0.0.1:8080:8080"]
    mem_limit: 256m
  worker:
    <<: *common
    image: registry.example.com/worker:${{TAG:-latest}}
    environment: {{DB_USER: "${{DB_USER}}", QUEUE: jobs}}
  db:
    image: postgres:16
    volumes: [db:/var/lib/postgresql/data]
  cache:
    image: redis:7
    command: ["redis-server", "--save", ""]
volumes: {{db: {{}}}}
""")
    open(f"{d}/compose.override.yaml", "w").write("services:\n  web:\n    environment: [DEBUG=0]\n")
    d = f"{out}/quadlet"; os.makedirs(d, exist_ok=True)
    open(f"{d}/app{i}.container", "w").write(f"""[Unit]
Description=app {i}

[Container]
Image=registry.example.com/app:{i}
User=10001
ReadOnly=true
DropCapability=all
NoNewPrivileges=true
PublishPort=127.0.0.1:{8000 + i % 1000}:8080
Environment=MODE=production

[Service]
Restart=on-failure
""")
PY
files=$(find "$tmp" -type f ! -name .env | wc -l)
bytes=$(find "$tmp" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
log=$(mktemp)
jstart=$(date +%s.%N); "$java_bin" -version >/dev/null 2>&1; jend=$(date +%s.%N)
start=$(date +%s.%N)
/usr/bin/time -v ./lashing scan --isolated -q --fail-on never --format json -o /dev/null "$tmp" 2>"$log" \
    || { cat "$log" >&2; exit 1; }
end=$(date +%s.%N)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
awk -v s="$start" -v e="$end" -v js="$jstart" -v je="$jend" -v f="$files" -v b="$bytes" -v r="$rss" -v n="$n" 'BEGIN{
  t = e - s; j = je - js;
  printf "java: %d CPUs; %d files (%d manifests, %d compose projects with overrides, %d Quadlet units), %.1f MB\n", '"$(nproc)"', f, n, n, n, b/1e6;
  printf "  lashing scan: %6.2f s  %8.0f files/s  %6.2f MB/s  peak RSS %d MiB\n", t, f/t, b/1e6/t, r/1024;
  printf "  java -version (JVM start-up alone): %5.2f s  ratio %.1f\n", j, t/j }'
rm -f "$log"
