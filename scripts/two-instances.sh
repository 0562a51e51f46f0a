#!/usr/bin/env bash
# Two KpiDashboard instances on one PostgreSQL behind HAProxy (scripts/haproxy.cfg: sticky sessions, WebSockets),
# as a council that outgrows one server runs them. For trying it on one machine; production runs the same pieces
# on separate hosts. Stop everything with Ctrl+C.
#
#   export ConnectionStrings__Kpi="Host=db.example;Database=kpi;Username=kpi;Password=..."
#   scripts/two-instances.sh            # balancer on http://127.0.0.1:8080, instances on 5001 and 5002
#
# Needs: a migrated database (dotnet run --project src/KpiDashboard.Web -- migrate) and Debian's haproxy
# (apt-get install -y haproxy). Ports: KPI_BALANCER_PORT, KPI_PORT_A, KPI_PORT_B.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

if [[ -z "${ConnectionStrings__Kpi:-}" ]]; then
    echo "Set ConnectionStrings__Kpi to the PostgreSQL both instances share (the embedded database is one per process)." >&2
    exit 2
fi
command -v haproxy >/dev/null || { echo "Install Debian's haproxy first: apt-get install -y haproxy" >&2; exit 2; }

balancer_port=${KPI_BALANCER_PORT:-8080}
port_a=${KPI_PORT_A:-5001}
port_b=${KPI_PORT_B:-5002}

# Published, so that the static assets (MudBlazor's among them) sit beside the app as in production.
dotnet publish src/KpiDashboard.Web -c Release -o artifacts/two-instances -v quiet -nologo

# The balancer's public origin may open the Blazor hub, and the instances believe its X-Forwarded-* headers.
export Security__AllowedOrigins__0="http://127.0.0.1:${balancer_port}"
export Proxy__KnownProxies__0=127.0.0.1
export Database__SeedOnStart=false

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait' EXIT INT TERM
for port in "$port_a" "$port_b"; do
    (cd artifacts/two-instances && exec dotnet KpiDashboard.Web.dll --urls "http://127.0.0.1:${port}") &
    pids+=($!)
done

export KPI_BALANCER_BIND="127.0.0.1:${balancer_port}" KPI_INSTANCE_A="127.0.0.1:${port_a}" KPI_INSTANCE_B="127.0.0.1:${port_b}"
haproxy -db -f scripts/haproxy.cfg &
pids+=($!)
echo "Open http://127.0.0.1:${balancer_port}/ (instances on ${port_a} and ${port_b}; the kpi.instance cookie names yours)."
wait -n
